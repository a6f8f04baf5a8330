package org.rnnworkbench.interop.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rnnworkbench.interop.dl4j.TestData.CLEARLY_DIFFERENT;
import static org.rnnworkbench.interop.dl4j.TestData.DOUBLE_TOLERANCE;
import static org.rnnworkbench.interop.dl4j.TestData.FLOAT_TOLERANCE;
import static org.rnnworkbench.interop.dl4j.TestData.assertClose;
import static org.rnnworkbench.interop.dl4j.TestData.maxAbsDiff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.learning.regularization.L2Regularization;
import org.nd4j.linalg.learning.regularization.WeightDecay;
import org.rnnworkbench.model.conf.AdaGrad;
import org.rnnworkbench.model.conf.Adam;
import org.rnnworkbench.model.conf.BackpropType;
import org.rnnworkbench.model.conf.DenseLayer;
import org.rnnworkbench.model.conf.GradientNormalization;
import org.rnnworkbench.model.conf.GravesLSTM;
import org.rnnworkbench.model.conf.LSTM;
import org.rnnworkbench.model.conf.LayerConf;
import org.rnnworkbench.model.conf.LossFunction;
import org.rnnworkbench.model.conf.Nesterovs;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.conf.RmsProp;
import org.rnnworkbench.model.conf.RnnOutputLayer;
import org.rnnworkbench.model.conf.Sgd;
import org.rnnworkbench.model.conf.UpdaterConfig;
import org.rnnworkbench.model.data.SequenceDataSet;
import org.rnnworkbench.model.nn.Network;

/**
 * Ours -> zip -> {@code ModelSerializer.restoreMultiLayerNetwork} -> the same outputs, for every layer type, both
 * bidirectional modes and every loss; and the exported updater state continues training with the same update.
 * Every network is {@code recurrent -> DenseLayer -> RnnOutputLayer}, so the preprocessors are crossed too, and
 * every parameter (biases included) is random, so no comparison passes because a gate happens to sit at zero.
 */
class ExportRoundTripTest {
    private static final int N_IN = 3;
    private static final int HIDDEN = 4;
    private static final int DENSE = 5;
    private static final int N_OUT = 3;
    private static final int MINI_BATCH = 2;
    private static final int STEPS = 7;

    @TempDir
    Path dir;

    static Stream<LossFunction> losses() {
        return Stream.of(LossFunction.values());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecurrentKind.class)
    void restoredDl4jNetworkGivesOurOutputs(RecurrentKind kind) throws IOException {
        Network ours = network(kind.layer(HIDDEN), LossFunction.MCXENT, DataType.FLOAT, new Adam(0.01), kind.ordinal());
        MultiLayerNetwork theirs = exportAndRestore(ours, false);

        INDArray features = features(DataType.FLOAT);
        assertClose(ours.output(features), theirs.output(features), FLOAT_TOLERANCE, kind + " output");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("losses")
    void everyLossGivesOurOutputsAndScore(LossFunction loss) throws IOException {
        Network ours = network(new LSTM.Builder().nOut(HIDDEN).build(), loss, DataType.FLOAT, new Sgd(0.1), 50);
        MultiLayerNetwork theirs = exportAndRestore(ours, false);

        SequenceDataSet data = data(loss, DataType.FLOAT);
        assertClose(ours.output(data.features()), theirs.output(data.features()), FLOAT_TOLERANCE, loss + " output");
        assertEquals(ours.score(data), theirs.score(new DataSet(data.features(), data.labels())), FLOAT_TOLERANCE,
                loss + " score");
    }

    /** Training settings survive the file: DL4J reads them back from its own configuration JSON. */
    @Test
    void trainingSettingsAreCarriedOver() throws IOException {
        NetworkConfiguration conf = new NetworkConfiguration.Builder()
                .seed(7).dataType(DataType.DOUBLE).updater(new Adam(0.02, 0.8, 0.95, 1e-6)).l2(0.01)
                .weightDecay(0.001).gradientNormalization(GradientNormalization.ClipL2PerLayer)
                .gradientNormalizationThreshold(2.5)
                .backpropType(BackpropType.TruncatedBPTT).tBPTTForwardLength(5).tBPTTBackwardLength(3)
                .inputSize(N_IN)
                .layer(new GravesLSTM.Builder().nOut(HIDDEN).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MSE).nOut(N_OUT).build())
                .build();
        MultiLayerNetwork theirs = exportAndRestore(new Network(conf).init(), false);

        MultiLayerConfiguration c = theirs.getLayerWiseConfigurations();
        assertEquals(DataType.DOUBLE, c.getDataType());
        assertEquals(org.deeplearning4j.nn.conf.BackpropType.TruncatedBPTT, c.getBackpropType());
        assertEquals(5, c.getTbpttFwdLength());
        assertEquals(3, c.getTbpttBackLength());
        for (int i = 0; i < 2; i++) {
            BaseLayer layer = (BaseLayer) c.getConf(i).getLayer();
            assertEquals(new org.nd4j.linalg.learning.config.Adam(0.02, 0.8, 0.95, 1e-6), layer.getIUpdater());
            assertEquals(org.deeplearning4j.nn.conf.GradientNormalization.ClipL2PerLayer,
                    layer.getGradientNormalization());
            assertEquals(2.5, layer.getGradientNormalizationThreshold());
            assertEquals(2, layer.getRegularization().size(), "L2 and weight decay on " + layer);
            assertTrue(layer.getRegularization().stream().anyMatch(r -> r instanceof L2Regularization));
            assertTrue(layer.getRegularization().stream().anyMatch(r -> r instanceof WeightDecay));
            assertTrue(layer.getRegularizationBias() == null || layer.getRegularizationBias().isEmpty(),
                    "biases are not regularised");
        }
    }

