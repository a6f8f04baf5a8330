package org.rnnworkbench.model.train;

/**
 * Asks a running fit to stop. The fit checks it between updates, so it returns with the last completed update
 * applied and never a half-applied one. Thread-safe.
 */
public final class CancellationToken {
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** A token nobody cancels. */
    public static CancellationToken none() {
        return new CancellationToken();
    }
}
