package org.rnnworkbench.interop.dl4j;

import java.util.List;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.BaseRecurrentLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationHardSigmoid;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationSoftSign;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;
import org.nd4j.linalg.lossfunctions.impl.LossNegativeLogLikelihood;
import org.rnnworkbench.model.conf.Activation;
import org.rnnworkbench.model.conf.Bidirectional;
import org.rnnworkbench.model.conf.DenseLayer;
import org.rnnworkbench.model.conf.GravesLSTM;
import org.rnnworkbench.model.conf.LSTM;
import org.rnnworkbench.model.conf.LayerConf;
import org.rnnworkbench.model.conf.LossFunction;
import org.rnnworkbench.model.conf.RnnOutputLayer;
import org.rnnworkbench.model.conf.SimpleRnn;
import org.rnnworkbench.model.conf.WeightInit;

/**
 * DL4J layer configurations as ours. A layer is taken only when ours computes exactly what DL4J's does: the same
 * layer type, activations, loss, data layout {@code [miniBatch, size, time]} ({@code NCW}), with biases and
 * without DL4J-only features (dropout, weight noise, constraints, layer normalisation). Everything else is
 * reported, one line per problem, so that one error can list them all.
 */
final class ImportedLayers {
    /** The DL4J layer classes that can be imported, for messages. */
    static final String SUPPORTED = "LSTM, GravesLSTM, GravesBidirectionalLSTM, SimpleRnn, Bidirectional (ADD or "
            + "CONCAT over LSTM, GravesLSTM or SimpleRnn), DenseLayer, RnnOutputLayer";

    /** DL4J's default probability clipping, which our losses use too. */
    private static final double MCXENT_CLIP = 1e-10;
    private static final double XENT_CLIP = 1e-5;

    private ImportedLayers() {
    }

    /** Whether the layer's class is one we import (its settings may still be unsupported). */
    static boolean isSupportedType(Layer layer) {
        Class<?> c = layer.getClass();
        return c == org.deeplearning4j.nn.conf.layers.LSTM.class
                || c == org.deeplearning4j.nn.conf.layers.GravesLSTM.class
                || c == org.deeplearning4j.nn.conf.layers.GravesBidirectionalLSTM.class
                || c == org.deeplearning4j.nn.conf.layers.recurrent.SimpleRnn.class
                || c == org.deeplearning4j.nn.conf.layers.recurrent.Bidirectional.class
                || c == org.deeplearning4j.nn.conf.layers.DenseLayer.class
                || c == org.deeplearning4j.nn.conf.layers.RnnOutputLayer.class;
    }

    /**
     * Our configuration of DL4J's layer {@code index}, or null after adding the reasons to {@code problems}. The
     * layer's type must be supported ({@link #isSupportedType}).
     */
    static LayerConf fromDl4j(int index, Layer layer, List<String> problems) {
        String where = "layer " + index + " (" + layer.getClass().getSimpleName() + ")";
        int before = problems.size();
        LayerConf result = convert(where, layer, problems);
        return problems.size() == before ? result : null;
    }

