package org.rnnworkbench.app.builder;

import org.rnnworkbench.model.conf.Activation;
import org.rnnworkbench.model.conf.BackpropType;
import org.rnnworkbench.model.conf.GradientNormalization;
import org.rnnworkbench.model.conf.LstmBuilder;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.conf.RmsProp;

/**
 * Writes the Java code that builds a draft's network with the engine's builders, as the guide writes it. The
 * code is a complete class with a static {@code build()} method, so that it can be copied into a project (and
 * is compiled in a test to prove it builds the same configuration as the workbench).
 */
public final class JavaCodeGenerator {
    private static final String INDENT = "            ";

    /** The class {@code className} whose {@code build()} returns the draft's configuration. */
    public String generate(ModelDraft draft, String className) {
        StringBuilder sb = new StringBuilder();
        sb.append("import org.rnnworkbench.model.conf.*;\n\n");
        sb.append("public class ").append(className).append(" {\n");
        sb.append("    public static NetworkConfiguration build() {\n");
        sb.append("        return new NetworkConfiguration.Builder()\n");
        NetworkSettings s = draft.settings();
        line(sb, ".seed(" + s.seed() + "L)");
        line(sb, ".updater(" + updater(s) + ")");
        line(sb, ".weightInit(WeightInit." + s.weightInit().name() + ")");
        if (s.inputSize() != 0) {
            line(sb, ".inputSize(" + s.inputSize() + ")");
        }
        if (s.l2() != 0) {
            line(sb, ".l2(" + s.l2() + ")");
        }
        if (s.gradientNormalization() != GradientNormalization.None) {
            line(sb, ".gradientNormalization(GradientNormalization." + s.gradientNormalization().name() + ")");
        }
        if (s.gradientNormalizationThreshold() != 1.0) {
            line(sb, ".gradientNormalizationThreshold(" + s.gradientNormalizationThreshold() + ")");
        }
        for (int i = 0; i < draft.layers().size(); i++) {
            line(sb, ".layer(" + i + ", " + layer(draft.layers().get(i)) + ")");
        }
        boolean truncated = s.backpropType() == BackpropType.TruncatedBPTT;
        if (truncated) {
            line(sb, ".backpropType(BackpropType.TruncatedBPTT)");
        }
        if (truncated || s.tBPTTForwardLength() != NetworkConfiguration.DEFAULT_TBPTT_LENGTH
                || s.tBPTTBackwardLength() != NetworkConfiguration.DEFAULT_TBPTT_LENGTH) {
            line(sb, ".tBPTTForwardLength(" + s.tBPTTForwardLength() + ").tBPTTBackwardLength("
                    + s.tBPTTBackwardLength() + ")");
        }
        line(sb, ".build();");
        sb.append("    }\n}\n");
        return sb.toString();
    }

    /** The expression that builds one layer, e.g. {@code new GravesLSTM.Builder().nOut(200).build()}. */
    public String layer(LayerSpec spec) {
        if (spec.kind() == LayerKind.BIDIRECTIONAL) {
            return "new Bidirectional(Bidirectional.Mode." + spec.mode().name() + ", "
                    + layer(spec.withKind(spec.wrapped())) + ")";
        }
        StringBuilder sb = new StringBuilder("new ").append(spec.kind().guideName()).append(".Builder(");
        if (spec.kind() == LayerKind.RNN_OUTPUT) {
            sb.append("LossFunction.").append(spec.lossFunction().name());
        }
        sb.append(")");
        if (spec.nIn() != 0) {
            sb.append(".nIn(").append(spec.nIn()).append(")");
        }
        sb.append(".nOut(").append(spec.nOut()).append(")");
        sb.append(".activation(Activation.").append(spec.activation().name()).append(")");
        if (spec.kind().hasGates()) {
            if (spec.gateActivation() != Activation.SIGMOID) {
                sb.append(".gateActivationFunction(Activation.").append(spec.gateActivation().name()).append(")");
            }
            if (spec.forgetGateBiasInit() != LstmBuilder.DEFAULT_FORGET_GATE_BIAS) {
                sb.append(".forgetGateBiasInit(").append(spec.forgetGateBiasInit()).append(")");
            }
        }
        if (spec.weightInit() != null) {
            sb.append(".weightInit(WeightInit.").append(spec.weightInit().name()).append(")");
        }
        return sb.append(".build()").toString();
    }

    private static String updater(NetworkSettings s) {
        double lr = s.learningRate();
        switch (s.updater()) {
            case SGD:
                return "new Sgd(" + lr + ")";
            case NESTEROVS:
                return "new Nesterovs(" + lr + ", " + s.momentum() + ")";
            case RMSPROP:
                return "new RmsProp(" + lr + ", " + s.rmsDecay() + ", " + RmsProp.DEFAULT_EPSILON + ")";
            case ADAGRAD:
                return "new AdaGrad(" + lr + ")";
            case ADAM:
            default:
                return "new Adam(" + lr + ")";
        }
    }

    private static void line(StringBuilder sb, String text) {
        sb.append(INDENT).append(text).append('\n');
    }
}
