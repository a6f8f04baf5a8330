package org.rnnworkbench.model.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.rnnworkbench.model.conf.Activation;
import org.rnnworkbench.model.conf.BackpropType;
import org.rnnworkbench.model.conf.Bidirectional;
import org.rnnworkbench.model.conf.DenseLayer;
import org.rnnworkbench.model.conf.GravesLSTM;
import org.rnnworkbench.model.conf.LSTM;
import org.rnnworkbench.model.conf.LayerConf;
import org.rnnworkbench.model.conf.LossFunction;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.conf.RnnOutputLayer;
import org.rnnworkbench.model.conf.SimpleRnn;
import org.rnnworkbench.model.data.SequenceDataSet;

/**
 * Finite-difference gradient checks in double precision for every layer type and loss, with and without
 * masks, with L2 and with truncated BPTT.
 */
class GradientCheckTest {
    private static final int N_IN = 3;
    private static final int N_OUT = 3;

    /** The recurrent layer types under test, each a factory of a layer with the given nOut. */
    static Stream<Arguments> recurrentLayers() {
        return Stream.of(
                Arguments.of("LSTM", (IntFunction<LayerConf>) n -> new LSTM.Builder().nOut(n).build()),
                Arguments.of("GravesLSTM", (IntFunction<LayerConf>) n -> new GravesLSTM.Builder().nOut(n).build()),
                Arguments.of("SimpleRnn", (IntFunction<LayerConf>) n -> new SimpleRnn.Builder().nOut(n).build()));
    }

    static Stream<Arguments> layersTimesAndMinibatches() {
        List<Arguments> all = new ArrayList<>();
        recurrentLayers().forEach(layer -> {
            for (int t : new int[] {1, 4, 8}) {
                for (int mb : new int[] {1, 2, 6}) {
                    all.add(Arguments.of(layer.get()[0], layer.get()[1], t, mb));
                }
            }
        });
        return all.stream();
    }

    @ParameterizedTest(name = "{0} T={2} mb={3}")
    @MethodSource("layersTimesAndMinibatches")
    void recurrentLayerWithoutMasks(String name, IntFunction<LayerConf> layer, int t, int mb) {
        Network net = network(b -> b.layer(layer.apply(4)).layer(output(LossFunction.MCXENT)));
        assertGradientsMatch(net, data(mb, t, LossFunction.MCXENT, null, null, 11));
    }

