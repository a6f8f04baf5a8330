package org.rnnworkbench.app.builder;

import java.util.Objects;
import org.rnnworkbench.model.conf.AdaGrad;
import org.rnnworkbench.model.conf.Adam;
import org.rnnworkbench.model.conf.BackpropType;
import org.rnnworkbench.model.conf.GradientNormalization;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.conf.Nesterovs;
import org.rnnworkbench.model.conf.RmsProp;
import org.rnnworkbench.model.conf.Sgd;
import org.rnnworkbench.model.conf.UpdaterConfig;
import org.rnnworkbench.model.conf.WeightInit;

/**
 * The network-wide settings of the draft. Like {@link LayerSpec} it may hold values the engine rejects; the
 * engine's builder (and the updaters' own constructors) decide.
 *
 * @param seed seed of the parameter initialisation
 * @param inputSize features per time step, {@code [mb, inputSize, T]}; 0 when layer 0 sets {@code nIn}
 * @param updater the gradient updater
 * @param learningRate the updater's learning rate
 * @param momentum momentum of {@link UpdaterKind#NESTEROVS}
 * @param rmsDecay decay of {@link UpdaterKind#RMSPROP}
 * @param weightInit default weight initialisation of layers that set none
 * @param l2 L2 regularisation coefficient
 * @param gradientNormalization gradient clipping rule
 * @param gradientNormalizationThreshold clipping threshold
 * @param backpropType standard or truncated BPTT
 * @param tBPTTForwardLength truncated BPTT segment length
 * @param tBPTTBackwardLength how far back gradients flow within a segment
 */
