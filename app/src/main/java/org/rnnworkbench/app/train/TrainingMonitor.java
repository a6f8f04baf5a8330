package org.rnnworkbench.app.train;

import java.util.Objects;
import java.util.function.LongSupplier;
import org.rnnworkbench.model.nn.Network;
import org.rnnworkbench.model.train.IterationEvent;

/**
 * Turns a run's progress into {@link TrainingUpdate}s for the UI, on the training thread. Every update's loss
 * goes through (the loss chart holds one point per iteration); the per-layer norms cost a pass over the
 * parameters, so they are sampled: every update for the first ones, then at most once per sampling interval.
 */
public final class TrainingMonitor implements TrainingObserver {
    /** Updates whose norms are always sampled, so that short runs get a curve too. */
    static final int ALWAYS_SAMPLED = 50;

    private final Network network;
    private final ProgressCoalescer<TrainingUpdate> out;
    private final LongSupplier nanoClock;
    private final long normIntervalNanos;
    private long lastNorms = Long.MIN_VALUE;
    private int sampled;

    /**
     * @param network the network being trained (read right after each update, on the training thread)
     * @param out carries the updates to the UI
     * @param nanoClock the time
     * @param normIntervalNanos the least time between two norm samples after the first ones
     */
    public TrainingMonitor(Network network, ProgressCoalescer<TrainingUpdate> out, LongSupplier nanoClock,
            long normIntervalNanos) {
        this.network = Objects.requireNonNull(network, "network");
        this.out = Objects.requireNonNull(out, "out");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.normIntervalNanos = normIntervalNanos;
    }

    @Override
    public void minibatchStarted(MinibatchInfo info) {
        out.offer(new TrainingUpdate.MinibatchStarted(info));
    }

    @Override
    public void iterationDone(IterationEvent event) {
        double lr = LearningRates.effective(network.getConfiguration().updater(), event.iteration());
        out.offer(new TrainingUpdate.Iteration(event.iteration(), event.epoch(), event.lossPerStep(), lr));
        long now = nanoClock.getAsLong();
        if (sampled < ALWAYS_SAMPLED || now - lastNorms >= normIntervalNanos) {
            lastNorms = now;
            sampled++;
            out.offer(norms(event.iteration()));
        }
    }

    @Override
    public void minibatchDone(MinibatchInfo info) {
        out.offer(new TrainingUpdate.MinibatchDone(info, nanoClock.getAsLong()));
    }

    @Override
    public void epochFinished(EpochResult result) {
        out.offer(new TrainingUpdate.Epoch(result));
        out.flush();
    }

    @Override
    public void bestImproved(Checkpoint best) {
        out.offer(new TrainingUpdate.Best(best));
    }

    /**
     * The norms right after an update: the engine leaves the applied update (the step subtracted from the
     * parameters) in its gradient views, so the gradient norms are the update norms.
     */
    private TrainingUpdate.Norms norms(long iteration) {
        int n = network.getnLayers();
        double[] params = new double[n];
        double[] updates = new double[n];
        for (int i = 0; i < n; i++) {
            params[i] = network.paramNorm(i);
            updates[i] = network.gradientNorm(i);
        }
        return new TrainingUpdate.Norms(iteration, params, updates);
    }
}
