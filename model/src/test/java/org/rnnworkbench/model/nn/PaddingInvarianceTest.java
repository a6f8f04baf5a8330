package org.rnnworkbench.model.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
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
 * For every real step, the output of a padded, masked minibatch equals the output of each sequence run alone;
 * values at masked input steps change neither score nor gradients.
 */
class PaddingInvarianceTest {
    private static final int N_IN = 3;
    private static final int N_OUT = 2;
    private static final int[] LENGTHS = {6, 3, 4};
    private static final int PADDED = 7;

    static Stream<Arguments> layersAndPrecisions() {
        Stream.Builder<Arguments> all = Stream.builder();
        Supplier<Stream<Arguments>> layers = () -> Stream.of(
                Arguments.of("LSTM", (Supplier<LayerConf>) () -> new LSTM.Builder().nOut(4).build()),
                Arguments.of("GravesLSTM", (Supplier<LayerConf>) () -> new GravesLSTM.Builder().nOut(4).build()),
                Arguments.of("SimpleRnn", (Supplier<LayerConf>) () -> new SimpleRnn.Builder().nOut(4).build()),
                Arguments.of("Bidirectional CONCAT GravesLSTM", (Supplier<LayerConf>) () ->
                        new Bidirectional(new GravesLSTM.Builder().nOut(4).build())),
                Arguments.of("Bidirectional ADD LSTM", (Supplier<LayerConf>) () ->
                        new Bidirectional(Bidirectional.Mode.ADD, new LSTM.Builder().nOut(4).build())),
                Arguments.of("Bidirectional CONCAT SimpleRnn", (Supplier<LayerConf>) () ->
                        new Bidirectional(new SimpleRnn.Builder().nOut(4).build())),
                Arguments.of("DenseLayer", (Supplier<LayerConf>) () -> new DenseLayer.Builder().nOut(4).build()));
        layers.get().forEach(a -> {
            for (DataType dt : new DataType[] {DataType.DOUBLE, DataType.FLOAT}) {
                for (boolean leading : new boolean[] {false, true}) {
                    all.add(Arguments.of(a.get()[0], a.get()[1], dt, leading));
                }
            }
        });
        return all.build();
    }

    @ParameterizedTest(name = "{0} {2} leading={3}")
    @MethodSource("layersAndPrecisions")
    void paddedOutputsEqualUnpaddedOutputs(String name, Supplier<LayerConf> layer, DataType dt, boolean leading) {
        Network net = network(layer, dt);
        Random rng = new Random(5);
        INDArray padded = Nd4j.zeros(dt, LENGTHS.length, N_IN, PADDED);
        INDArray mask = Nd4j.zeros(dt, LENGTHS.length, PADDED);
        INDArray[] alone = new INDArray[LENGTHS.length];
        for (int b = 0; b < LENGTHS.length; b++) {
            alone[b] = TestNetworks.uniform(rng, 1, N_IN, LENGTHS[b]).castTo(dt);
            int offset = leading ? PADDED - LENGTHS[b] : 0;
            padded.get(NDArrayIndex.point(b), NDArrayIndex.all(), NDArrayIndex.interval(offset, offset + LENGTHS[b]))
                    .assign(alone[b].get(NDArrayIndex.point(0), NDArrayIndex.all(), NDArrayIndex.all()));
            mask.get(NDArrayIndex.point(b), NDArrayIndex.interval(offset, offset + LENGTHS[b])).assign(1.0);
        }
        // Garbage in the padding must not matter.
        INDArray garbage = TestNetworks.uniform(rng, LENGTHS.length, N_IN, PADDED).castTo(dt).muli(50.0);
        INDArray notMask = mask.rsub(1.0).reshape(LENGTHS.length, 1, PADDED);
        padded.addi(garbage.mul(notMask.broadcast(LENGTHS.length, N_IN, PADDED)));

        INDArray out = net.output(padded, mask);
        double tolerance = dt == DataType.DOUBLE ? 1e-12 : 1e-6;
        for (int b = 0; b < LENGTHS.length; b++) {
            INDArray expected = net.output(alone[b]);
            int offset = leading ? PADDED - LENGTHS[b] : 0;
            INDArray actual = out.get(NDArrayIndex.interval(b, b + 1), NDArrayIndex.all(),
                    NDArrayIndex.interval(offset, offset + LENGTHS[b]));
            double maxDiff = Nd4j.getExecutioner().exec(new org.nd4j.linalg.api.ops.impl.reduce.same.AMax(
                    actual.sub(expected))).getDouble(0);
            assertTrue(maxDiff < tolerance, "example " + b + " differs by " + maxDiff);
            INDArray outsideReal = out.get(NDArrayIndex.point(b), NDArrayIndex.all(), NDArrayIndex.all())
                    .mulRowVector(mask.getRow(b).rsub(1.0));
            assertEquals(0.0, outsideReal.amaxNumber().doubleValue(), 0.0, "output is zero at padded steps");
        }
    }