    private static LayerConf convert(String where, Layer layer, List<String> problems) {
        if (layer instanceof org.deeplearning4j.nn.conf.layers.GravesBidirectionalLSTM g) {
            commonChecks(where, g, problems);
            GravesLSTM inner = new GravesLSTM(size(g.getNIn()), size(g.getNOut()), act(where, g.getActivationFn(),
                    problems), act(where, g.getGateActivationFn(), problems), weightInit(g), g.getForgetGateBiasInit());
            return new Bidirectional(Bidirectional.Mode.ADD, inner);
        }
        if (layer instanceof org.deeplearning4j.nn.conf.layers.recurrent.Bidirectional b) {
            Bidirectional.Mode mode;
            switch (b.getMode()) {
                case ADD:
                    mode = Bidirectional.Mode.ADD;
                    break;
                case CONCAT:
                    mode = Bidirectional.Mode.CONCAT;
                    break;
                default:
                    problems.add(where + ": mode " + b.getMode() + " (supported: ADD, CONCAT)");
                    return null;
            }
            Layer fwd = b.getFwd();
            boolean wrappable = fwd.getClass() == org.deeplearning4j.nn.conf.layers.LSTM.class
                    || fwd.getClass() == org.deeplearning4j.nn.conf.layers.GravesLSTM.class
                    || fwd.getClass() == org.deeplearning4j.nn.conf.layers.recurrent.SimpleRnn.class;
            if (!wrappable) {
                problems.add(where + ": wraps " + fwd.getClass().getSimpleName()
                        + " (supported: LSTM, GravesLSTM, SimpleRnn)");
                return null;
            }
            // DL4J's backward layer is a copy of the forward one's configuration; its parameters are separate.
            LayerConf inner = convert(where + " over " + fwd.getClass().getSimpleName(), fwd, problems);
            return inner == null ? null : new Bidirectional(mode, inner);
        }
        if (layer instanceof org.deeplearning4j.nn.conf.layers.GravesLSTM g) {
            commonChecks(where, g, problems);
            return new GravesLSTM(size(g.getNIn()), size(g.getNOut()), act(where, g.getActivationFn(), problems),
                    act(where, g.getGateActivationFn(), problems), weightInit(g), g.getForgetGateBiasInit());
        }
        if (layer instanceof org.deeplearning4j.nn.conf.layers.LSTM l) {
            commonChecks(where, l, problems);
            return new LSTM(size(l.getNIn()), size(l.getNOut()), act(where, l.getActivationFn(), problems),
                    act(where, l.getGateActivationFn(), problems), weightInit(l), l.getForgetGateBiasInit());
        }
        if (layer instanceof org.deeplearning4j.nn.conf.layers.recurrent.SimpleRnn s) {
            commonChecks(where, s, problems);
            if (s.hasLayerNorm()) {
                problems.add(where + ": layer normalisation");
            }
            return new SimpleRnn(size(s.getNIn()), size(s.getNOut()), act(where, s.getActivationFn(), problems),
                    weightInit(s));
        }
        if (layer instanceof org.deeplearning4j.nn.conf.layers.DenseLayer d) {
            commonChecks(where, d, problems);
            if (d.hasLayerNorm()) {
                problems.add(where + ": layer normalisation");
            }
            if (!d.hasBias()) {
                problems.add(where + ": no bias (hasBias = false)");
            }
            return new DenseLayer(size(d.getNIn()), size(d.getNOut()), act(where, d.getActivationFn(), problems),
                    weightInit(d));
        }
        if (layer instanceof org.deeplearning4j.nn.conf.layers.RnnOutputLayer o) {
            commonChecks(where, o, problems);
            if (!o.hasBias()) {
                problems.add(where + ": no bias (hasBias = false)");
            }
            LossFunction loss = loss(where, o.getLossFn(), problems);
            Activation act = activation(where, o.getActivationFn(), problems);
            if (loss != null && act != null && !loss.accepts(act)) {
                problems.add(where + ": loss " + loss + " with activation " + act);
            }
            return new RnnOutputLayer(size(o.getNIn()), size(o.getNOut()), act == null ? Activation.IDENTITY : act,
                    loss == null ? LossFunction.MSE : loss, weightInit(o));
        }
        problems.add(where + ": layer type not supported (supported: " + SUPPORTED + ")");
        return null;
    }

    /** Features that change what a layer computes or how it trains, which ours does not have. */
    private static void commonChecks(String where, BaseLayer layer, List<String> problems) {
        if (layer.getIDropout() != null) {
            problems.add(where + ": dropout " + layer.getIDropout().getClass().getSimpleName());
        }
        if (layer.getWeightNoise() != null) {
            problems.add(where + ": weight noise " + layer.getWeightNoise().getClass().getSimpleName());
        }
        if (layer.getConstraints() != null && !layer.getConstraints().isEmpty()) {
            problems.add(where + ": parameter constraints");
        }
        RNNFormat format = null;
        if (layer instanceof BaseRecurrentLayer r) {
            format = r.getRnnDataFormat();
        } else if (layer instanceof org.deeplearning4j.nn.conf.layers.RnnOutputLayer o) {
            format = o.getRnnDataFormat();
        }
        if (format != null && format != RNNFormat.NCW) {
            problems.add(where + ": data format " + format + " (supported: NCW, [miniBatch, size, time])");
        }
        if (layer instanceof FeedForwardLayer f
                && (f.getNIn() > Integer.MAX_VALUE || f.getNOut() > Integer.MAX_VALUE)) {
            problems.add(where + ": sizes beyond " + Integer.MAX_VALUE);
        }
    }

