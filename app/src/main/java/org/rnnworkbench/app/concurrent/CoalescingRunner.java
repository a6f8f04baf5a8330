package org.rnnworkbench.app.concurrent;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs the newest of a stream of requests, for previews that follow what the user types: at most one request
 * runs at a time; requests made meanwhile replace each other, so only the newest one runs next; and an outcome
 * that is no longer the newest request's is dropped, so an older answer never shows over a newer one.
 *
 * <p>{@link #submit} is called on the UI thread, and the outcomes arrive there through the runner's UI executor;
 * everything here is confined to that thread. With {@link BackgroundRunner#sameThread()} a request runs and
 * delivers before {@code submit} returns.
 *
 * @param <T> what a request computes
 */
public final class CoalescingRunner<T> {
    private final BackgroundRunner runner;
    private final Consumer<? super T> onResult;
    private final Consumer<? super Exception> onFailure;

    /** Counts requests; the newest one's number decides which outcome is current. */
    private long newest;
    private Callable<T> waiting;
    private boolean running;
    private boolean delivering;
    private long dropped;

    /**
     * @param runner runs the work in the background and the outcomes on the UI thread
     * @param onResult receives the newest request's result
     * @param onFailure receives what the newest request threw
     */
    public CoalescingRunner(BackgroundRunner runner, Consumer<? super T> onResult,
            Consumer<? super Exception> onFailure) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.onResult = Objects.requireNonNull(onResult, "onResult");
        this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
    }

    /**
     * Asks for {@code work} to run: now when nothing runs, otherwise after the running request, unless a newer
     * request comes first. On the UI thread.
     */
    public void submit(Callable<T> work) {
        Objects.requireNonNull(work, "work");
        newest++;
        if (running) {
            waiting = work;
        } else {
            start(work);
        }
    }

    /**
     * True from a request until the newest one's outcome has been delivered. While an outcome is being delivered,
     * true only when a newer request is waiting, so a callback can tell whether more outcomes will follow.
     */
    public boolean busy() {
        return waiting != null || (running && !delivering);
    }

    /** Outcomes dropped so far because a newer request had been made. */
    public long droppedCount() {
        return dropped;
    }

    private void start(Callable<T> work) {
        long number = newest;
        running = true;
        runner.run(work, result -> finish(number, () -> onResult.accept(result)),
                failure -> finish(number, () -> onFailure.accept(failure)));
    }

    private void finish(long number, Runnable deliver) {
        try {
            if (number == newest) {
                delivering = true;
                deliver.run();
            } else {
                dropped++;
            }
        } finally {
            // a request made while delivering waits until the delivery is complete, then runs
            delivering = false;
            running = false;
            if (waiting != null) {
                Callable<T> next = waiting;
                waiting = null;
                start(next);
            }
        }
    }
}
