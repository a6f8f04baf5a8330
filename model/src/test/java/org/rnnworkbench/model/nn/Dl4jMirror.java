package org.rnnworkbench.model.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.params.GravesBidirectionalLSTMParamInitializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.rnnworkbench.model.conf.Activation;
import org.rnnworkbench.model.conf.Adam;
import org.rnnworkbench.model.conf.Bidirectional;
import org.rnnworkbench.model.conf.DenseLayer;
import org.rnnworkbench.model.conf.GravesLSTM;
import org.rnnworkbench.model.conf.LSTM;
import org.rnnworkbench.model.conf.LayerConf;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.conf.RnnOutputLayer;
import org.rnnworkbench.model.conf.Sgd;
import org.rnnworkbench.model.conf.SimpleRnn;
import org.rnnworkbench.model.conf.UpdaterConfig;

/**
 * Builds the DL4J 1.0.0-M2.1 {@link MultiLayerNetwork} that corresponds to one of our networks, layer for layer,
 * and copies our parameters into it, so that differential tests can feed both the same arrays.
 *
 * <p>Our parameter shapes and gate order follow DL4J's, so a copy is a plain assignment per named parameter; the
 * only renaming is for DL4J's {@code GravesBidirectionalLSTM}, which names its halves {@code WF, RWF, bF, WB, RWB,
 * bB} where our {@code Bidirectional} uses the prefixes {@code f} and {@code b}. Every copied parameter's shape is
 * checked against DL4J's, and the parameter counts must agree, so a layout mismatch fails loudly instead of
 * silently comparing different networks.
 */
final class Dl4jMirror {
    private Dl4jMirror() {
    }

    /** A DL4J network with the same layers, data type, updater and L2 as {@code ours}, holding our parameters. */
    static MultiLayerNetwork of(Network ours) {
        NetworkConfiguration conf = ours.getConfiguration();
        NeuralNetConfiguration.Builder global = new NeuralNetConfiguration.Builder()
                .seed(conf.seed())
                .dataType(conf.dataType())
                .updater(updater(conf.updater()));
        if (conf.l2() > 0) {
            global.l2(conf.l2());
        }
        NeuralNetConfiguration.ListBuilder list = global.list();
        for (int i = 0; i < conf.layers().size(); i++) {
            list.layer(i, layer(conf.layers().get(i)));
        }
        // The input type makes DL4J insert the same RNN <-> feed-forward preprocessors around dense layers
        // that our builder inserts.
        list.setInputType(InputType.recurrent(conf.inputSize()));
        MultiLayerNetwork net = new MultiLayerNetwork(list.build());
        net.init();
        assertEquals(ours.numParams(), net.numParams(), "DL4J's network has a different number of parameters");
        copyParams(ours, net);
        return net;
    }

    /** Copies every named parameter of ours into the DL4J network, checking shapes. */
    static void copyParams(Network ours, MultiLayerNetwork theirs) {
        NetworkConfiguration conf = ours.getConfiguration();
        for (int i = 0; i < conf.layers().size(); i++) {
            for (Map.Entry<String, INDArray> e : ours.paramTable(i).entrySet()) {
                String key = key(i, conf.layers().get(i), e.getKey());
                INDArray target = theirs.getParam(key);
                INDArray value = e.getValue();
                // DL4J keeps biases as vectors [k] where we keep rows [1, k]; matrices must match exactly.
                if (target.rank() == 1) {
                    assertArrayEquals(new long[] {1, target.length()}, value.shape(), "shape of bias " + key);
                } else {
                    assertArrayEquals(value.shape(), target.shape(), "shape of DL4J parameter " + key);
                }
                theirs.setParam(key, value.reshape(target.shape()).castTo(target.dataType()));
            }
        }
    }

    /** DL4J's key ({@code "<layer>_<name>"}) for our parameter {@code name} of layer {@code index}. */
    static String key(int index, LayerConf layer, String name) {
        return index + "_" + dl4jName(layer, name);
    }

