package org.rnnworkbench.model.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.rnnworkbench.model.conf.Activation;
import org.rnnworkbench.model.conf.BackpropType;
import org.rnnworkbench.model.conf.Bidirectional;
import org.rnnworkbench.model.conf.GravesLSTM;
import org.rnnworkbench.model.conf.LSTM;
import org.rnnworkbench.model.conf.LayerConf;
import org.rnnworkbench.model.conf.LossFunction;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.conf.RnnOutputLayer;
import org.rnnworkbench.model.data.SequenceDataSet;

/**
 * Single precision runs the fused LSTM kernel, double precision the reference pass that the gradient checks
 * verify. The same parameters must give the same outputs, scores and gradients, to single-precision accuracy.
 */
class FusedKernelEquivalenceTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("LSTM", (Supplier<LayerConf>) () -> new LSTM.Builder().nOut(6).build(), null, 0),
                Arguments.of("GravesLSTM", (Supplier<LayerConf>) () -> new GravesLSTM.Builder().nOut(6).build(), null, 0),
                Arguments.of("GravesLSTM softsign, hard sigmoid", (Supplier<LayerConf>) () -> new GravesLSTM.Builder()
                        .nOut(6).activation(Activation.SOFTSIGN).gateActivationFunction(Activation.HARDSIGMOID).build(),
                        null, 0),
                Arguments.of("LSTM relu", (Supplier<LayerConf>) () -> new LSTM.Builder().nOut(6)
                        .activation(Activation.RELU).build(), null, 0),
                Arguments.of("GravesLSTM trailing and leading padding", (Supplier<LayerConf>) () ->
                        new GravesLSTM.Builder().nOut(6).build(), new String[] {"1111111", "1111000", "0011111"}, 0),
                Arguments.of("GravesLSTM hole", (Supplier<LayerConf>) () -> new GravesLSTM.Builder().nOut(6).build(),
                        new String[] {"1101011", "1111111", "1000001"}, 0),
                Arguments.of("Bidirectional CONCAT GravesLSTM", (Supplier<LayerConf>) () ->
                        new Bidirectional(new GravesLSTM.Builder().nOut(5).build()),
                        new String[] {"1111111", "1111100", "0001111"}, 0),
                Arguments.of("Bidirectional ADD LSTM", (Supplier<LayerConf>) () ->
                        new Bidirectional(Bidirectional.Mode.ADD, new LSTM.Builder().nOut(5).build()), null, 0),
                Arguments.of("GravesLSTM TBPTT backward 3 of 7", (Supplier<LayerConf>) () ->
                        new GravesLSTM.Builder().nOut(6).build(), null, 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fusedSinglePrecisionMatchesTheReference(String name, Supplier<LayerConf> layer, String[] mask,
            int backward) {
        Network reference = network(layer, DataType.DOUBLE, backward);
        Network fused = network(layer, DataType.FLOAT, backward);
        fused.setParams(reference.params());
        Random rng = new Random(17);
        INDArray features = TestNetworks.uniform(rng, 3, 4, 7);
        INDArray labels = TestNetworks.labels(rng, LossFunction.MCXENT, 3, 3, 7);
        INDArray m = mask == null ? null : TestNetworks.mask(mask);
        GradientAndScore r = assertFusedMatchesReference(reference, fused, features, labels, m);
        assertTrue(r.gradient().norm2Number().doubleValue() > 1e-3, "a gradient worth comparing");
    }

    /**
     * Compares output, score and gradient of the two networks on the same data, the fused one in float; then a
     * second fused pass, since a layer keeps its scratch arrays from pass to pass and must start from nothing again.
     *
     * @return the reference's gradient and score
     */
    private static GradientAndScore assertFusedMatchesReference(Network reference, Network fused, INDArray features,
            INDArray labels, INDArray mask) {
        SequenceDataSet doubles = new SequenceDataSet(features, labels, mask, mask);
        INDArray floatMask = mask == null ? null : mask.castTo(DataType.FLOAT);
        SequenceDataSet floats = new SequenceDataSet(features.castTo(DataType.FLOAT), labels.castTo(DataType.FLOAT),
                floatMask, floatMask);
        assertClose("output", reference.output(features, mask), fused.output(floats.features(), floatMask));
        GradientAndScore r = reference.computeGradientAndScore(doubles);
        GradientAndScore f = fused.computeGradientAndScore(floats);
        assertEquals(r.score(), f.score(), 1e-5 * Math.abs(r.score()));
        assertClose("gradient", r.gradient(), f.gradient());
        assertClose("gradient of a second pass", r.gradient(), fused.computeGradientAndScore(floats).gradient());
        return r;
    }

    /**
     * A one-hot input (a character model's), which the fused pass projects and differentiates as sums of weight
     * rows instead of products; with a mask too, and a second input row of two values to show that any sparse
     * values count, not only ones.
     */
    @ParameterizedTest(name = "one-hot input, mask {0}")
    @ValueSource(booleans = {false, true})
    void fusedPassOnOneHotInputMatchesTheReference(boolean masked) {
        Supplier<LayerConf> layer = () -> new GravesLSTM.Builder().nOut(6).build();
        Network reference = network(layer, DataType.DOUBLE, 0, 9);
        Network fused = network(layer, DataType.FLOAT, 0, 9);
        fused.setParams(reference.params());
        Random rng = new Random(23);
        INDArray features = Nd4j.zeros(DataType.DOUBLE, 3, 9, 7);
        for (int b = 0; b < 3; b++) {
            for (int t = 0; t < 7; t++) {
                features.putScalar(new long[] {b, rng.nextInt(9), t}, 1.0);
            }
        }
        features.putScalar(new long[] {1, 4, 2}, -0.5);
        INDArray labels = TestNetworks.labels(rng, LossFunction.MCXENT, 3, 3, 7);
        INDArray m = masked ? TestNetworks.mask(new String[] {"1111111", "1111100", "0011111"}) : null;
        assertFusedMatchesReference(reference, fused, features, labels, m);
        assertTrue(reference.gradientTable(0).get("W").norm2Number().doubleValue() > 1e-3,
                "an input weight gradient worth comparing");
    }

    private static void assertClose(String what, INDArray expected, INDArray actual) {
        INDArray e = expected.castTo(DataType.DOUBLE);
        INDArray a = actual.castTo(DataType.DOUBLE);
        double scale = Math.max(1e-3, e.amaxNumber().doubleValue());
        double worst = a.sub(e).amaxNumber().doubleValue() / scale;
        assertTrue(worst < 2e-5, what + " differs by " + worst + " relative to its largest value " + scale);
    }

    private static Network network(Supplier<LayerConf> layer, DataType dt, int backward) {
        return network(layer, dt, backward, 4);
    }

    private static Network network(Supplier<LayerConf> layer, DataType dt, int backward, int nIn) {
        NetworkConfiguration.Builder b = new NetworkConfiguration.Builder().dataType(dt).seed(5).inputSize(nIn)
                .layer(layer.get())
                .layer(new GravesLSTM.Builder().nOut(4).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(3).build());
        if (backward > 0) {
            b.backpropType(BackpropType.TruncatedBPTT).tBPTTForwardLength(7).tBPTTBackwardLength(backward);
        }
        Network net = new Network(b.build()).init();
        net.params().addi(TestNetworks.uniform(new Random(2), net.numParams()).castTo(dt).muli(0.2));
        return net;
    }
}
