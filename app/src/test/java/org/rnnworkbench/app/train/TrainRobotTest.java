package org.rnnworkbench.app.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.conf.Sgd;
import org.rnnworkbench.model.data.ListSequenceDataSetIterator;
import org.rnnworkbench.model.data.SequenceDataSet;
import org.rnnworkbench.model.data.SequenceDataSetIterator;
import org.rnnworkbench.model.nn.Network;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real Train view headless, with training on a daemon thread as in the application. */
@ExtendWith(ApplicationExtension.class)
class TrainRobotTest {
    private static final List<SequenceDataSet> BATCHES = PracticeData.batches(TinyTask.IN, TinyTask.CLASSES, true,
            32 * 12, 3);

    private final ExecutorService trainer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-training");
        t.setDaemon(true);
        return t;
    });
    private final SimpleObjectProperty<Optional<NetworkConfiguration>> conf =
            new SimpleObjectProperty<>(Optional.of(TinyTask.conf()));
    private final AtomicBoolean engineOnFxThread = new AtomicBoolean();
    private final AtomicInteger minibatchesRead = new AtomicInteger();
    /** When set, the fourth minibatch waits for it, so that the robot can click before the run goes on. */
    private volatile java.util.concurrent.CountDownLatch holdFourth;
    private TrainViewModel vm;
    private TrainView view;

    @Start
    void start(Stage stage) {
        vm = new TrainViewModel(conf, c -> data(c), new SimpleObjectProperty<>(),
                TrainServices.of(trainer, Platform::runLater));
        view = new TrainView(vm);
        stage.setScene(new Scene(view, 1200, 800));
        stage.show();
    }

    @AfterEach
    void shutDown() {
        trainer.shutdownNow();
    }

    /** Training data that notes the thread it is read on and takes a few milliseconds per minibatch. */
    private TrainingData data(NetworkConfiguration c) {
        boolean regression = c.outputLayer().lossFunction().name().equals("MSE");
        List<SequenceDataSet> batches = regression
                ? PracticeData.batches(TinyTask.IN, TinyTask.CLASSES, false, 64, 1) : BATCHES;
        Supplier<SequenceDataSetIterator> watched = () -> new SequenceDataSetIterator() {
            private final ListSequenceDataSetIterator inner = new ListSequenceDataSetIterator(batches);

            @Override
            public boolean hasNext() {
                return inner.hasNext();
            }

            @Override
            public SequenceDataSet next() {
                engineOnFxThread.compareAndSet(false, Platform.isFxApplicationThread());
                java.util.concurrent.CountDownLatch hold = holdFourth;
                if (minibatchesRead.incrementAndGet() == 4 && hold != null) {
                    try {
                        hold.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                try {
                    Thread.sleep(4);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return inner.next();
            }

            @Override
            public void reset() {
                inner.reset();
            }

            @Override
            public int batchSize() {
                return inner.batchSize();
            }
        };
        return new TrainingData("watched", watched, Optional.empty(), TrainingData.ThroughputUnit.EXAMPLES,
                OptionalInt.of(batches.size()));
    }

    private void waitFor(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
        assertTrue(condition.call(), what);
    }

    private boolean idle() {
        return vm.stateProperty().get() == TrainState.IDLE;
    }

    @Test
    void twoEpochsFromTheUiDrawOnePointPerIterationOffTheFxThread(FxRobot robot) throws Exception {
        robot.interact(() -> vm.epochsProperty().set(2));
        robot.clickOn("#train-start");
        waitFor("the run ends", () -> idle() && vm.networkProperty().get() != null);
        long iterations = vm.networkProperty().get().getIterationCount();
        assertEquals(2L * BATCHES.size(), iterations);
        assertEquals(iterations, vm.charts().loss().size(), "one loss point per iteration");
        robot.interact(() -> { });
        assertEquals(iterations, view.lossChart().lastDrawing().lines().get(0).points(),
                "all drawn (under the cap)");
        assertFalse(engineOnFxThread.get(), "the engine never ran on the FX thread");
        assertTrue(robot.lookup("#train-message").queryAs(Label.class).getText().startsWith("Finished 2 epochs"));
    }

    @Test
    void pauseAndResumeFromTheUiGiveTheSameParametersAsAnUninterruptedRun(FxRobot robot) throws Exception {
        Network reference = new Network(TinyTask.conf()).init();
        new TrainingLoop(reference, data(TinyTask.conf()), new TrainingControl(), new TrainingObserver() { })
                .run(2, Double.POSITIVE_INFINITY);
        minibatchesRead.set(0);
        java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);
        holdFourth = hold;

        robot.interact(() -> vm.epochsProperty().set(2));
        robot.clickOn("#train-start");
        waitFor("training has begun", () -> minibatchesRead.get() >= 4);
        robot.clickOn("#train-pause");
        hold.countDown();
        waitFor("the run is parked", () -> vm.messageProperty().get().startsWith("Paused at iteration"));
        int read = minibatchesRead.get();
        Thread.sleep(150);
        assertEquals(read, minibatchesRead.get(), "nothing is read while paused");
        assertEquals("Resume", robot.lookup("#train-pause").queryAs(javafx.scene.control.Button.class).getText());
        robot.clickOn("#train-pause");
        waitFor("the run ends", () -> idle() && vm.networkProperty().get() != null);
        assertArrayEquals(reference.params().toFloatVector(), vm.networkProperty().get().params().toFloatVector());
    }

    @Test
    void stopEndsTheRunWithinOneMinibatch(FxRobot robot) throws Exception {
        robot.clickOn("#train-until-stopped");
        robot.clickOn("#train-start");
        waitFor("training has begun", () -> minibatchesRead.get() >= 3);
        robot.clickOn("#train-stop");
        long atStop = minibatchesRead.get();
        waitFor("the run ends", () -> idle() && vm.networkProperty().get() != null);
        assertTrue(minibatchesRead.get() <= atStop + 1, "at most the minibatch in progress: read " + atStop
                + " at Stop, " + minibatchesRead.get() + " in all");
        assertTrue(vm.messageProperty().get().startsWith("Stopped at iteration"), vm.messageProperty().get());
    }

    @Test
    void aForcedDivergenceShowsTheMessageAndKeepsFiniteParameters(FxRobot robot) throws Exception {
        robot.interact(() -> {
            conf.set(Optional.of(TinyTask.regression(new Sgd(1e6))));
            vm.epochsProperty().set(30);
        });
        robot.clickOn("#train-start");
        waitFor("the run ends", () -> idle() && vm.networkProperty().get() != null);
        Label banner = robot.lookup("#train-divergence").queryAs(Label.class);
        assertTrue(banner.isVisible());
        assertTrue(banner.getText().contains("diverged") && banner.getText().contains("last good parameters"),
                banner.getText());
        for (float v : vm.networkProperty().get().params().toFloatVector()) {
            assertTrue(Float.isFinite(v));
        }
    }
}
