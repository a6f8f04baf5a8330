package org.rnnworkbench.app.train;

import org.rnnworkbench.model.train.CancellationToken;

/**
 * Pause, resume and stop for one run, shared by the UI thread (which asks) and the training thread (which
 * obeys between updates). Pausing parks the training thread where it stands, with nothing half done, so that a
 * resumed run computes exactly what an uninterrupted one would. Stopping also cancels the engine's token, which
 * the engine checks between truncated BPTT segments, and releases a paused thread.
 */
public final class TrainingControl {
    private final CancellationToken token = new CancellationToken();
    private final Object lock = new Object();
    private boolean pauseRequested;
    private boolean parked;
    private long parkedNanos;
    private Runnable onParked = () -> { };

    /** The engine's cancellation token for this run. */
    public CancellationToken token() {
        return token;
    }

    /** Called on the training thread each time it parks for a pause (to flush progress to the charts). */
    public void setOnParked(Runnable onParked) {
        this.onParked = onParked;
    }

    /** Asks the run to pause after the update in progress. */
    public void pause() {
        synchronized (lock) {
            pauseRequested = true;
        }
    }

    /** Lets a paused run go on. */
    public void resume() {
        synchronized (lock) {
            pauseRequested = false;
            lock.notifyAll();
        }
    }

    /** Asks the run to stop after the update in progress; a paused run stops at once. */
    public void stop() {
        token.cancel();
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    public boolean isStopRequested() {
        return token.isCancelled();
    }

    /** True while the training thread is parked by a pause. */
    public boolean isParked() {
        synchronized (lock) {
            return parked;
        }
    }

    /**
     * Called by the training thread between updates: waits while a pause is asked for.
     *
     * @return false when the run must stop
     */
    public boolean awaitTurn() {
        synchronized (lock) {
            if (pauseRequested && !token.isCancelled()) {
                parked = true;
                long since = System.nanoTime();
                onParked.run();
                while (pauseRequested && !token.isCancelled()) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        token.cancel();
                    }
                }
                parkedNanos += System.nanoTime() - since;
                parked = false;
            }
        }
        return !token.isCancelled();
    }

    /** Time spent parked so far, in seconds, so that a run's duration leaves pauses out. */
    public double parkedSeconds() {
        synchronized (lock) {
            return parkedNanos / 1e9;
        }
    }
}