    static Stream<Arguments> lossesAndActivations() {
        return Stream.of(
                Arguments.of(LossFunction.MCXENT, Activation.SOFTMAX),
                Arguments.of(LossFunction.NEGATIVELOGLIKELIHOOD, Activation.SOFTMAX),
                Arguments.of(LossFunction.MSE, Activation.IDENTITY),
                Arguments.of(LossFunction.MSE, Activation.TANH),
                Arguments.of(LossFunction.XENT, Activation.SIGMOID));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("lossesAndActivations")
    void everyLoss(LossFunction loss, Activation activation) {
        Network net = network(b -> b.layer(new GravesLSTM.Builder().nOut(4).build())
                .layer(new RnnOutputLayer.Builder(loss).activation(activation).nOut(N_OUT).build()));
        assertGradientsMatch(net, data(2, 4, loss, null, null, 12));
    }

    static Stream<Arguments> hiddenActivations() {
        return Stream.of(Activation.TANH, Activation.SIGMOID, Activation.HARDSIGMOID, Activation.RELU,
                Activation.SOFTSIGN, Activation.IDENTITY).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hiddenActivations")
    void everyHiddenActivation(Activation activation) {
        Network net = network(b -> b.layer(new LSTM.Builder().nOut(4).activation(activation).build())
                .layer(new DenseLayer.Builder().nOut(5).activation(activation).build())
                .layer(output(LossFunction.MCXENT)));
        assertGradientsMatch(net, data(2, 4, LossFunction.MCXENT, null, null, 13));
    }

    @Test
    void denseSoftmaxBetweenRecurrentLayers() {
        Network net = network(b -> b.layer(new SimpleRnn.Builder().nOut(4).build())
                .layer(new DenseLayer.Builder().nOut(5).activation(Activation.SOFTMAX).build())
                .layer(new GravesLSTM.Builder().nOut(3).build())
                .layer(output(LossFunction.MCXENT)));
        assertGradientsMatch(net, data(3, 5, LossFunction.MCXENT, null, null, 14));
    }

    static Stream<Arguments> labelMasks() {
        List<Arguments> all = new ArrayList<>();
        recurrentLayers().forEach(layer -> {
            for (String pattern : new String[] {"11111", "01111", "00001", "00101", "11101"}) {
                all.add(Arguments.of(layer.get()[0], layer.get()[1], pattern));
            }
        });
        return all.stream();
    }

    @ParameterizedTest(name = "{0} labels mask {2}")
    @MethodSource("labelMasks")
    void labelsMask(String name, IntFunction<LayerConf> layer, String pattern) {
        Network net = network(b -> b.layer(layer.apply(4)).layer(output(LossFunction.MCXENT)));
        assertGradientsMatch(net, data(2, 5, LossFunction.MCXENT, null, TestNetworks.mask(2, pattern), 15));
    }

    static Stream<Arguments> featureMasks() {
        List<Arguments> all = new ArrayList<>();
        recurrentLayers().forEach(layer -> {
            all.add(Arguments.of(layer.get()[0], layer.get()[1], "trailing", new String[] {"11111", "11100"}));
            all.add(Arguments.of(layer.get()[0], layer.get()[1], "leading", new String[] {"11111", "00111"}));
            all.add(Arguments.of(layer.get()[0], layer.get()[1], "hole", new String[] {"11011", "10101"}));
        });
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {2} padding")
    @MethodSource("featureMasks")
    void featuresAndLabelsMask(String name, IntFunction<LayerConf> layer, String kind, String[] rows) {
        Network net = network(b -> b.layer(layer.apply(4))
                .layer(new DenseLayer.Builder().nOut(3).build())
                .layer(output(LossFunction.MCXENT)));
        INDArray mask = TestNetworks.mask(rows);
        assertGradientsMatch(net, data(2, 5, LossFunction.MCXENT, mask, mask.dup(), 16));
    }

    @ParameterizedTest(name = "{0} one-to-many")
    @MethodSource("recurrentLayers")
    void featuresOnlyAtFirstStepLabelsEverywhere(String name, IntFunction<LayerConf> layer) {
        Network net = network(b -> b.layer(layer.apply(4)).layer(output(LossFunction.MCXENT)));
        INDArray features = TestNetworks.mask(2, "10000");
        assertGradientsMatch(net, data(2, 5, LossFunction.MCXENT, features, TestNetworks.mask(2, "11111"), 17));
    }

    static Stream<Arguments> bidirectionalCases() {
        List<Arguments> all = new ArrayList<>();
        recurrentLayers().forEach(layer -> {
            for (Bidirectional.Mode mode : Bidirectional.Mode.values()) {
                all.add(Arguments.of(layer.get()[0], layer.get()[1], mode,
                        new String[] {"11111", "11110", "11100"}));
                all.add(Arguments.of(layer.get()[0], layer.get()[1], mode,
                        new String[] {"11111", "01111", "00111"}));
            }
        });
        return all.stream();
    }

    @ParameterizedTest(name = "Bidirectional {2} over {0}, mask {3}")
    @MethodSource("bidirectionalCases")
    void bidirectionalWithMasks(String name, IntFunction<LayerConf> layer, Bidirectional.Mode mode, String[] rows) {
        Network net = network(b -> b.layer(new Bidirectional(mode, layer.apply(3)))
                .layer(output(LossFunction.MCXENT)));
        INDArray mask = TestNetworks.mask(rows);
        assertGradientsMatch(net, data(3, 5, LossFunction.MCXENT, mask, mask.dup(), 18));
    }

    @Test
    void l2Regularisation() {
        Network net = network(b -> b.l2(0.3).layer(new GravesLSTM.Builder().nOut(4).build())
                .layer(new DenseLayer.Builder().nOut(3).build())
                .layer(output(LossFunction.MSE)));
        assertGradientsMatch(net, data(2, 4, LossFunction.MSE, null, null, 19));
        assertTrue(net.score(data(2, 4, LossFunction.MSE, null, null, 19))
                > network(b -> b.layer(new GravesLSTM.Builder().nOut(4).build())
                        .layer(new DenseLayer.Builder().nOut(3).build())
                        .layer(output(LossFunction.MSE))).score(data(2, 4, LossFunction.MSE, null, null, 19)),
                "the L2 term adds to the score");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recurrentLayers")
    void truncatedBpttWithBackwardEqualToForward(String name, IntFunction<LayerConf> layer) {
        Network net = network(b -> b.backpropType(BackpropType.TruncatedBPTT).tBPTTLength(6)
                .layer(layer.apply(4)).layer(output(LossFunction.MCXENT)));
        assertGradientsMatch(net, data(2, 6, LossFunction.MCXENT, null, null, 20));
    }

    /**
     * With backward length 3 of a 7-step segment and labels only in the last 3 steps, the truncated gradient
     * is the exact gradient of the loss over those steps when the state before them is held constant: so it
     * must equal the finite-difference gradient of the last 3 steps run from that stored state.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("recurrentLayers")
    void truncatedBpttWithShorterBackwardLength(String name, IntFunction<LayerConf> layer) {
        Network truncated = network(b -> b.backpropType(BackpropType.TruncatedBPTT).tBPTTForwardLength(7)
                .tBPTTBackwardLength(3).layer(layer.apply(4)).layer(output(LossFunction.MCXENT)));
        SequenceDataSet whole = data(2, 7, LossFunction.MCXENT, null, TestNetworks.mask(2, "0000111"), 21);
        INDArray truncatedGradient = truncated.computeGradientAndScore(whole).gradient();

        Network standard = network(b -> b.layer(layer.apply(4)).layer(output(LossFunction.MCXENT)));
        standard.setParams(truncated.params());
        standard.rnnTimeStep(whole.timeSlice(0, 4).features());
        SequenceDataSet tail = whole.timeSlice(4, 7);
        tail = new SequenceDataSet(tail.features().dup(), tail.labels().dup());
        assertGradientsMatch(standard, tail, true);
        INDArray tailGradient = standard.computeGradientAndScore(tail, true).gradient();
        assertTrue(truncatedGradient.equalsWithEps(tailGradient, 1e-10),
                "truncated gradient equals the gradient of the last steps from a constant state");
    }

    // ------------------------------------------------------------------ helpers

    private static RnnOutputLayer output(LossFunction loss) {
        return new RnnOutputLayer.Builder(loss).nOut(N_OUT).build();
    }

    private static Network network(java.util.function.UnaryOperator<NetworkConfiguration.Builder> layers) {
        NetworkConfiguration.Builder b = new NetworkConfiguration.Builder().dataType(DataType.DOUBLE).seed(7)
                .inputSize(N_IN);
        Network net = new Network(layers.apply(b).build()).init();
        // Zero biases put ReLU units exactly on their kink, where finite differences are not a derivative.
        net.params().addi(TestNetworks.uniform(new Random(3), net.numParams()).muli(0.1));
        return net;
    }

    private static SequenceDataSet data(int mb, int t, LossFunction loss, INDArray featuresMask,
            INDArray labelsMask, long seed) {
        Random rng = new Random(seed);
        return new SequenceDataSet(TestNetworks.uniform(rng, mb, N_IN, t), TestNetworks.labels(rng, loss, mb, N_OUT, t),
                featuresMask, labelsMask);
    }

    private static void assertGradientsMatch(Network net, SequenceDataSet data) {
        assertGradientsMatch(net, data, false);
    }

    private static void assertGradientsMatch(Network net, SequenceDataSet data, boolean fromStoredState) {
        GradientChecker.Result r = GradientChecker.check(net, data, fromStoredState);
        assertEquals(0, r.failures(), () -> r.failures() + " of " + r.checked()
                + " parameters fail; worst relative error " + r.worstRelativeError() + " at " + r.worstIndex());
        double norm = net.computeGradientAndScore(data, fromStoredState).gradient().norm2Number().doubleValue();
        assertTrue(norm > 1e-6, "the gradient is not trivially zero (norm " + norm + ")");
    }
}
