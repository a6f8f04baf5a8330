package org.rnnworkbench.app.evaluate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.rnnworkbench.app.data.SequenceFolders;
import org.rnnworkbench.app.ui.PlotLine;
import org.rnnworkbench.model.data.AlignmentMode;
import org.rnnworkbench.model.data.BatchSettings;
import org.rnnworkbench.model.data.CsvFormat;
import org.rnnworkbench.model.data.CsvSequenceSource;
import org.rnnworkbench.model.data.LabelType;
import org.rnnworkbench.model.data.NumberedFiles;
import org.rnnworkbench.model.data.SequenceCsvSpec;
import org.rnnworkbench.model.data.SequenceDataSetIterator;
import org.rnnworkbench.app.train.TrainServices;
import org.rnnworkbench.app.train.TrainingData;
import org.rnnworkbench.model.conf.Adam;
import org.rnnworkbench.model.conf.LossFunction;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.conf.RnnOutputLayer;
import org.rnnworkbench.model.conf.SimpleRnn;
import org.rnnworkbench.model.data.ListSequenceDataSetIterator;
import org.rnnworkbench.model.data.SequenceDataSet;
import org.rnnworkbench.model.eval.Evaluation;
import org.rnnworkbench.model.nn.Network;
import org.nd4j.linalg.factory.Nd4j;

class EvaluateViewModelTest {
    private static final int IN = 3;
    private static final int OUT = 2;

    private static Network network(LossFunction loss) {
        return new Network(new NetworkConfiguration.Builder().seed(3).updater(new Adam(0.01))
                .layer(new SimpleRnn.Builder().nIn(IN).nOut(4).build())
                .layer(new RnnOutputLayer.Builder(loss).nOut(OUT).build()).build()).init();
    }

