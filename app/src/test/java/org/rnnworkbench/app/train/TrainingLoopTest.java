package org.rnnworkbench.app.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.rnnworkbench.model.conf.Sgd;
import org.rnnworkbench.model.nn.Network;
import org.rnnworkbench.model.train.IterationEvent;

class TrainingLoopTest {

    private static float[] params(Network n) {
        return n.params().dup().toFloatVector();
    }

    @Test
    void pauseAndResumeGiveBitIdenticalParametersToAnUninterruptedRun() throws Exception {
        Network plain = new Network(TinyTask.conf()).init();
        RunOutcome a = new TrainingLoop(plain, TinyTask.data(), new TrainingControl(), new TrainingObserver() { })
                .run(3, Double.POSITIVE_INFINITY);
        assertEquals(RunOutcome.Kind.FINISHED, a.kind());

        Network paused = new Network(TinyTask.conf()).init();
        TrainingControl control = new TrainingControl();
        TrainingObserver pauseAtThree = new TrainingObserver() {
            @Override
            public void iterationDone(IterationEvent event) {
                if (event.iteration() == 3) {
                    control.pause();
                }
            }
        };
        AtomicReference<RunOutcome> b = new AtomicReference<>();
        Thread trainer = new Thread(() -> b.set(new TrainingLoop(paused, TinyTask.data(), control, pauseAtThree)
                .run(3, Double.POSITIVE_INFINITY)));
        trainer.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!control.isParked() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        assertTrue(control.isParked(), "the run parks after the update that asked for the pause");
        Thread.sleep(100);
        assertEquals(3, paused.getIterationCount(), "nothing trains while paused");
        control.resume();
        trainer.join(20_000);

        assertEquals(RunOutcome.Kind.FINISHED, b.get().kind());
        assertEquals(plain.getIterationCount(), paused.getIterationCount());
        assertArrayEquals(params(plain), params(paused), "same seed, same order: the same bits");
        assertArrayEquals(plain.getUpdater().stateView().toFloatVector(),
                paused.getUpdater().stateView().toFloatVector());
    }

    @Test
    void stopTakesEffectWithinTheMinibatchInProgress() {
        Network net = new Network(TinyTask.conf()).init();
        TrainingControl control = new TrainingControl();
        TrainingObserver stopAtThree = new TrainingObserver() {
            @Override
            public void iterationDone(IterationEvent event) {
                if (event.iteration() == 3) {
                    control.stop();
                }
            }
        };
        RunOutcome outcome = new TrainingLoop(net, TinyTask.data(), control, stopAtThree).run(0, Double.NaN);
        assertEquals(RunOutcome.Kind.STOPPED, outcome.kind());
        assertEquals(3, net.getIterationCount(), "no minibatch starts after the stop");
    }

    @Test
    void underTruncatedBpttStopCutsTheMinibatchBetweenSegments() {
        Network net = new Network(TinyTask.truncated(5, 5)).init();
        TrainingControl control = new TrainingControl();
        List<MinibatchInfo> started = new ArrayList<>();
        TrainingObserver stopAtTwo = new TrainingObserver() {
            @Override
            public void minibatchStarted(MinibatchInfo info) {
                started.add(info);
            }

            @Override
            public void iterationDone(IterationEvent event) {
                if (event.iteration() == 2) {
                    control.stop();
                }
            }
        };
        RunOutcome outcome = new TrainingLoop(net, TinyTask.data(), control, stopAtTwo).run(5, Double.NaN);
        assertEquals(RunOutcome.Kind.STOPPED, outcome.kind());
        assertEquals(1, started.size());
        assertTrue(started.get(0).timeSteps() > 10, "the minibatch has more than two segments");
        assertEquals(java.util.OptionalInt.of(2), started.get(0).batchesInEpoch(), "the data's two minibatches, told"
                + " with the first");
        assertEquals(2, net.getIterationCount(), "the rest of the minibatch's segments are not trained");
    }

