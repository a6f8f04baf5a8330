package org.rnnworkbench.app.train;

import java.util.Arrays;

/**
 * Every point of one chart series, in primitive arrays that grow as needed, and a downsampled copy for drawing.
 * A run of a few hundred thousand iterations keeps all its points (a few megabytes); what a chart draws is at
 * most a thousand or so, chosen so that spikes stay visible.
 */
public final class SeriesHistory {
    private final String name;
    private double[] xs = new double[256];
    private double[] ys = new double[256];
    private int size;
    /** Counts every change, so that a chart can tell whether it is already showing the current points. */
    private long version;

    public SeriesHistory(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public void add(double x, double y) {
        if (size == xs.length) {
            xs = Arrays.copyOf(xs, size * 2);
            ys = Arrays.copyOf(ys, size * 2);
        }
        xs[size] = x;
        ys[size] = y;
        size++;
        version++;
    }

    public int size() {
        return size;
    }

    public double x(int i) {
        return xs[checked(i)];
    }

    public double y(int i) {
        return ys[checked(i)];
    }

    /** The last value, NaN when empty. */
    public double lastY() {
        return size == 0 ? Double.NaN : ys[size - 1];
    }

    public void clear() {
        size = 0;
        version++;
    }

    /** A number that changes whenever a point is added or the series is cleared. */
    public long version() {
        return version;
    }

    /** Copies of all x and y values. */
    public double[][] points() {
        return new double[][] {Arrays.copyOf(xs, size), Arrays.copyOf(ys, size)};
    }

    /**
     * At most {@code maxPoints} points for drawing: the series cut into buckets of consecutive points, and from
     * each bucket its lowest and highest point in their order (min-max decimation), so that a spike in a long
     * run still shows. Non-finite values are left out. Short series come back whole.
     *
     * @return {@code {xs, ys}}
     */
    public double[][] downsample(int maxPoints) {
        if (maxPoints < 2) {
            throw new IllegalArgumentException("maxPoints must be at least 2, got " + maxPoints);
        }
        double[] outX = new double[Math.min(size, maxPoints)];
        double[] outY = new double[outX.length];
        int n = 0;
        if (size <= maxPoints) {
            for (int i = 0; i < size; i++) {
                if (Double.isFinite(ys[i])) {
                    outX[n] = xs[i];
                    outY[n++] = ys[i];
                }
            }
            return new double[][] {Arrays.copyOf(outX, n), Arrays.copyOf(outY, n)};
        }
        int buckets = maxPoints / 2;
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) b * size / buckets);
            int to = (int) ((long) (b + 1) * size / buckets);
            int lo = -1;
            int hi = -1;
            for (int i = from; i < to; i++) {
                if (!Double.isFinite(ys[i])) {
                    continue;
                }
                if (lo < 0 || ys[i] < ys[lo]) {
                    lo = i;
                }
                if (hi < 0 || ys[i] > ys[hi]) {
                    hi = i;
                }
            }
            if (lo < 0) {
                continue;
            }
            int first = Math.min(lo, hi);
            int second = Math.max(lo, hi);
            outX[n] = xs[first];
            outY[n++] = ys[first];
            if (second != first) {
                outX[n] = xs[second];
                outY[n++] = ys[second];
            }
        }
        return new double[][] {Arrays.copyOf(outX, n), Arrays.copyOf(outY, n)};
    }

    private int checked(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("point " + i + " of " + size);
        }
        return i;
    }
}
