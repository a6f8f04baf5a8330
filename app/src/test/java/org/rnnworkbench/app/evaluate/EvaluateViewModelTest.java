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
import org.junit.jupiter.api.Test;
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
}
