package org.rnnworkbench.app.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnworkbench.app.project.AtomicFileWriter;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.conf.Sgd;
import org.rnnworkbench.model.io.ModelFile;

/** The Train area's view-model with the training and UI work on the test's own thread. */
class TrainViewModelTest {
    @TempDir
    Path dir;

    private final SimpleObjectProperty<Optional<NetworkConfiguration>> conf =
            new SimpleObjectProperty<>(Optional.of(TinyTask.conf()));
    private final SimpleObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final AtomicInteger uiTasks = new AtomicInteger();

    private TrainServices services() {
        return new TrainServices(Runnable::run, r -> {
            uiTasks.incrementAndGet();
            r.run();
        }, () -> 0L, Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC),
                TrainServices.DEFAULT_UI_INTERVAL_NANOS, new ModelFile(), new RunStore(new AtomicFileWriter()));
    }

    private TrainViewModel vm() {
        return new TrainViewModel(conf, c -> c.outputLayer().lossFunction().name().equals("MSE")
                ? TinyTask.regressionData() : TinyTask.data(), folder, services());
    }

    @Test
    void twoEpochsGiveOneLossPointPerIterationAndFewUiTasks() {
        TrainViewModel vm = vm();
        vm.epochsProperty().set(2);
        vm.start();
        assertEquals(TrainState.IDLE, vm.stateProperty().get());
        assertEquals(4, vm.iterationProperty().get(), "two minibatches, two epochs");
        assertEquals(4, vm.charts().loss().size(), "one point per iteration");
        assertEquals(2, vm.charts().validationLoss().size());
        assertEquals(2, vm.charts().validationMetric().size());
        assertTrue(vm.charts().isClassification());
        assertEquals(2, vm.charts().updateRatios().size(), "one ratio series per layer");
        assertEquals(4, vm.charts().updateRatios().get(0).size());
        assertTrue(vm.charts().updateRatios().get(0).y(0) > 0);
        assertEquals(1.0, vm.progressProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("Finished 2 epochs"), vm.messageProperty().get());
        assertTrue(vm.messageProperty().get().contains("kept in memory only"));
        assertNotNull(vm.networkProperty().get());
        assertTrue(vm.hasBestProperty().get());
        assertEquals(1, vm.runs().size());
        // the clock stands still, so the coalescer posts only the first drain, the epoch flushes and the end
        assertTrue(uiTasks.get() <= 6, "UI tasks: " + uiTasks.get());
    }

    @Test
    void aSavedProjectGetsTheModelTheBestModelAndTheRunFile() throws Exception {
        folder.set(dir);
        TrainViewModel vm = vm();
        vm.epochsProperty().set(2);
        vm.start();
        assertTrue(Files.isRegularFile(dir.resolve("model.rnnwb")));
        assertTrue(Files.isRegularFile(dir.resolve("best.rnnwb")));
        RunStore.Listing listing = new RunStore(new AtomicFileWriter()).list(dir);
        assertEquals(1, listing.runs().size());
        RunRecord run = listing.runs().get(0);
        assertEquals("run-20250301-100000", run.id());
        assertEquals(4, run.iterations().length);
        assertEquals(2, run.epochs().size());
        assertEquals(RunOutcome.Kind.FINISHED, run.outcome());
        assertEquals("Adam(lr=0.02)", run.settings().updater());

        // reopening the project loads the model and lists the run
        TrainViewModel reopened = vm();
        assertEquals(4, reopened.networkProperty().get().getIterationCount());
        assertEquals(1, reopened.runs().size());
        assertTrue(reopened.runs().get(0).comparedProperty().get());

        // Start continues the loaded network; the second run gets its own file
        reopened.epochsProperty().set(1);
        reopened.start();
        assertEquals(6, reopened.iterationProperty().get());
        assertEquals(2, new RunStore(new AtomicFileWriter()).list(dir).runs().size());
    }

    @Test
    void aChangedModelStartsFreshAndResetForgetsTheNetwork() {
        TrainViewModel vm = vm();
        vm.epochsProperty().set(1);
        vm.start();
        assertEquals(2, vm.iterationProperty().get());
        conf.set(Optional.of(TinyTask.truncated(10, 10)));
        vm.start();
        assertTrue(vm.iterationProperty().get() > 2, "a fresh network under TBPTT: one update per segment");
        assertTrue(vm.stripProperty().get().truncated());
        assertTrue(vm.messageProperty().get().startsWith("Finished"));
        vm.reset();
        assertNull(vm.networkProperty().get());
        assertFalse(vm.hasBestProperty().get());
    }

    @Test
    void aDivergingRunShowsTheMessageAndKeepsFiniteParameters() {
        conf.set(Optional.of(TinyTask.regression(new Sgd(1e6))));
        TrainViewModel vm = vm();
        vm.epochsProperty().set(30);
        vm.start();
        assertTrue(vm.divergenceProperty().get().contains("diverged"), vm.divergenceProperty().get());
        assertTrue(vm.divergenceProperty().get().contains("last good parameters are kept"));
        float[] params = vm.networkProperty().get().params().toFloatVector();
        for (float v : params) {
            assertTrue(Float.isFinite(v));
        }
        assertEquals(RunOutcome.Kind.DIVERGED, vm.runs().get(0).run().outcome());
    }

    @Test
    void revertToBestRestoresTheBestEpochsCounters() {
        TrainViewModel vm = vm();
        vm.epochsProperty().set(3);
        vm.start();
        assertTrue(vm.hasBestProperty().get());
        vm.revertToBest();
        assertTrue(vm.messageProperty().get().startsWith("Reverted to the best model"), vm.messageProperty().get());
        assertTrue(vm.iterationProperty().get() <= 6);
        assertEquals(vm.networkProperty().get().getIterationCount(), vm.iterationProperty().get());
    }

    @Test
    void nothingStartsWithoutAValidModel() {
        conf.set(Optional.empty());
        TrainViewModel vm = vm();
        assertFalse(vm.canStartProperty().get());
        vm.start();
        assertEquals(TrainState.IDLE, vm.stateProperty().get());
        assertNull(vm.networkProperty().get());
    }

    @Test
    void pauseResumeAndStopFollowTheStateMachineWithAQueuedTrainingThread() {
        ArrayDeque<Runnable> trainingQueue = new ArrayDeque<>();
        TrainServices s = services();
        TrainViewModel vm = new TrainViewModel(conf, c -> TinyTask.data(), folder, new TrainServices(
                trainingQueue::add, Runnable::run, s.nanoClock(), s.clock(), s.uiIntervalNanos(), s.models(),
                s.runs()));
        vm.untilStoppedProperty().set(true);
        vm.start();
        assertEquals(TrainState.RUNNING, vm.stateProperty().get());
        assertFalse(vm.canStartProperty().get());
        vm.pause();
        assertEquals(TrainState.PAUSED, vm.stateProperty().get());
        vm.resume();
        assertEquals(TrainState.RUNNING, vm.stateProperty().get());
        vm.stop();
        assertEquals(TrainState.STOPPING, vm.stateProperty().get());
        // the queued run now starts, sees the stop before its first minibatch and ends
        trainingQueue.poll().run();
        assertEquals(TrainState.IDLE, vm.stateProperty().get());
        assertEquals(0, vm.iterationProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("Stopped at iteration 0"), vm.messageProperty().get());
    }

    @Test
    void theFirstEpochShowsItsProgressWhenTheSourceKnowsItsLengthOnlyOnceOpened() {
        // a source opened on the training thread: nothing known ahead, the iterator tells its length
        TrainingData known = TinyTask.data();
        TrainingData openedLate = new TrainingData("tiny", known.training(), known.validation(),
                TrainingData.ThroughputUnit.EXAMPLES, java.util.OptionalInt.empty());
        TrainViewModel vm = new TrainViewModel(conf, c -> openedLate, folder, services());
        java.util.List<Double> shown = new java.util.ArrayList<>();
        vm.progressProperty().addListener((obs, was, is) -> shown.add(is.doubleValue()));
        vm.epochsProperty().set(2);
        vm.start();
        // indeterminate only while the source opens, then 0 at the first minibatch: the first epoch has an end
        assertEquals(java.util.List.of(-1.0, 0.0, 0.5, 1.0), shown);
    }

    @Test
    void durationsReadAsClockTime() {
        assertEquals("0:42", TrainViewModel.duration(42));
        assertEquals("2:05", TrainViewModel.duration(125));
        assertEquals("1:00:01", TrainViewModel.duration(3601));
    }
}