    private static String dl4jName(LayerConf layer, String ours) {
        if (!isGravesBidirectional(layer)) {
            return ours;
        }
        switch (ours) {
            case "fW":
                return GravesBidirectionalLSTMParamInitializer.INPUT_WEIGHT_KEY_FORWARDS;
            case "fRW":
                return GravesBidirectionalLSTMParamInitializer.RECURRENT_WEIGHT_KEY_FORWARDS;
            case "fb":
                return GravesBidirectionalLSTMParamInitializer.BIAS_KEY_FORWARDS;
            case "bW":
                return GravesBidirectionalLSTMParamInitializer.INPUT_WEIGHT_KEY_BACKWARDS;
            case "bRW":
                return GravesBidirectionalLSTMParamInitializer.RECURRENT_WEIGHT_KEY_BACKWARDS;
            case "bb":
                return GravesBidirectionalLSTMParamInitializer.BIAS_KEY_BACKWARDS;
            default:
                throw new IllegalArgumentException("no DL4J GravesBidirectionalLSTM parameter for " + ours);
        }
    }

    /** Our ADD-mode bidirectional Graves LSTM is DL4J's GravesBidirectionalLSTM, which sums both directions. */
    private static boolean isGravesBidirectional(LayerConf layer) {
        return layer instanceof Bidirectional b && b.mode() == Bidirectional.Mode.ADD
                && b.layer() instanceof GravesLSTM;
    }

    private static Layer layer(LayerConf lc) {
        if (isGravesBidirectional(lc)) {
            GravesLSTM g = (GravesLSTM) ((Bidirectional) lc).layer();
            return new org.deeplearning4j.nn.conf.layers.GravesBidirectionalLSTM.Builder()
                    .nIn(g.nIn()).nOut(g.nOut())
                    .activation(activation(g.activation()))
                    .gateActivationFunction(activation(g.gateActivation()))
                    .build();
        }
        if (lc instanceof Bidirectional b) {
            org.deeplearning4j.nn.conf.layers.recurrent.Bidirectional.Mode mode =
                    b.mode() == Bidirectional.Mode.ADD
                            ? org.deeplearning4j.nn.conf.layers.recurrent.Bidirectional.Mode.ADD
                            : org.deeplearning4j.nn.conf.layers.recurrent.Bidirectional.Mode.CONCAT;
            return new org.deeplearning4j.nn.conf.layers.recurrent.Bidirectional(mode, layer(b.layer()));
        }
        if (lc instanceof GravesLSTM g) {
            return new org.deeplearning4j.nn.conf.layers.GravesLSTM.Builder()
                    .nIn(g.nIn()).nOut(g.nOut())
                    .activation(activation(g.activation()))
                    .gateActivationFunction(activation(g.gateActivation()))
                    .build();
        }
        if (lc instanceof LSTM l) {
            return new org.deeplearning4j.nn.conf.layers.LSTM.Builder()
                    .nIn(l.nIn()).nOut(l.nOut())
                    .activation(activation(l.activation()))
                    .gateActivationFunction(activation(l.gateActivation()))
                    .build();
        }
        if (lc instanceof SimpleRnn s) {
            return new org.deeplearning4j.nn.conf.layers.recurrent.SimpleRnn.Builder()
                    .nIn(s.nIn()).nOut(s.nOut())
                    .activation(activation(s.activation()))
                    .build();
        }
        if (lc instanceof DenseLayer d) {
            return new org.deeplearning4j.nn.conf.layers.DenseLayer.Builder()
                    .nIn(d.nIn()).nOut(d.nOut())
                    .activation(activation(d.activation()))
                    .build();
        }
        if (lc instanceof RnnOutputLayer o) {
            return new org.deeplearning4j.nn.conf.layers.RnnOutputLayer.Builder(
                    LossFunctions.LossFunction.valueOf(o.lossFunction().name()))
                    .nIn(o.nIn()).nOut(o.nOut())
                    .activation(activation(o.activation()))
                    .dataFormat(RNNFormat.NCW)
                    .build();
        }
        throw new IllegalArgumentException("no DL4J counterpart for " + lc.typeName());
    }

    private static org.nd4j.linalg.activations.Activation activation(Activation ours) {
        return org.nd4j.linalg.activations.Activation.valueOf(ours.name());
    }

    private static IUpdater updater(UpdaterConfig ours) {
        if (ours instanceof Sgd s) {
            return new org.nd4j.linalg.learning.config.Sgd(s.learningRate());
        }
        if (ours instanceof Adam a) {
            return new org.nd4j.linalg.learning.config.Adam(a.learningRate(), a.beta1(), a.beta2(), a.epsilon());
        }
        throw new IllegalArgumentException("differential tests cover Sgd and Adam, not " + ours.describe());
    }
}
