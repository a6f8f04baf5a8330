package org.rnnworkbench.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The gaps between consecutive JavaFX pulses, each with the phase of the scenario it fell in. A pulse comes
 * every 16.7 ms while the FX thread is free; a longer gap is time the window could not repaint or react.
 */
final class PulseGaps {
    /**
     * One gap.
     *
     * @param millis its length
     * @param fxCpuMillis CPU time the FX thread used within it: the rest it waited (for the renderer, for a core)
     * @param phase the phase it ended in
     * @param endNanos when it ended, on the {@code System.nanoTime()} clock
     */
    record Gap(double millis, double fxCpuMillis, String phase, long endNanos) {
    }

    private final List<Gap> gaps = new ArrayList<>();

    /** A gap of {@code nanos}, {@code fxCpuNanos} of them used by the FX thread, that ended at {@code endNanos}. */
    void add(long nanos, long fxCpuNanos, String phase, long endNanos) {
        gaps.add(new Gap(nanos / 1e6, fxCpuNanos / 1e6, phase, endNanos));
    }

    /** The most CPU time the FX thread used between two pulses: the work the window itself did at once. */
    double maxFxCpu() {
        return gaps.stream().mapToDouble(Gap::fxCpuMillis).max().orElseThrow();
    }

    int count() {
        return gaps.size();
    }

    double max() {
        return percentile(1.0);
    }

    double median() {
        return percentile(0.5);
    }

    /**
     * The nearest-rank percentile: the smallest gap that at least {@code p} of all gaps do not exceed.
     *
     * @param p in (0, 1]
     */
    double percentile(double p) {
        if (gaps.isEmpty()) {
            throw new IllegalStateException("no pulses were recorded");
        }
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("a percentile is in (0, 1], got " + p);
        }
        double[] sorted = gaps.stream().mapToDouble(Gap::millis).sorted().toArray();
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** The {@code n} longest gaps, longest first. */
    List<Gap> longest(int n) {
        Gap[] all = gaps.toArray(new Gap[0]);
        Arrays.sort(all, Comparator.comparingDouble(Gap::millis).reversed());
        return List.of(Arrays.copyOf(all, Math.min(n, all.length)));
    }

    /** The gaps that ended at or after {@code nanos}. */
    PulseGaps endingFrom(long nanos) {
        PulseGaps from = new PulseGaps();
        gaps.stream().filter(g -> g.endNanos() >= nanos).forEach(from.gaps::add);
        return from;
    }

    /** The gaps that ended before {@code nanos}. */
    PulseGaps endingBefore(long nanos) {
        PulseGaps before = new PulseGaps();
        gaps.stream().filter(g -> g.endNanos() < nanos).forEach(before.gaps::add);
        return before;
    }
}