    /** One minibatch of two sequences, the second padded after 3 of 5 steps. */
    private static SequenceDataSet batch() {
        float[] x = new float[2 * IN * 5];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) Math.sin(i * 0.7);
        }
        float[] y = new float[2 * OUT * 5];
        for (int b = 0; b < 2; b++) {
            for (int t = 0; t < 5; t++) {
                y[(b * OUT + (t + b) % OUT) * 5 + t] = 1;
            }
        }
        float[] mask = {1, 1, 1, 1, 1, 1, 1, 1, 0, 0};
        return new SequenceDataSet(Nd4j.create(x, new long[] {2, IN, 5}, 'c'), Nd4j.create(y, new long[] {2, OUT, 5},
                'c'), Nd4j.create(mask, new long[] {2, 5}, 'c'), Nd4j.create(mask.clone(), new long[] {2, 5}, 'c'));
    }

    private static TrainingData data() {
        List<SequenceDataSet> batches = List.of(batch());
        return new TrainingData("test", () -> new ListSequenceDataSetIterator(batches),
                Optional.of(() -> new ListSequenceDataSetIterator(batches)), TrainingData.ThroughputUnit.EXAMPLES,
                OptionalInt.of(1));
    }

    private static EvaluateViewModel vm(Network net, java.util.concurrent.Executor training) {
        TrainServices s = TrainServices.of(training, Runnable::run);
        return new EvaluateViewModel(new SimpleObjectProperty<>(net), new SimpleBooleanProperty(false), c -> data(),
                s);
    }

    @Test
    void classesAreNamedAsTheDataNamesThem() {
        Network net = network(LossFunction.MCXENT);
        List<SequenceDataSet> batches = List.of(batch());
        List<String> names = java.util.stream.IntStream.range(0, OUT).mapToObj(i -> "'" + (char) ('a' + i) + "'")
                .toList();
        TrainingData named = new TrainingData("named", () -> new ListSequenceDataSetIterator(batches),
                Optional.of(() -> new ListSequenceDataSetIterator(batches)), TrainingData.ThroughputUnit.CHARACTERS,
                OptionalInt.of(1), () -> names);
        EvaluateViewModel vm = new EvaluateViewModel(new SimpleObjectProperty<>(net), new SimpleBooleanProperty(false),
                c -> named, TrainServices.of(Runnable::run, Runnable::run));
        assertEquals("class 0", vm.classNames(OUT).get(0), "before an evaluation");
        vm.evaluate();
        assertEquals(names, vm.classNames(OUT));
    }

    @Test
    void classificationFiguresEqualTheEnginesEvaluationAndCountOnlyPresentLabels() {
        Network net = network(LossFunction.MCXENT);
        EvaluateViewModel vm = vm(net, Runnable::run);
        vm.evaluate();
        EvaluationReport report = vm.reportProperty().get();
        assertTrue(report.isClassification());
        SequenceDataSet b = batch();
        Evaluation engine = new Evaluation(OUT);
        engine.evalTimeSeries(b.labels(), net.output(b.features(), b.featuresMask()), b.labelsMask());
        assertEquals(engine.accuracy(), report.classification().accuracy());
        for (int i = 0; i < OUT; i++) {
            assertArrayEquals(engine.confusionMatrix()[i], report.classification().confusionMatrix()[i]);
        }
        assertEquals(8, report.countedSteps());
        assertEquals(2, report.maskedOutSteps());
        assertTrue(vm.messageProperty().get().contains("8 steps counted"), vm.messageProperty().get());
        assertFalse(vm.runningProperty().get());
    }

    @Test
    void regressionGivesMseMaeRmseAndR2OverPresentSteps() {
        Network net = network(LossFunction.MSE);
        EvaluateViewModel vm = vm(net, Runnable::run);
        vm.evaluate();
        RegressionFigures r = vm.reportProperty().get().regression();
        assertEquals(8, r.countedSteps());
        assertEquals(Math.sqrt(r.mse(0)), r.rmse(0), 1e-12);
        // labels are one-hot: over the 8 present steps column 0 holds 4 ones (mean 0.5, SST = 2)
        assertEquals(1 - r.mse(0) * 8 / 2.0, r.r2(0), 1e-9);
    }

    @Test
    void cancelKeepsThePreviousFigures() {
        ArrayDeque<Runnable> queue = new ArrayDeque<>();
        EvaluateViewModel vm = vm(network(LossFunction.MCXENT), queue::add);
        vm.evaluate();
        assertTrue(vm.runningProperty().get());
        assertFalse(vm.canEvaluateProperty().get(), "one evaluation at a time");
        vm.cancel();
        queue.poll().run();
        assertFalse(vm.runningProperty().get());
        assertNull(vm.reportProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("Evaluation cancelled"));
    }

    @Test
    void theHeatMapNormalisesEachRow() {
        double[][] heat = EvaluateViewModel.heat(new long[][] {{3, 1}, {0, 0}}, true);
        assertArrayEquals(new double[] {0.75, 0.25}, heat[0]);
        assertArrayEquals(new double[] {0, 0}, heat[1], "an empty row stays empty");
        assertArrayEquals(new double[] {3, 1}, EvaluateViewModel.heat(new long[][] {{3, 1}, {0, 0}}, false)[0]);
    }

    @Test
    void manyToOneCsvDataGivesEachExamplesPredictionAtItsLastRealStepReadOffTheUiThread(@TempDir Path dir) {
        int[] lengths = {3, 5, 2, 4, 6};
        Path root = SequenceFolders.manyToOne(dir, IN, OUT, lengths);
        SequenceCsvSpec spec = SequenceCsvSpec.separateFiles(new NumberedFiles("features/%d.csv", 0, 4),
                new NumberedFiles("labels/%d.csv", 0, 4), LabelType.CLASSIFICATION, OUT, AlignmentMode.ALIGN_END,
                CsvFormat.detect());
        CsvSequenceSource source = CsvSequenceSource.open(spec, root);
        TrainingData data = new TrainingData("csv", () -> source.iterator(BatchSettings.inOrder(2)),
                Optional.of(() -> source.iterator(BatchSettings.inOrder(2))), TrainingData.ThroughputUnit.EXAMPLES,
                OptionalInt.of(3));
        Network net = network(LossFunction.MCXENT);
        ArrayDeque<Runnable> training = new ArrayDeque<>();
        EvaluateViewModel vm = new EvaluateViewModel(new SimpleObjectProperty<>(net), new SimpleBooleanProperty(false),
                c -> data, TrainServices.of(training::add, Runnable::run));
        vm.evaluate();
        assertTrue(vm.predictionRows().isEmpty(), "nothing is computed on the calling (UI) thread");
        training.poll().run();
        assertTrue(vm.manyToOneProperty().get());

        // the reference: the network's output at each example's last step (ALIGN_END puts the one-line label
        // there; the minibatch pads after the shorter examples)
        List<double[]> expected = new java.util.ArrayList<>();
        SequenceDataSetIterator it = source.iterator(BatchSettings.inOrder(2));
        while (it.hasNext()) {
            SequenceDataSet b = it.next();
            INDArray out = net.output(b.features(), b.featuresMask(), b.labelsMask());
            for (int e = 0; e < b.miniBatchSize(); e++) {
                int last = lengths[expected.size()] - 1;
                assertEquals(1.0, b.labelsMask().getDouble(e, last), "the label sits at the last real step");
                expected.add(out.get(NDArrayIndex.point(e), NDArrayIndex.all(), NDArrayIndex.point(last))
                        .toDoubleVector());
            }
        }
        vm.predictionFilterProperty().set(EvaluateViewModel.PredictionFilter.ALL);
        List<ExamplePrediction> rows = List.copyOf(vm.predictionRows());
        assertEquals(lengths.length, rows.size());
        for (int i = 0; i < lengths.length; i++) {
            ExamplePrediction row = rows.get(i);
            int guess = expected.get(i)[0] >= expected.get(i)[1] ? 0 : 1;
            assertEquals(i, row.index());
            assertEquals(i + ".csv", row.source());
            assertEquals(i % OUT, row.actual());
            assertEquals(guess, row.predicted());
            assertEquals(expected.get(i)[guess], row.confidence(), 1e-6);
            assertEquals(lengths[i] - 1, row.step(), "read at the example's own last step");
        }

        vm.predictionFilterProperty().set(EvaluateViewModel.PredictionFilter.MISTAKES);
        List<ExamplePrediction> mistakes = List.copyOf(vm.predictionRows());
        assertEquals(rows.stream().filter(r -> !r.correct()).count(), mistakes.size());
        for (int i = 1; i < mistakes.size(); i++) {
            assertTrue(mistakes.get(i - 1).confidence() >= mistakes.get(i).confidence(), "most confident first");
        }

        ExamplePrediction fourth = rows.get(4);
        vm.openSequence(fourth);
        OpenedSequence opened = vm.openedSequenceProperty().get();
        assertTrue(opened.title().startsWith("Example 4 · 4.csv: true class 0, predicted class " + fourth.predicted()),
                opened.title());
        assertEquals(IN, opened.inputs().size());
        assertEquals(6, opened.inputs().get(0).drawnPoints(), "the example's 6 steps, no padding");
        assertEquals(SequenceFolders.value(4, 2, 1), opened.inputs().get(1).ys()[2], 1e-6);
        assertEquals(OUT, opened.probabilities().size());
        double[] atEnd = opened.probabilities().get(fourth.predicted()).ys();
        assertEquals(fourth.confidence(), atEnd[atEnd.length - 1], 1e-6);
        vm.openSequence(null);
        assertNull(vm.openedSequenceProperty().get());
    }

    @Test
    void aRegressorOffersEachSequencesPredictionAndActualValuesWhereTheLabelIsPresent() {
        Network net = network(LossFunction.MSE);
        EvaluateViewModel vm = vm(net, Runnable::run);
        vm.evaluate();
        assertFalse(vm.manyToOneProperty().get());
        assertTrue(vm.predictionRows().isEmpty());
        assertEquals(2, vm.regressionSequences().size());
        assertEquals(List.of(0, 1), vm.outputColumns());
        assertEquals(vm.regressionSequences().get(0), vm.chosenSequenceProperty().get());

        SequenceDataSet b = batch();
        INDArray out = net.output(b.features(), b.featuresMask(), b.labelsMask());
        SequenceTrace second = vm.regressionSequences().get(1);
        assertEquals(3, second.steps(), "the second sequence is padded after 3 of 5 steps");
        vm.chosenSequenceProperty().set(second);
        vm.outputColumnProperty().set(1);
        List<PlotLine> lines = vm.regressionLinesProperty().get();
        assertEquals(List.of("actual", "predicted"), lines.stream().map(PlotLine::name).toList());
        for (int t = 0; t < 3; t++) {
            assertEquals(b.labels().getDouble(1, 1, t), lines.get(0).ys()[t], 1e-6);
            assertEquals(out.getDouble(1, 1, t), lines.get(1).ys()[t], 1e-6);
        }
        assertEquals("example 1", EvaluateViewModel.describe(second));
    }
}