    private static int size(long n) {
        return (int) Math.min(n, Integer.MAX_VALUE);
    }

    /**
     * Our activation of DL4J's, or a placeholder after reporting it: the layer being built is then discarded
     * ({@link #fromDl4j} returns null when problems were added), but the record must still be constructible.
     */
    private static Activation act(String where, IActivation a, List<String> problems) {
        Activation ours = activation(where, a, problems);
        return ours == null ? Activation.IDENTITY : ours;
    }

    /** Our activation of DL4J's, or null after reporting it. */
    static Activation activation(String where, IActivation a, List<String> problems) {
        Class<?> c = a == null ? null : a.getClass();
        if (c == ActivationTanH.class) {
            return Activation.TANH;
        } else if (c == ActivationSigmoid.class) {
            return Activation.SIGMOID;
        } else if (c == ActivationHardSigmoid.class) {
            return Activation.HARDSIGMOID;
        } else if (c == ActivationSoftSign.class) {
            return Activation.SOFTSIGN;
        } else if (c == ActivationIdentity.class) {
            return Activation.IDENTITY;
        } else if (c == ActivationSoftmax.class) {
            return Activation.SOFTMAX;
        } else if (c == ActivationReLU.class && plainRelu((ActivationReLU) a)) {
            return Activation.RELU;
        }
        problems.add(where + ": activation " + (a == null ? "none" : a.toString())
                + " (supported: tanh, sigmoid, hardsigmoid, relu, softsign, identity, softmax)");
        return null;
    }

    /** DL4J's ReLU can be capped, thresholded or leaky; ours is max(0, x). */
    private static boolean plainRelu(ActivationReLU r) {
        boolean noMax = r.getMax() == null || Double.isInfinite(r.getMax());
        boolean noThreshold = r.getThreshold() == null || r.getThreshold() == 0.0;
        boolean noSlope = r.getNegativeSlope() == null || r.getNegativeSlope() == 0.0;
        return noMax && noThreshold && noSlope;
    }

    private static LossFunction loss(String where, ILossFunction loss, List<String> problems) {
        Class<?> c = loss == null ? null : loss.getClass();
        if (c == LossMCXENT.class || c == LossNegativeLogLikelihood.class) {
            LossMCXENT m = (LossMCXENT) loss;
            if (m.getWeights() != null) {
                problems.add(where + ": per-output loss weights");
            }
            if (m.getSoftmaxClipEps() != MCXENT_CLIP) {
                problems.add(where + ": softmax clipping " + m.getSoftmaxClipEps() + " (supported: " + MCXENT_CLIP
                        + ")");
            }
            return c == LossMCXENT.class ? LossFunction.MCXENT : LossFunction.NEGATIVELOGLIKELIHOOD;
        }
        if (c == LossMSE.class) {
            if (((LossMSE) loss).getWeights() != null) {
                problems.add(where + ": per-output loss weights");
            }
            return LossFunction.MSE;
        }
        if (c == LossBinaryXENT.class) {
            LossBinaryXENT x = (LossBinaryXENT) loss;
            if (x.getWeights() != null) {
                problems.add(where + ": per-output loss weights");
            }
            if (x.getClipEps() != XENT_CLIP) {
                problems.add(where + ": probability clipping " + x.getClipEps() + " (supported: " + XENT_CLIP + ")");
            }
            return LossFunction.XENT;
        }
        problems.add(where + ": loss " + (loss == null ? "none" : loss.getClass().getSimpleName())
                + " (supported: MCXENT, NEGATIVELOGLIKELIHOOD, MSE, XENT)");
        return null;
    }

    /**
     * Our name for the layer's weight initialisation, or null (the network default) for DL4J's others. It only
     * matters if the imported network is re-initialised: its parameters are copied.
     */
    private static WeightInit weightInit(BaseLayer layer) {
        if (layer.getWeightInitFn() == null) {
            return null;
        }
        switch (layer.getWeightInitFn().getClass().getSimpleName()) {
            case "WeightInitXavier":
                return WeightInit.XAVIER;
            case "WeightInitXavierUniform":
                return WeightInit.XAVIER_UNIFORM;
            case "WeightInitUniform":
                return WeightInit.UNIFORM;
            case "WeightInitNormal":
                return WeightInit.NORMAL;
            case "WeightInitRelu":
                return WeightInit.RELU;
            default:
                return null;
        }
    }
}
