package org.rnnworkbench.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How responsive the workbench stays while it trains the character sample, and how much the window costs the
 * training: the longest gap between two JavaFX pulses during the run (goal: under {@value #GOAL_GAP_MS} ms) and
 * the characters per second trained inside the app next to the same configuration trained headless (goal: at
 * least {@value #GOAL_RATIO} of it), both measured by {@link FxTrainChild} in one JVM of its own.
 */
final class FxTrainBenchmark {
    static final double GOAL_GAP_MS = 50;
    static final double GOAL_RATIO = 0.95;
    private static final long CHILD_LIMIT_MINUTES = 15;

    /**
     * What the child measured.
     *
     * @param pulses pulse gaps recorded in the timed window
     * @param maxMs the longest gap
     * @param p99Ms the 99th percentile gap
     * @param medianMs the median gap
     * @param fxCpuMaxMs the most CPU time the FX thread used between two pulses
     * @param idleMaxMs the longest gap of the idle window before Start, for reference
     * @param warmUpMaxMs the longest gap of the warm-up, which the window leaves out
     * @param windowSeconds the timed window
     * @param warmUpSeconds the warm-up before it, in each of the two runs
     * @param inAppCharsPerSecond characters trained per second in the app
     * @param headlessBeforeCharsPerSecond characters trained per second by the engine's loop alone, before the
     *     window opened
     * @param headlessAfterCharsPerSecond the same, after the window had closed
     */
    record Result(int pulses, double maxMs, double p99Ms, double medianMs, double fxCpuMaxMs, double idleMaxMs,
            double warmUpMaxMs, double windowSeconds, double warmUpSeconds, double inAppCharsPerSecond,
            double headlessBeforeCharsPerSecond, double headlessAfterCharsPerSecond) {

        static Result parse(String line) {
            Map<String, String> kv = Children.parse(line);
            return new Result(Integer.parseInt(kv.get("pulses")), num(kv, "max_ms"), num(kv, "p99_ms"),
                    num(kv, "median_ms"), num(kv, "fx_cpu_max_ms"), num(kv, "idle_max_ms"),
                    num(kv, "warmup_max_ms"), num(kv, "window_s"), num(kv, "warmup_s"),
                    num(kv, "in_app_chars_per_s"), num(kv, "headless_before_chars_per_s"),
                    num(kv, "headless_after_chars_per_s"));
        }

        private static double num(Map<String, String> kv, String key) {
            return Double.parseDouble(kv.get(key));
        }

        /** The headless figure: the mean of the runs before and after the window, which the app's run lay between. */
        double headlessCharsPerSecond() {
            return (headlessBeforeCharsPerSecond + headlessAfterCharsPerSecond) / 2;
        }

        /** In-app throughput over headless throughput. */
        double ratio() {
            return inAppCharsPerSecond / headlessCharsPerSecond();
        }

        /**
         * {@code RESULT fx_pulse_gap_training_ms max=… p99=… median=… fx_cpu_max=… idle_max=… warmup_max=…
         * window_s=… in_app_chars_per_s=… headless_chars_per_s=… headless_before=… headless_after=… in_app_ratio=…
         * goal_gap=50 goal_ratio=0.95}.
         */
        String resultLine() {
            return "RESULT fx_pulse_gap_training_ms max=" + Format.number(maxMs) + " p99=" + Format.number(p99Ms)
                    + " median=" + Format.number(medianMs) + " fx_cpu_max=" + Format.number(fxCpuMaxMs)
                    + " idle_max=" + Format.number(idleMaxMs) + " warmup_max=" + Format.number(warmUpMaxMs)
                    + " window_s=" + Format.number(windowSeconds)
                    + " in_app_chars_per_s=" + Format.number(inAppCharsPerSecond)
                    + " headless_chars_per_s=" + Format.number(headlessCharsPerSecond())
                    + " headless_before=" + Format.number(headlessBeforeCharsPerSecond)
                    + " headless_after=" + Format.number(headlessAfterCharsPerSecond)
                    + " in_app_ratio=" + Format.number(ratio()) + " goal_gap=" + Format.number(GOAL_GAP_MS)
                    + " goal_ratio=" + Format.number(GOAL_RATIO);
        }
    }

    private FxTrainBenchmark() {
    }

    /** Characters per second from {@code iterations} updates of {@code charsPerIteration} in {@code nanos}. */
    static double charsPerSecond(long iterations, long charsPerIteration, long nanos) {
        if (nanos <= 0) {
            throw new IllegalArgumentException("a window of " + nanos + " ns");
        }
        return (double) iterations * charsPerIteration / (nanos / 1e9);
    }

    /**
     * Runs the child and relays its {@code fx-train} lines.
     *
     * @param workDir where the child keeps its workbench home (removed afterwards) and its error output
     * @param sample the character-model sample's folder
     * @param warmUpSeconds left out at the start of each run
     * @param windowSeconds timed in each run
     */
    static Result run(Path workDir, Path sample, int warmUpSeconds, int windowSeconds)
            throws IOException, InterruptedException {
        return Result.parse(FxChild.launch(workDir, FxTrainChild.COMMAND, List.of(workDir.toString(),
                sample.toString(), Integer.toString(warmUpSeconds), Integer.toString(windowSeconds)), "fx-train ",
                "fx-train-child.err", CHILD_LIMIT_MINUTES));
    }
}