    /** The updater state in the zip, read back into our layout, is ours exactly, with the iteration count. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(UpdaterKind.class)
    void exportedUpdaterStateIsOursExactly(UpdaterKind updater) throws IOException {
        Network ours = trainedTwice(updater);
        MultiLayerNetwork theirs = exportAndRestore(ours, true);
        assertEquals(2, theirs.getLayerWiseConfigurations().getIterationCount());

        Network readBack = new Network(ours.getConfiguration()).init(ours.params());
        ParameterTransfer transfer = ParameterTransfer.between(readBack, theirs);
        assertClose(ours.params(), transfer.fromDl4jLayout(theirs.params()), 0, "parameters");
        UpdaterState.copyFromDl4j(theirs, readBack, transfer);
        INDArray expected = ours.getUpdater().stateView();
        assertEquals(updater == UpdaterKind.SGD ? 0 : updater == UpdaterKind.ADAM ? 2 * ours.numParams()
                : ours.numParams(), expected.length(), "state length");
        if (expected.length() > 0) {
            assertClose(expected, readBack.getUpdater().stateView(), 0, updater + " state");
        }
    }

    /**
     * Ours trains two steps, is exported with its updater state, and then both take the same third step: the
     * parameters must agree, which they can only if the moments, the histories and the iteration count (Adam's
     * bias correction) were carried over exactly. Double precision, L2 and weight decay on.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(UpdaterKind.class)
    void exportedUpdaterStateContinuesTrainingIdentically(UpdaterKind updater) throws IOException {
        Network ours = trainedTwice(updater);
        MultiLayerNetwork theirs = exportAndRestore(ours, true);

        SequenceDataSet data = data(LossFunction.MCXENT, DataType.DOUBLE);
        ours.fit(data);
        theirs.fit(new DataSet(data.features(), data.labels()));
        assertClose(ours.params(), inOurLayout(ours, theirs), DOUBLE_TOLERANCE, updater + " after the third update");
    }

    /** The continuation test can fail: without the state, DL4J's next update differs for every stateful updater. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = UpdaterKind.class, names = "SGD", mode = EnumSource.Mode.EXCLUDE)
    void withoutUpdaterStateTheNextUpdateDiffers(UpdaterKind updater) throws IOException {
        Network ours = trainedTwice(updater);
        MultiLayerNetwork theirs = exportAndRestore(ours, false);
        assertEquals(0, theirs.getLayerWiseConfigurations().getIterationCount());

        SequenceDataSet data = data(LossFunction.MCXENT, DataType.DOUBLE);
        ours.fit(data);
        theirs.fit(new DataSet(data.features(), data.labels()));
        double diff = maxAbsDiff(ours.params(), inOurLayout(ours, theirs));
        assertTrue(diff > CLEARLY_DIFFERENT, updater + ": expected a different update, diff " + diff);
    }

    @Test
    void exportReplacesAnExistingFileAndLeavesNoTemporaryFile() throws IOException {
        Path zip = dir.resolve("model.zip");
        Files.writeString(zip, "old content");
        Network ours = network(new LSTM.Builder().nOut(HIDDEN).build(), LossFunction.MSE, DataType.FLOAT,
                new Sgd(0.1), 3);

        Dl4jExporter.export(ours, zip, true);

        MultiLayerNetwork theirs = ModelSerializer.restoreMultiLayerNetwork(zip.toFile(), true);
        assertEquals(ours.numParams(), theirs.numParams());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(zip), files.toList());
        }
    }

    @Test
    void differencesNameEveryRecurrentLayerAndTheOutputLayer() {
        NetworkConfiguration conf = new NetworkConfiguration.Builder().inputSize(N_IN)
                .layer(RecurrentKind.LSTM.layer(HIDDEN))
                .layer(RecurrentKind.BIDIRECTIONAL_ADD_GRAVES_LSTM.layer(HIDDEN))
                .layer(RecurrentKind.BIDIRECTIONAL_CONCAT_LSTM.layer(HIDDEN))
                .layer(new DenseLayer.Builder().nOut(DENSE).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(N_OUT).build())
                .build();

        List<Dl4jDifference> differences = Dl4jExporter.differences(conf);

        assertEquals(List.of(0, 1, 2, Dl4jDifference.NETWORK), differences.stream().map(Dl4jDifference::layer)
                .toList(), "the dense layer behaves the same; the others do not");
        assertTrue(differences.get(0).description().contains("ignores the features mask"));
        assertEquals("GravesBidirectionalLSTM", differences.get(1).dl4jLayer());
        assertTrue(differences.get(1).description().contains("zeroes its state"));
        assertTrue(differences.get(2).description().contains("backward direction starts in the padding"));
        assertTrue(differences.get(3).summary().startsWith("network: "));
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** The stateful updaters and SGD, with settings away from the defaults so that a mix-up would show. */
    enum UpdaterKind {
        SGD(new Sgd(0.2)),
        NESTEROVS(new Nesterovs(0.05, 0.7)),
        ADAM(new Adam(0.02, 0.8, 0.95, 1e-6)),
        RMSPROP(new RmsProp(0.01, 0.9, 1e-6)),
        ADAGRAD(new AdaGrad(0.05, 1e-5));

