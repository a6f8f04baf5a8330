package org.rnnworkbench.benchmarks;

import java.util.Map;
import java.util.SplittableRandom;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.rnnworkbench.model.conf.Adam;
import org.rnnworkbench.model.conf.BackpropType;
import org.rnnworkbench.model.conf.GravesLSTM;
import org.rnnworkbench.model.conf.LSTM;
import org.rnnworkbench.model.conf.LayerConf;
import org.rnnworkbench.model.conf.LossFunction;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.conf.RnnOutputLayer;
import org.rnnworkbench.model.nn.Network;

/**
 * The DL4J guide's character model, built once for our engine and once for DL4J with the same parameters:
 * two recurrent layers of 200 units, a softmax output over a 77-symbol vocabulary scored by MCXENT, truncated
 * BPTT 50/50, Adam(0.005), float32. Data are one-hot minibatches of 32 examples of 1,000 characters.
 */
final class CharModel {
    static final int VOCABULARY = 77;
    static final int HIDDEN = 200;
    static final int LAYERS = 2;
    static final int MINIBATCH = 32;
    static final int EXAMPLE_LENGTH = 1000;
    static final int TBPTT_LENGTH = 50;
    static final double LEARNING_RATE = 0.005;
    static final long SEED = 12345;

    /** The recurrent layer of the model. */
    enum Cell {
        /** DL4J's GravesLSTM, with peephole connections: the guide's choice. */
        GRAVES_LSTM,
        /** The plain LSTM without peepholes, which is also PyTorch's {@code nn.LSTM}. */
        LSTM
    }

    private CharModel() {
    }

    static NetworkConfiguration ours(Cell cell) {
        NetworkConfiguration.Builder b = new NetworkConfiguration.Builder()
                .seed(SEED)
                .dataType(DataType.FLOAT)
                .updater(new Adam(LEARNING_RATE))
                .inputSize(VOCABULARY);
        for (int i = 0; i < LAYERS; i++) {
            b.layer(recurrent(cell));
        }
        return b.layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(VOCABULARY).build())
                .backpropType(BackpropType.TruncatedBPTT).tBPTTLength(TBPTT_LENGTH)
                .build();
    }

    private static LayerConf recurrent(Cell cell) {
        return cell == Cell.GRAVES_LSTM
                ? new GravesLSTM.Builder().nOut(HIDDEN).build()
                : new LSTM.Builder().nOut(HIDDEN).build();
    }

    /** Our network, initialised from the seed. */
    static Network oursInitialized(Cell cell) {
        return new Network(ours(cell)).init();
    }

    /** DL4J's network for the same configuration, holding a copy of {@code ours}'s parameters. */
    @SuppressWarnings("deprecation") // GravesLSTM is deprecated in DL4J but is the guide's layer and our reference
    static MultiLayerNetwork dl4j(Cell cell, Network ours) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .seed(SEED)
                .dataType(DataType.FLOAT)
                .updater(new org.nd4j.linalg.learning.config.Adam(LEARNING_RATE))
                .list();
        for (int i = 0; i < LAYERS; i++) {
            int nIn = i == 0 ? VOCABULARY : HIDDEN;
            list.layer(i, cell == Cell.GRAVES_LSTM
                    ? new org.deeplearning4j.nn.conf.layers.GravesLSTM.Builder().nIn(nIn).nOut(HIDDEN)
                            .activation(org.nd4j.linalg.activations.Activation.TANH).build()
                    : new org.deeplearning4j.nn.conf.layers.LSTM.Builder().nIn(nIn).nOut(HIDDEN)
                            .activation(org.nd4j.linalg.activations.Activation.TANH).build());
        }
        list.layer(LAYERS, new org.deeplearning4j.nn.conf.layers.RnnOutputLayer.Builder(
                LossFunctions.LossFunction.MCXENT)
                .activation(org.nd4j.linalg.activations.Activation.SOFTMAX)
                .nIn(HIDDEN).nOut(VOCABULARY).dataFormat(RNNFormat.NCW).build());
        list.backpropType(org.deeplearning4j.nn.conf.BackpropType.TruncatedBPTT)
                .tBPTTForwardLength(TBPTT_LENGTH).tBPTTBackwardLength(TBPTT_LENGTH);
        MultiLayerNetwork net = new MultiLayerNetwork(list.build());
        net.init();
        if (net.numParams() != ours.numParams()) {
            throw new IllegalStateException("DL4J has " + net.numParams() + " parameters, ours " + ours.numParams());
        }
        // Our parameter layout mirrors DL4J's per named parameter; biases are [1, k] here and [k] there.
        for (int layer = 0; layer <= LAYERS; layer++) {
            for (Map.Entry<String, INDArray> p : ours.paramTable(layer).entrySet()) {
                String key = layer + "_" + p.getKey();
                INDArray target = net.getParam(key);
                net.setParam(key, p.getValue().reshape(target.shape()).castTo(target.dataType()));
            }
        }
        return net;
    }

    /**
     * A deterministic corpus over the vocabulary, long enough for {@code minibatches} distinct minibatches.
     * Its content does not change the arithmetic; it is written out so that PyTorch trains on the same text.
     */
    static String corpus(int minibatches) {
        String symbols = vocabulary();
        SplittableRandom rng = new SplittableRandom(SEED);
        StringBuilder sb = new StringBuilder();
        int length = minibatches * MINIBATCH * (EXAMPLE_LENGTH + 1);
        // Words of a few symbols between spaces look more like text than uniform noise and still use every symbol.
        while (sb.length() < length) {
            int word = 1 + rng.nextInt(8);
            for (int i = 0; i < word && sb.length() < length; i++) {
                sb.append(symbols.charAt(1 + rng.nextInt(symbols.length() - 1)));
            }
            if (sb.length() < length) {
                sb.append(symbols.charAt(0));
            }
        }
        return sb.toString();
    }

    /** The 77 symbols; index 0 is the space. */
    static String vocabulary() {
        StringBuilder sb = new StringBuilder(" ");
        for (char c = 'a'; c <= 'z'; c++) {
            sb.append(c);
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            sb.append(c);
        }
        for (char c = '0'; c <= '9'; c++) {
            sb.append(c);
        }
        sb.append(".,;:!?'\"-()&/\n");
        if (sb.length() != VOCABULARY) {
            throw new IllegalStateException("vocabulary has " + sb.length() + " symbols");
        }
        return sb.toString();
    }

    /**
     * Minibatch {@code index} of the corpus: features are one-hot characters {@code [32, 77, 1000]}, labels the next
     * characters in the same layout.
     *
     * @return features and labels, in that order
     */
    static INDArray[] minibatch(String corpus, int index, int exampleLength) {
        String symbols = vocabulary();
        float[] features = new float[MINIBATCH * VOCABULARY * exampleLength];
        float[] labels = new float[features.length];
        int start = index * MINIBATCH * (exampleLength + 1);
        for (int b = 0; b < MINIBATCH; b++) {
            int offset = start + b * (exampleLength + 1);
            for (int t = 0; t < exampleLength; t++) {
                int in = symbols.indexOf(corpus.charAt(offset + t));
                int next = symbols.indexOf(corpus.charAt(offset + t + 1));
                features[(b * VOCABULARY + in) * exampleLength + t] = 1f;
                labels[(b * VOCABULARY + next) * exampleLength + t] = 1f;
            }
        }
        long[] shape = {MINIBATCH, VOCABULARY, exampleLength};
        return new INDArray[] {Nd4j.create(features, shape, 'c'), Nd4j.create(labels, shape, 'c')};
    }
}
