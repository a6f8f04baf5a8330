package org.rnnworkbench.interop.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rnnworkbench.interop.dl4j.TestData.DOUBLE_TOLERANCE;
import static org.rnnworkbench.interop.dl4j.TestData.FLOAT_TOLERANCE;
import static org.rnnworkbench.interop.dl4j.TestData.assertClose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.Convolution1DLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.conf.layers.GravesBidirectionalLSTM;
import org.deeplearning4j.nn.conf.layers.GravesLSTM;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.Bidirectional;
import org.deeplearning4j.nn.conf.layers.recurrent.SimpleRnn;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.rnnworkbench.model.conf.LossFunction;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.data.SequenceDataSet;
import org.rnnworkbench.model.nn.Network;

/**
 * DL4J-built networks -> zip ({@code ModelSerializer.writeModel}) -> our import -> the same outputs and the same
 * {@code rnnTimeStep} sequence; imported updater state continues DL4J's training exactly; layers and settings we
 * cannot represent are all listed in one error.
 */
class ImportTest {
    private static final int N_IN = 3;
    private static final int MINI_BATCH = 2;
    private static final int STEPS = 8;

    @TempDir
    Path dir;

    /** A stack of every unidirectional layer, as a character model would be stepped. */
    @Test
    void importedStackGivesDl4jsOutputsAndRnnTimeStepSequence() throws IOException {
        MultiLayerNetwork theirs = dl4j(DataType.FLOAT, new Sgd(0.1),
                new LSTM.Builder().nIn(N_IN).nOut(5).build(),
                new GravesLSTM.Builder().nIn(5).nOut(4).activation(Activation.SOFTSIGN).build(),
                new SimpleRnn.Builder().nIn(4).nOut(4).build(),
                new DenseLayer.Builder().nIn(4).nOut(6).activation(Activation.RELU).build(),
                new RnnOutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(6).nOut(3)
                        .activation(Activation.SOFTMAX).build());

        Network ours = Dl4jImporter.importModel(save(theirs, false));

        assertEquals(List.of("LSTM", "GravesLSTM", "SimpleRnn", "DenseLayer", "RnnOutputLayer"),
                ours.getConfiguration().layers().stream().map(l -> l.typeName()).toList());
        INDArray features = TestData.uniform(new Random(3), DataType.FLOAT, 1.5, MINI_BATCH, N_IN, STEPS);
        assertClose(theirs.output(features), ours.output(features), FLOAT_TOLERANCE, "output");

        // One step at a time as [miniBatch, nIn], then the rest in chunks of three steps [miniBatch, nIn, 3].
        theirs.rnnClearPreviousState();
        ours.rnnClearPreviousState();
        for (int t = 0; t < 2; t++) {
            INDArray step = features.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(t)).dup();
            assertClose(theirs.rnnTimeStep(step), ours.rnnTimeStep(step), FLOAT_TOLERANCE, "rnnTimeStep at " + t);
        }
        for (int t = 2; t < STEPS; t += 3) {
            INDArray chunk = features.get(NDArrayIndex.all(), NDArrayIndex.all(),
                    NDArrayIndex.interval(t, Math.min(t + 3, STEPS))).dup();
            assertClose(theirs.rnnTimeStep(chunk), ours.rnnTimeStep(chunk), FLOAT_TOLERANCE,
                    "rnnTimeStep from " + t);
        }
    }

    /** DL4J's bidirectional layers, both modes, and its GravesBidirectionalLSTM. */
    enum Dl4jBidirectional {
        CONCAT_LSTM, ADD_LSTM, CONCAT_GRAVES_LSTM, ADD_GRAVES_LSTM, GRAVES_BIDIRECTIONAL_LSTM, CONCAT_SIMPLE_RNN,
        ADD_SIMPLE_RNN;

        /** The layer, with {@code nIn} inputs and {@code nOut} outputs per direction. */
        Layer layer(int nIn, int nOut) {
            Bidirectional.Mode mode = name().startsWith("ADD") ? Bidirectional.Mode.ADD : Bidirectional.Mode.CONCAT;
            switch (this) {
                case GRAVES_BIDIRECTIONAL_LSTM:
                    return new GravesBidirectionalLSTM.Builder().nIn(nIn).nOut(nOut).build();
                case CONCAT_LSTM:
                case ADD_LSTM:
                    return new Bidirectional(mode, new LSTM.Builder().nIn(nIn).nOut(nOut).build());
                case CONCAT_GRAVES_LSTM:
                case ADD_GRAVES_LSTM:
                    return new Bidirectional(mode, new GravesLSTM.Builder().nIn(nIn).nOut(nOut).build());
                default:
                    return new Bidirectional(mode, new SimpleRnn.Builder().nIn(nIn).nOut(nOut).build());
            }
        }

        int outputs(int nOut) {
            return name().startsWith("CONCAT") ? 2 * nOut : nOut;
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dl4jBidirectional.class)
    void importedBidirectionalGivesDl4jsOutputs(Dl4jBidirectional kind) throws IOException {
        MultiLayerNetwork theirs = dl4j(DataType.FLOAT, new Sgd(0.1),
                kind.layer(N_IN, 4),
                new DenseLayer.Builder().nIn(kind.outputs(4)).nOut(5).build(),
                new RnnOutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(5).nOut(2)
                        .activation(Activation.IDENTITY).build());

        Network ours = Dl4jImporter.importModel(save(theirs, false));

        INDArray features = TestData.uniform(new Random(4), DataType.FLOAT, 1.5, MINI_BATCH, N_IN, STEPS);
        assertClose(theirs.output(features), ours.output(features), FLOAT_TOLERANCE, kind + " output");
    }

    /**
     * DL4J trains two Adam steps with L2 and saves with its updater state; after import both take the same third
     * step and must agree, which needs the moments and the iteration count to have been carried over exactly.
     */
    @Test
    void importedUpdaterStateContinuesDl4jsTraining() throws IOException {
        MultiLayerNetwork theirs = dl4j(DataType.DOUBLE, new Adam(0.03, 0.85, 0.97, 1e-7),
                new Bidirectional(new GravesLSTM.Builder().nIn(N_IN).nOut(4).build()),
                new DenseLayer.Builder().nIn(8).nOut(5).build(),
                new RnnOutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(5).nOut(3)
                        .activation(Activation.SOFTMAX).build());
        for (int i = 0; i < 2; i++) {
            theirs.fit(dataSet(10 + i));
        }

        Network ours = Dl4jImporter.importModel(save(theirs, true));
        assertEquals(2, ours.getIterationCount());
        assertInstanceOf(org.rnnworkbench.model.conf.Adam.class, ours.getConfiguration().updater());
        assertEquals(0.01, ours.getConfiguration().l2());

        DataSet next = dataSet(20);
        theirs.fit(next);
        ours.fit(new SequenceDataSet(next.getFeatures(), next.getLabels()));
        INDArray theirsInOurLayout = ParameterTransfer.between(ours, theirs).fromDl4jLayout(theirs.params());
        assertClose(theirsInOurLayout, ours.params(), DOUBLE_TOLERANCE, "parameters after the third update");
    }

    /** Without updater state in the zip the updater starts afresh, and the counts with it. */
    @Test
    void withoutUpdaterStateTheUpdaterStartsAfresh() throws IOException {
        MultiLayerNetwork theirs = dl4j(DataType.FLOAT, new Adam(0.03),
                new LSTM.Builder().nIn(N_IN).nOut(4).build(),
                new RnnOutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(4).nOut(2)
                        .activation(Activation.IDENTITY).build());
        theirs.fit(dataSet(1, DataType.FLOAT, 2));

        Network ours = Dl4jImporter.importModel(save(theirs, false));

        assertEquals(0, ours.getIterationCount());
        assertEquals(0.0, ours.getUpdater().stateView().amaxNumber().doubleValue());
    }

    @Test
    void unsupportedLayersAreAllListedByIndexAndClass() throws IOException {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder().seed(1).list()
                .layer(new EmbeddingSequenceLayer.Builder().nIn(10).nOut(4).build())
                .layer(new LSTM.Builder().nIn(4).nOut(5).build())
                .layer(new Convolution1DLayer.Builder().kernelSize(1).nIn(5).nOut(3).build())
                .layer(new RnnOutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(3).nOut(2)
                        .activation(Activation.SOFTMAX).build());
        list.setInputType(InputType.recurrent(1));
        MultiLayerNetwork theirs = new MultiLayerNetwork(list.build());
        theirs.init();

        UnsupportedDl4jModelException e = assertThrows(UnsupportedDl4jModelException.class,
                () -> Dl4jImporter.importModel(save(theirs, false)));

        assertEquals(2, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).startsWith("layer 0 (EmbeddingSequenceLayer): layer type not supported"),
                e.getMessage());
        assertTrue(e.problems().get(1).startsWith("layer 2 (Convolution1DLayer): layer type not supported"),
                e.getMessage());
        assertTrue(e.getMessage().startsWith("model.zip cannot be imported:\n  - layer 0"), e.getMessage());
    }

    @Test
    void unsupportedSettingsAreListedWithTheirLayer() throws IOException {
        MultiLayerNetwork theirs = dl4j(DataType.FLOAT, new Sgd(0.1),
                new LSTM.Builder().nIn(N_IN).nOut(4).dropOut(0.8).build(),
                new DenseLayer.Builder().nIn(4).nOut(5).activation(Activation.LEAKYRELU).build(),
                new RnnOutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(5).nOut(2)
                        .activation(Activation.IDENTITY).hasBias(false).build());

        UnsupportedDl4jModelException e = assertThrows(UnsupportedDl4jModelException.class,
                () -> Dl4jImporter.importModel(save(theirs, false)));

        String message = e.getMessage();
        assertTrue(message.contains("layer 0 (LSTM): dropout"), message);
        assertTrue(message.contains("layer 1 (DenseLayer): activation"), message);
        assertTrue(message.contains("layer 2 (RnnOutputLayer): no bias"), message);
    }

    @Test
    void aFileThatIsNotADl4jModelIsAClearIoError() throws IOException {
        Path text = dir.resolve("notes.zip");
        Files.writeString(text, "not a zip");

        IOException e = assertThrows(IOException.class, () -> Dl4jImporter.importModel(text));

        assertFalse(e instanceof UnsupportedDl4jModelException);
        assertTrue(e.getMessage().contains("notes.zip"), e.getMessage());
    }

    /** Import then export gives DL4J back the network it started from. */
    @Test
    void importThenExportGivesTheSameDl4jNetwork() throws IOException {
        MultiLayerNetwork theirs = dl4j(DataType.FLOAT, new Sgd(0.1),
                new GravesBidirectionalLSTM.Builder().nIn(N_IN).nOut(4).build(),
                new RnnOutputLayer.Builder(LossFunctions.LossFunction.XENT).nIn(4).nOut(2)
                        .activation(Activation.SIGMOID).build());
        Network ours = Dl4jImporter.importModel(save(theirs, false));
        NetworkConfiguration conf = ours.getConfiguration();
        assertEquals(LossFunction.XENT, conf.outputLayer().lossFunction());

        MultiLayerNetwork back = Dl4jExporter.toMultiLayerNetwork(ours, false);

        assertEquals(theirs.getLayerWiseConfigurations().getConf(0).getLayer().getClass(),
                back.getLayerWiseConfigurations().getConf(0).getLayer().getClass());
        assertClose(theirs.params(), back.params(), 0, "parameters");
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** A DL4J network of the given layers with random parameters, biases included. */
    private static MultiLayerNetwork dl4j(DataType dataType, IUpdater updater, Layer... layers) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .seed(123).dataType(dataType).updater(updater).l2(0.01).list();
        for (Layer layer : layers) {
            list.layer(layer);
        }
        list.setInputType(InputType.recurrent(N_IN));
        MultiLayerNetwork net = new MultiLayerNetwork(list.build());
        net.init();
        net.setParams(TestData.uniform(new Random(99), dataType, 0.8, 1, net.numParams()));
        return net;
    }

    private Path save(MultiLayerNetwork net, boolean withUpdater) throws IOException {
        Path zip = dir.resolve("model.zip");
        ModelSerializer.writeModel(net, zip.toFile(), withUpdater);
        return zip;
    }

    private static DataSet dataSet(long seed) {
        return dataSet(seed, DataType.DOUBLE, 3);
    }

    private static DataSet dataSet(long seed, DataType dataType, int nOut) {
        Random rng = new Random(seed);
        INDArray features = TestData.uniform(rng, dataType, 1.5, MINI_BATCH, N_IN, STEPS);
        LossFunction loss = nOut == 3 ? LossFunction.MCXENT : LossFunction.MSE;
        INDArray labels = TestData.labels(rng, loss, MINI_BATCH, nOut, STEPS).castTo(dataType);
        return new DataSet(features, labels);
    }
}