    /** One-to-many: input at step 0 only; evaluation outputs at the labelled steps run on with zero input. */
    @org.junit.jupiter.api.Test
    void outputForEvaluationRunsTheStepsWhoseLabelIsPresent() {
        Network net = network(() -> new LSTM.Builder().nOut(4).build(), DataType.DOUBLE);
        INDArray features = TestNetworks.uniform(new Random(8), 2, N_IN, 5);
        INDArray featuresMask = TestNetworks.mask(2, "10000");
        INDArray labelsMask = TestNetworks.mask(2, "11111");
        INDArray firstStepOnly = features.mul(featuresMask.reshape(2, 1, 5).broadcast(2, N_IN, 5));
        INDArray evaluated = net.output(features, featuresMask, labelsMask);
        assertTrue(evaluated.equalsWithEps(net.output(firstStepOnly), 1e-12),
                "the same as running the zero-padded input without masks");
        INDArray inference = net.output(features, featuresMask);
        assertEquals(0.0, inference.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(1, 5))
                .amaxNumber().doubleValue(), 0.0, "at inference the steps without input are inactive");
    }

    static Stream<Arguments> layersInDoublePrecision() {
        return layersAndPrecisions().filter(a -> a.get()[2] == DataType.DOUBLE);
    }

    @ParameterizedTest(name = "{0} {2} leading={3}")
    @MethodSource("layersInDoublePrecision")
    void valuesAtMaskedInputStepsChangeNeitherScoreNorGradients(String name, Supplier<LayerConf> layer,
            DataType dt, boolean leading) {
        Network net = network(layer, dt);
        Random rng = new Random(6);
        String[] rows = leading ? new String[] {"1111111", "0001111", "0000011"}
                : new String[] {"1111111", "1111000", "1100000"};
        INDArray mask = TestNetworks.mask(rows);
        INDArray features = TestNetworks.uniform(rng, 3, N_IN, PADDED);
        INDArray labels = TestNetworks.labels(rng, LossFunction.MCXENT, 3, N_OUT, PADDED);
        SequenceDataSet clean = new SequenceDataSet(features, labels, mask, mask);
        INDArray noisy = features.add(TestNetworks.uniform(rng, 3, N_IN, PADDED)
                .mul(mask.rsub(1.0).reshape(3, 1, PADDED).broadcast(3, N_IN, PADDED)).muli(100));
        assertTrue(noisy.sub(features).amaxNumber().doubleValue() > 1, "the noise really changes masked inputs");
        GradientAndScore a = net.computeGradientAndScore(clean);
        GradientAndScore b = net.computeGradientAndScore(new SequenceDataSet(noisy, labels, mask, mask));
        assertEquals(a.score(), b.score(), 1e-12);
        assertTrue(a.gradient().equalsWithEps(b.gradient(), 1e-12), "gradients equal");
    }

    private static Network network(Supplier<LayerConf> layer, DataType dt) {
        NetworkConfiguration conf = new NetworkConfiguration.Builder().dataType(dt).seed(99).inputSize(N_IN)
                .layer(layer.get())
                .layer(new GravesLSTM.Builder().nOut(3).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(N_OUT).build())
                .build();
        return new Network(conf).init();
    }
}
