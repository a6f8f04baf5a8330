package org.rnnworkbench.app.train;

import java.util.Locale;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.rnnworkbench.model.conf.LossFunction;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.data.SequenceDataSet;
import org.rnnworkbench.model.data.SequenceDataSetIterator;
import org.rnnworkbench.model.eval.Evaluation;
import org.rnnworkbench.model.eval.RegressionEvaluation;
import org.rnnworkbench.model.nn.Network;
import org.rnnworkbench.model.train.IterationEvent;
import org.rnnworkbench.model.train.TrainingDivergedException;
import org.rnnworkbench.model.train.TrainingListener;

/**
 * One training run, on the calling thread: epochs over the training data through {@link Network#fit}, a pause
 * or stop honoured between updates, the validation figures after each epoch and the best model kept. A NaN or
 * infinite score ends the run as diverged; the engine has then kept the last good parameters.
 *
 * <p>The loop drives the epochs itself (rather than {@code fit(iterator, epochs, cancel)}) so that it can tell
 * which minibatch is being fitted, for the throughput and the truncated BPTT strip, and pause between them.
 */
public final class TrainingLoop {
    private final Network network;
    private final TrainingData data;
    private final TrainingControl control;
    private final TrainingObserver observer;

    /**
     * @param network the network to train, initialised
     * @param data the training and validation data
     * @param control pause and stop
     * @param observer receives progress on this thread
     */
    public TrainingLoop(Network network, TrainingData data, TrainingControl control, TrainingObserver observer) {
        this.network = Objects.requireNonNull(network, "network");
        this.data = Objects.requireNonNull(data, "data");
        this.control = Objects.requireNonNull(control, "control");
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    /**
     * Trains for {@code epochs} passes, or until stopped when {@code epochs} is 0.
     *
     * @param bestSoFar the loss of the best model before this run (infinity when there is none), so that a run
     *     that continues training only reports a checkpoint that beats it
     */
    public RunOutcome run(int epochs, double bestSoFar) {
        return run(epochs, bestSoFar, Double.NEGATIVE_INFINITY);
    }

    /**
     * Trains like {@link #run(int, double)}, and finishes early after the first epoch whose loss (validation loss,
     * or training loss without a validation split) is at or below {@code targetLoss}.
     *
     * @param targetLoss the loss to reach; negative infinity for none
     */
    public RunOutcome run(int epochs, double bestSoFar, double targetLoss) {
        TrainingListener bridge = new TrainingListener() {
            @Override
            public void iterationDone(IterationEvent event) {
                observer.iterationDone(event);
                // under truncated BPTT one minibatch is many updates: a pause takes effect between them too
                control.awaitTurn();
            }
        };
        network.addListener(bridge);
        try {
            return epochs(epochs, bestSoFar, targetLoss);
        } catch (TrainingDivergedException e) {
            return new RunOutcome(RunOutcome.Kind.DIVERGED, e.getMessage());
        } finally {
            network.removeListener(bridge);
        }
    }

    private RunOutcome epochs(int epochs, double bestSoFar, double targetLoss) {
        SequenceDataSetIterator training = data.training().get();
        SequenceDataSetIterator validation = data.validation().map(s -> s.get()).orElse(null);
        double best = bestSoFar;
        for (int e = 0; epochs == 0 || e < epochs; e++) {
            int epoch = network.getEpochCount();
            training.reset();
            double lossSum = 0;
            long lossSteps = 0;
            int index = 0;
            while (training.hasNext()) {
                if (!control.awaitTurn()) {
                    return stopped();
                }
                SequenceDataSet batch = training.next();
                MinibatchInfo info = new MinibatchInfo(epoch, index++, batch.miniBatchSize(),
                        batch.timeSeriesLength(), presentSteps(batch), training.batchesPerEpoch());
                observer.minibatchStarted(info);
                LossTracker tracker = new LossTracker();
                network.addListener(tracker);
                boolean done;
                try {
                    done = network.fit(batch, control.token());
                } finally {
                    network.removeListener(tracker);
                }
                lossSum += tracker.weightedLoss;
                lossSteps += tracker.steps;
                if (!done) {
                    return stopped();
                }
                observer.minibatchDone(info);
            }
            // the loop owns the epochs, so it keeps the network's epoch counter too
            network.restoreTrainingProgress(network.getIterationCount(), epoch + 1);
            if (control.isStopRequested()) {
                return stopped();
            }
            EpochResult result = validate(epoch, lossSteps == 0 ? Double.NaN : lossSum / lossSteps, validation);
            if (result == null) {
                return stopped();
            }
            observer.epochFinished(result);
            if (result.selectionLoss() < best) {
                best = result.selectionLoss();
                observer.bestImproved(Checkpoint.of(network, best));
            }
            if (result.selectionLoss() <= targetLoss) {
                return new RunOutcome(RunOutcome.Kind.FINISHED, String.format(Locale.ROOT,
                        "Reached the target loss %s: %s loss %.5f after %d %s, at iteration %d", targetLoss,
                        Double.isNaN(result.validationLoss()) ? "training" : "validation", result.selectionLoss(),
                        e + 1, e == 0 ? "epoch" : "epochs", network.getIterationCount()));
            }
        }
        return new RunOutcome(RunOutcome.Kind.FINISHED, "Finished " + epochs + (epochs == 1 ? " epoch" : " epochs")
                + " at iteration " + network.getIterationCount());
    }

    private RunOutcome stopped() {
        return new RunOutcome(RunOutcome.Kind.STOPPED, "Stopped at iteration " + network.getIterationCount()
                + "; the last completed update is kept");
    }

    /** The validation figures, or null when a stop was asked for while validating. */
    private EpochResult validate(int epoch, double trainingLoss, SequenceDataSetIterator validation) {
        boolean classification = isClassification(network.getConfiguration());
        if (validation == null) {
            return new EpochResult(epoch, trainingLoss, Double.NaN, Double.NaN, classification);
        }
        int nOut = network.getConfiguration().outputSize();
        Evaluation accuracy = classification ? new Evaluation(nOut) : null;
        RegressionEvaluation mse = classification ? null : new RegressionEvaluation(nOut);
        double lossSum = 0;
        long steps = 0;
        validation.reset();
        while (validation.hasNext()) {
            if (control.isStopRequested()) {
                return null;
            }
            SequenceDataSet batch = validation.next();
            long present = presentSteps(batch);
            lossSum += network.lossPerStep(batch) * present;
            steps += present;
            INDArray predicted = network.output(batch.features(), batch.featuresMask(), batch.labelsMask());
            if (classification) {
                accuracy.evalTimeSeries(batch.labels(), predicted, batch.labelsMask());
            } else {
                mse.evalTimeSeries(batch.labels(), predicted, batch.labelsMask());
            }
        }
        double metric = classification ? accuracy.accuracy() : mse.averageMeanSquaredError();
        return new EpochResult(epoch, trainingLoss, steps == 0 ? Double.NaN : lossSum / steps, metric,
                classification);
    }

    /** Whether the network's output is a class distribution (softmax with a log loss). */
    public static boolean isClassification(NetworkConfiguration conf) {
        LossFunction loss = conf.outputLayer().lossFunction();
        return loss == LossFunction.MCXENT || loss == LossFunction.NEGATIVELOGLIKELIHOOD;
    }

    /** Steps whose label is present: the labels mask's sum, or every step without one. */
    public static long presentSteps(SequenceDataSet batch) {
        if (batch.labelsMask() == null) {
            return (long) batch.miniBatchSize() * batch.timeSeriesLength();
        }
        return Math.round(batch.labelsMask().sumNumber().doubleValue());
    }

    /** Adds up one minibatch's loss per step, weighted by its updates' steps. */
    private static final class LossTracker implements TrainingListener {
        double weightedLoss;
        long steps;

        @Override
        public void iterationDone(IterationEvent event) {
            long n = (long) event.examples() * event.timeSteps();
            weightedLoss += event.lossPerStep() * n;
            steps += n;
        }
    }
}
