package org.rnnworkbench.app.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Carries values from a busy thread to the UI thread in batches: values queue up as they come, and a drain is
 * posted to the UI executor at most once per interval (plus when flushed), so a run of thousands of iterations a
 * second costs the UI thread a few tasks a second, never one per value. Nothing is dropped.
 *
 * @param <T> the values carried
 */
public final class ProgressCoalescer<T> {
    private final Executor ui;
    private final Consumer<List<T>> sink;
    private final long intervalNanos;
    private final LongSupplier nanoClock;
    private final ConcurrentLinkedQueue<T> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean posted = new AtomicBoolean();
    private final AtomicLong lastPost;
    private final AtomicLong posts = new AtomicLong();

    /**
     * @param ui runs the drains (the FX thread in the application)
     * @param sink receives each batch, in order, on the UI executor
     * @param intervalNanos the least time between two posted drains
     * @param nanoClock the time, in nanoseconds
     */
    public ProgressCoalescer(Executor ui, Consumer<List<T>> sink, long intervalNanos, LongSupplier nanoClock) {
        this.ui = Objects.requireNonNull(ui, "ui");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.intervalNanos = intervalNanos;
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.lastPost = new AtomicLong(nanoClock.getAsLong() - intervalNanos);
    }

    /** Queues a value; posts a drain when the interval has passed since the last one. Any thread. */
    public void offer(T value) {
        pending.add(value);
        post(false);
    }

    /** Posts a drain now (at the end of a run, or when it pauses), unless one is already waiting. */
    public void flush() {
        post(true);
    }

    /** How many drains were posted so far. */
    public long postCount() {
        return posts.get();
    }

    private void post(boolean force) {
        long now = nanoClock.getAsLong();
        if (!force && now - lastPost.get() < intervalNanos) {
            return;
        }
        if (posted.compareAndSet(false, true)) {
            lastPost.set(now);
            posts.incrementAndGet();
            ui.execute(this::drain);
        }
    }

    private void drain() {
        posted.set(false);
        List<T> batch = new ArrayList<>();
        for (T v = pending.poll(); v != null; v = pending.poll()) {
            batch.add(v);
        }
        if (!batch.isEmpty()) {
            sink.accept(batch);
        }
    }
}