public record NetworkSettings(long seed, int inputSize, UpdaterKind updater, double learningRate, double momentum,
        double rmsDecay, WeightInit weightInit, double l2, GradientNormalization gradientNormalization,
        double gradientNormalizationThreshold, BackpropType backpropType, int tBPTTForwardLength,
        int tBPTTBackwardLength) {

    public NetworkSettings {
        Objects.requireNonNull(updater, "updater");
        Objects.requireNonNull(weightInit, "weightInit");
        Objects.requireNonNull(gradientNormalization, "gradientNormalization");
        Objects.requireNonNull(backpropType, "backpropType");
    }

    /** The engine builder's defaults, with the given input size. */
    public static NetworkSettings defaults(int inputSize) {
        return new NetworkSettings(NetworkConfiguration.DEFAULT_SEED, inputSize, UpdaterKind.ADAM,
                Adam.DEFAULT_LEARNING_RATE, Nesterovs.DEFAULT_MOMENTUM, RmsProp.DEFAULT_DECAY, WeightInit.XAVIER,
                0, GradientNormalization.None, 1.0, BackpropType.Standard,
                NetworkConfiguration.DEFAULT_TBPTT_LENGTH, NetworkConfiguration.DEFAULT_TBPTT_LENGTH);
    }

    /**
     * The engine's updater configuration.
     *
     * @throws org.rnnworkbench.model.conf.ConfigurationException when a hyper-parameter is out of range
     */
    public UpdaterConfig toUpdater() {
        switch (updater) {
            case ADAM:
                return new Adam(learningRate);
            case SGD:
                return new Sgd(learningRate);
            case NESTEROVS:
                return new Nesterovs(learningRate, momentum);
            case RMSPROP:
                return new RmsProp(learningRate, rmsDecay, RmsProp.DEFAULT_EPSILON);
            case ADAGRAD:
                return new AdaGrad(learningRate);
            default:
                throw new IllegalStateException("unknown updater " + updater);
        }
    }

    /** The settings of an engine configuration. */
    public static NetworkSettings from(NetworkConfiguration conf) {
        NetworkSettings d = defaults(conf.inputSize());
        UpdaterConfig u = conf.updater();
        UpdaterKind kind = UpdaterKind.ADAM;
        double momentum = d.momentum;
        double decay = d.rmsDecay;
        if (u instanceof Sgd) {
            kind = UpdaterKind.SGD;
        } else if (u instanceof Nesterovs) {
            kind = UpdaterKind.NESTEROVS;
            momentum = ((Nesterovs) u).momentum();
        } else if (u instanceof RmsProp) {
            kind = UpdaterKind.RMSPROP;
            decay = ((RmsProp) u).rmsDecay();
        } else if (u instanceof AdaGrad) {
            kind = UpdaterKind.ADAGRAD;
        }
        return new NetworkSettings(conf.seed(), conf.inputSize(), kind, u.learningRate(), momentum, decay,
                conf.weightInit(), conf.l2(), conf.gradientNormalization(), conf.gradientNormalizationThreshold(),
                conf.backpropType(), conf.tBPTTForwardLength(), conf.tBPTTBackwardLength());
    }

    public NetworkSettings withSeed(long v) {
        return new NetworkSettings(v, inputSize, updater, learningRate, momentum, rmsDecay, weightInit, l2,
                gradientNormalization, gradientNormalizationThreshold, backpropType, tBPTTForwardLength,
                tBPTTBackwardLength);
    }

    public NetworkSettings withInputSize(int v) {
        return new NetworkSettings(seed, v, updater, learningRate, momentum, rmsDecay, weightInit, l2,
                gradientNormalization, gradientNormalizationThreshold, backpropType, tBPTTForwardLength,
                tBPTTBackwardLength);
    }

    public NetworkSettings withUpdater(UpdaterKind v) {
        return new NetworkSettings(seed, inputSize, v, learningRate, momentum, rmsDecay, weightInit, l2,
                gradientNormalization, gradientNormalizationThreshold, backpropType, tBPTTForwardLength,
                tBPTTBackwardLength);
    }

    public NetworkSettings withLearningRate(double v) {
        return new NetworkSettings(seed, inputSize, updater, v, momentum, rmsDecay, weightInit, l2,
                gradientNormalization, gradientNormalizationThreshold, backpropType, tBPTTForwardLength,
                tBPTTBackwardLength);
    }

    public NetworkSettings withMomentum(double v) {
        return new NetworkSettings(seed, inputSize, updater, learningRate, v, rmsDecay, weightInit, l2,
                gradientNormalization, gradientNormalizationThreshold, backpropType, tBPTTForwardLength,
                tBPTTBackwardLength);
    }

    public NetworkSettings withRmsDecay(double v) {
        return new NetworkSettings(seed, inputSize, updater, learningRate, momentum, v, weightInit, l2,
                gradientNormalization, gradientNormalizationThreshold, backpropType, tBPTTForwardLength,
                tBPTTBackwardLength);
    }

    public NetworkSettings withWeightInit(WeightInit v) {
        return new NetworkSettings(seed, inputSize, updater, learningRate, momentum, rmsDecay, v, l2,
                gradientNormalization, gradientNormalizationThreshold, backpropType, tBPTTForwardLength,
                tBPTTBackwardLength);
    }

    public NetworkSettings withL2(double v) {
        return new NetworkSettings(seed, inputSize, updater, learningRate, momentum, rmsDecay, weightInit, v,
                gradientNormalization, gradientNormalizationThreshold, backpropType, tBPTTForwardLength,
                tBPTTBackwardLength);
    }

    public NetworkSettings withGradientNormalization(GradientNormalization v) {
        return new NetworkSettings(seed, inputSize, updater, learningRate, momentum, rmsDecay, weightInit, l2, v,
                gradientNormalizationThreshold, backpropType, tBPTTForwardLength, tBPTTBackwardLength);
    }

    public NetworkSettings withGradientNormalizationThreshold(double v) {
        return new NetworkSettings(seed, inputSize, updater, learningRate, momentum, rmsDecay, weightInit, l2,
                gradientNormalization, v, backpropType, tBPTTForwardLength, tBPTTBackwardLength);
    }

    public NetworkSettings withBackpropType(BackpropType v) {
        return new NetworkSettings(seed, inputSize, updater, learningRate, momentum, rmsDecay, weightInit, l2,
                gradientNormalization, gradientNormalizationThreshold, v, tBPTTForwardLength, tBPTTBackwardLength);
    }

    public NetworkSettings withTBPTTForwardLength(int v) {
        return new NetworkSettings(seed, inputSize, updater, learningRate, momentum, rmsDecay, weightInit, l2,
                gradientNormalization, gradientNormalizationThreshold, backpropType, v, tBPTTBackwardLength);
    }

    public NetworkSettings withTBPTTBackwardLength(int v) {
        return new NetworkSettings(seed, inputSize, updater, learningRate, momentum, rmsDecay, weightInit, l2,
                gradientNormalization, gradientNormalizationThreshold, backpropType, tBPTTForwardLength, v);
    }
}
