package org.rnnworkbench.app.train;

import java.util.ArrayDeque;

/** Examples (or characters) per second over the last few seconds of training, from cumulative counts. */
public final class ThroughputMeter {
    private final long windowNanos;
    private final ArrayDeque<long[]> samples = new ArrayDeque<>();

    public ThroughputMeter(long windowNanos) {
        this.windowNanos = windowNanos;
    }

    /** Adds the cumulative count at a time. */
    public void add(long nanos, long cumulative) {
        samples.addLast(new long[] {nanos, cumulative});
        while (samples.size() > 2 && nanos - samples.peekFirst()[0] > windowNanos) {
            samples.removeFirst();
        }
    }

    /** Forgets the window (after a pause, whose time must not count). */
    public void clear() {
        samples.clear();
    }

    /** The rate per second, NaN until two samples are apart in time. */
    public double perSecond() {
        if (samples.size() < 2) {
            return Double.NaN;
        }
        long[] first = samples.peekFirst();
        long[] last = samples.peekLast();
        long dt = last[0] - first[0];
        return dt <= 0 ? Double.NaN : (last[1] - first[1]) * 1e9 / dt;
    }
}