        final UpdaterConfig config;

        UpdaterKind(UpdaterConfig config) {
            this.config = config;
        }
    }

    private Network trainedTwice(UpdaterKind updater) {
        NetworkConfiguration conf = new NetworkConfiguration.Builder()
                .seed(11).dataType(DataType.DOUBLE).updater(updater.config).l2(0.01).weightDecay(0.002)
                .inputSize(N_IN)
                .layer(RecurrentKind.BIDIRECTIONAL_ADD_GRAVES_LSTM.layer(HIDDEN))
                .layer(new DenseLayer.Builder().nOut(DENSE).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(N_OUT).build())
                .build();
        Network ours = new Network(conf).init();
        ours.setParams(TestData.uniform(new Random(5), DataType.DOUBLE, 0.8, ours.numParams()));
        for (int i = 0; i < 2; i++) {
            ours.fit(data(LossFunction.MCXENT, DataType.DOUBLE, 100 + i));
        }
        return ours;
    }

    private MultiLayerNetwork exportAndRestore(Network ours, boolean includeUpdaterState) throws IOException {
        Path zip = dir.resolve("exported.zip");
        Dl4jExporter.export(ours, zip, includeUpdaterState);
        return ModelSerializer.restoreMultiLayerNetwork(zip.toFile(), includeUpdaterState);
    }

    private static Network network(LayerConf recurrent, LossFunction loss, DataType dataType, UpdaterConfig updater,
            long seed) {
        NetworkConfiguration conf = new NetworkConfiguration.Builder()
                .seed(42).dataType(dataType).updater(updater).inputSize(N_IN)
                .layer(recurrent)
                .layer(new DenseLayer.Builder().nOut(DENSE).build())
                .layer(new RnnOutputLayer.Builder(loss).nOut(N_OUT).build())
                .build();
        Network net = new Network(conf).init();
        net.setParams(TestData.uniform(new Random(1000 + seed), dataType, 0.8, net.numParams()));
        return net;
    }

    private static INDArray features(DataType dataType) {
        return TestData.uniform(new Random(7), dataType, 1.5, MINI_BATCH, N_IN, STEPS);
    }

    private static SequenceDataSet data(LossFunction loss, DataType dataType) {
        return data(loss, dataType, 7);
    }

    private static SequenceDataSet data(LossFunction loss, DataType dataType, long seed) {
        Random rng = new Random(seed);
        INDArray features = TestData.uniform(rng, dataType, 1.5, MINI_BATCH, N_IN, STEPS);
        INDArray labels = TestData.labels(rng, loss, MINI_BATCH, N_OUT, STEPS).castTo(dataType);
        return new SequenceDataSet(features, labels);
    }

    /** DL4J's parameters rearranged into our flat layout {@code [numParams]}. */
    private static INDArray inOurLayout(Network ours, MultiLayerNetwork theirs) {
        return ParameterTransfer.between(ours, theirs).fromDl4jLayout(theirs.params());
    }
}