    @Test
    void aDivergingRunEndsWithAMessageAndKeepsTheLastGoodParameters() {
        Network net = new Network(TinyTask.regression(new Sgd(1e6))).init();
        List<INDArray> good = new ArrayList<>();
        good.add(net.params().dup());
        TrainingObserver keep = new TrainingObserver() {
            @Override
            public void iterationDone(IterationEvent event) {
                good.add(net.params().dup());
            }
        };
        RunOutcome outcome = new TrainingLoop(net, TinyTask.regressionData(), new TrainingControl(), keep)
                .run(20, Double.POSITIVE_INFINITY);
        assertEquals(RunOutcome.Kind.DIVERGED, outcome.kind());
        assertTrue(outcome.message().contains("diverged"), outcome.message());
        float[] last = good.get(good.size() - 1).toFloatVector();
        assertArrayEquals(last, params(net));
        for (float v : last) {
            assertTrue(Float.isFinite(v));
        }
    }

    @Test
    void eachEpochReportsValidationFiguresAndTheBestModelIsKept() {
        Network net = new Network(TinyTask.conf()).init();
        List<EpochResult> epochs = new ArrayList<>();
        List<Checkpoint> bests = new ArrayList<>();
        TrainingObserver o = new TrainingObserver() {
            @Override
            public void epochFinished(EpochResult result) {
                epochs.add(result);
            }

            @Override
            public void bestImproved(Checkpoint best) {
                bests.add(best);
            }
        };
        new TrainingLoop(net, TinyTask.data(), new TrainingControl(), o).run(3, Double.POSITIVE_INFINITY);
        assertEquals(3, epochs.size());
        assertEquals(3, net.getEpochCount());
        assertEquals(List.of(0, 1, 2), epochs.stream().map(EpochResult::epoch).toList());
        for (EpochResult r : epochs) {
            assertTrue(r.classification());
            assertTrue(r.validationMetric() >= 0 && r.validationMetric() <= 1, "accuracy " + r.validationMetric());
            assertTrue(Double.isFinite(r.validationLoss()) && Double.isFinite(r.trainingLoss()));
        }
        assertFalse(bests.isEmpty());
        Checkpoint best = bests.get(bests.size() - 1);
        double bestLoss = epochs.stream().mapToDouble(EpochResult::validationLoss).min().orElseThrow();
        assertEquals(bestLoss, best.loss());

        // restoring the checkpoint gives back its counters
        best.restoreInto(net);
        assertEquals(best.iterations(), net.getIterationCount());
    }

    @Test
    void aRunWithATargetLossFinishesAfterTheFirstEpochThatReachesIt() {
        List<EpochResult> epochs = new ArrayList<>();
        TrainingObserver collect = new TrainingObserver() {
            @Override
            public void epochFinished(EpochResult result) {
                epochs.add(result);
            }
        };
        Network net = new Network(TinyTask.conf()).init();
        RunOutcome unlimited = new TrainingLoop(net, TinyTask.data(), new TrainingControl(), collect)
                .run(0, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
        assertEquals(RunOutcome.Kind.FINISHED, unlimited.kind());
        assertEquals(1, epochs.size(), "any loss is at most +infinity: one epoch, even without an epoch limit");
        assertTrue(unlimited.message().startsWith("Reached the target loss"), unlimited.message());

        // a target between the first and the third epoch's loss ends the run at the first epoch below it
        Network reference = new Network(TinyTask.conf()).init();
        List<EpochResult> all = new ArrayList<>();
        new TrainingLoop(reference, TinyTask.data(), new TrainingControl(), new TrainingObserver() {
            @Override
            public void epochFinished(EpochResult result) {
                all.add(result);
            }
        }).run(3, Double.POSITIVE_INFINITY);
        double target = all.get(1).selectionLoss();
        assertTrue(target < all.get(0).selectionLoss(), "the tiny task's loss falls from epoch to epoch");
        epochs.clear();
        Network targeted = new Network(TinyTask.conf()).init();
        RunOutcome reached = new TrainingLoop(targeted, TinyTask.data(), new TrainingControl(), collect)
                .run(10, Double.POSITIVE_INFINITY, target);
        assertEquals(2, epochs.size(), reached.message());
        assertEquals(2, targeted.getEpochCount());
    }
}
