package org.rnnworkbench.interop.dl4j;

import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.recurrent.Bidirectional;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.rnnworkbench.model.conf.Activation;
import org.rnnworkbench.model.conf.DenseLayer;
import org.rnnworkbench.model.conf.GravesLSTM;
import org.rnnworkbench.model.conf.LSTM;
import org.rnnworkbench.model.conf.LayerConf;
import org.rnnworkbench.model.conf.RnnOutputLayer;
import org.rnnworkbench.model.conf.SimpleRnn;
import org.rnnworkbench.model.conf.WeightInit;

/**
 * Our layer configurations as DL4J layer configurations. Every layer type we have has a DL4J counterpart with the
 * same parameter shapes and gate order, so this never fails for a valid configuration. Sizes are set explicitly,
 * data are time series {@code [miniBatch, size, time]} ({@link RNNFormat#NCW}) throughout. Training settings
 * that DL4J keeps per layer (updater, L2, gradient normalization) are set network-wide by the caller.
 */
final class ExportedLayers {
    private ExportedLayers() {
    }

    /** DL4J's configuration of our layer. */
    static Layer toDl4j(LayerConf layer) {
        if (ParameterNames.exportsAsGravesBidirectional(layer)) {
            GravesLSTM g = (GravesLSTM) ((org.rnnworkbench.model.conf.Bidirectional) layer).layer();
            return new org.deeplearning4j.nn.conf.layers.GravesBidirectionalLSTM.Builder()
                    .forgetGateBiasInit(g.forgetGateBiasInit())
                    .gateActivationFunction(activation(g.gateActivation()))
                    .nIn(g.nIn()).nOut(g.nOut())
                    .activation(activation(g.activation()))
                    .weightInit(weightInit(g.weightInit()))
                    .dataFormat(RNNFormat.NCW)
                    .build();
        }
        if (layer instanceof org.rnnworkbench.model.conf.Bidirectional b) {
            Bidirectional.Mode mode = b.mode() == org.rnnworkbench.model.conf.Bidirectional.Mode.ADD
                    ? Bidirectional.Mode.ADD : Bidirectional.Mode.CONCAT;
            return new Bidirectional(mode, toDl4j(b.layer()));
        }
        if (layer instanceof GravesLSTM g) {
            return new org.deeplearning4j.nn.conf.layers.GravesLSTM.Builder()
                    .forgetGateBiasInit(g.forgetGateBiasInit())
                    .gateActivationFunction(activation(g.gateActivation()))
                    .nIn(g.nIn()).nOut(g.nOut())
                    .activation(activation(g.activation()))
                    .weightInit(weightInit(g.weightInit()))
                    .dataFormat(RNNFormat.NCW)
                    .build();
        }
        if (layer instanceof LSTM l) {
            return new org.deeplearning4j.nn.conf.layers.LSTM.Builder()
                    .forgetGateBiasInit(l.forgetGateBiasInit())
                    .gateActivationFunction(activation(l.gateActivation()))
                    .nIn(l.nIn()).nOut(l.nOut())
                    .activation(activation(l.activation()))
                    .weightInit(weightInit(l.weightInit()))
                    .dataFormat(RNNFormat.NCW)
                    .build();
        }
        if (layer instanceof SimpleRnn s) {
            return new org.deeplearning4j.nn.conf.layers.recurrent.SimpleRnn.Builder()
                    .nIn(s.nIn()).nOut(s.nOut())
                    .activation(activation(s.activation()))
                    .weightInit(weightInit(s.weightInit()))
                    .dataFormat(RNNFormat.NCW)
                    .build();
        }
        if (layer instanceof DenseLayer d) {
            return new org.deeplearning4j.nn.conf.layers.DenseLayer.Builder()
                    .nIn(d.nIn()).nOut(d.nOut())
                    .activation(activation(d.activation()))
                    .weightInit(weightInit(d.weightInit()))
                    .build();
        }
        if (layer instanceof RnnOutputLayer o) {
            return new org.deeplearning4j.nn.conf.layers.RnnOutputLayer.Builder(lossFunction(o))
                    .nIn(o.nIn()).nOut(o.nOut())
                    .activation(activation(o.activation()))
                    .weightInit(weightInit(o.weightInit()))
                    .dataFormat(RNNFormat.NCW)
                    .build();
        }
        throw new IllegalArgumentException("no DL4J counterpart for " + layer.typeName());
    }

    /** Our activations carry DL4J's names. */
    static org.nd4j.linalg.activations.Activation activation(Activation ours) {
        return org.nd4j.linalg.activations.Activation.valueOf(ours.name());
    }

    /**
     * Our weight initialisations carry DL4J's names and formulas. Only a re-initialisation in DL4J would use
     * them: the exported parameters are copied, not drawn.
     */
    static org.deeplearning4j.nn.weights.WeightInit weightInit(WeightInit ours) {
        WeightInit w = ours == null ? WeightInit.XAVIER : ours;
        return org.deeplearning4j.nn.weights.WeightInit.valueOf(w.name());
    }

    private static LossFunctions.LossFunction lossFunction(RnnOutputLayer o) {
        return LossFunctions.LossFunction.valueOf(o.lossFunction().name());
    }
}
