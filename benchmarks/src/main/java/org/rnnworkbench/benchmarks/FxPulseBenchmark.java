package org.rnnworkbench.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How responsive the workbench stays while the Data area previews and imports many files: the longest gap
 * between two JavaFX pulses (goal: under {@value #GOAL_MS} ms), measured by {@link FxPulseChild} in a JVM of its
 * own on Monocle's headless platform with the software renderer, as the app's robot tests run.
 */
final class FxPulseBenchmark {
    /** The longest pulse gap the import issue allows. */
    static final double GOAL_MS = 50;
    private static final long CHILD_LIMIT_MINUTES = 15;

    /**
     * What the child measured.
     *
     * @param files files imported (a features and a labels file per sequence)
     * @param pulses pulse gaps recorded
     * @param maxMs the longest gap
     * @param p99Ms the 99th percentile gap
     * @param medianMs the median gap
     * @param fxCpuMaxMs the most CPU time the FX thread used between two pulses: the window's own work
     * @param idleMaxMs the longest gap of the idle window in the second before the first action, for reference
     * @param previewMs from typing the labels folder until both match counts and the detection were shown
     * @param importSeconds from Import until the import had finished
     * @param cancelMs from the cancel until the second import had stopped
     */
    record Result(int files, int pulses, double maxMs, double p99Ms, double medianMs, double fxCpuMaxMs,
            double idleMaxMs,
            double previewMs, double importSeconds, double cancelMs) {

        static Result parse(String line) {
            Map<String, String> kv = Children.parse(line);
            return new Result(Integer.parseInt(kv.get("files")), Integer.parseInt(kv.get("pulses")),
                    Double.parseDouble(kv.get("max_ms")), Double.parseDouble(kv.get("p99_ms")),
                    Double.parseDouble(kv.get("median_ms")), Double.parseDouble(kv.get("fx_cpu_max_ms")),
                    Double.parseDouble(kv.get("idle_max_ms")),
                    Double.parseDouble(kv.get("preview_ms")),
                    Double.parseDouble(kv.get("import_s")), Double.parseDouble(kv.get("cancel_ms")));
        }

        /**
         * {@code RESULT fx_pulse_gap_ms import_files=… max=… p99=… median=… fx_cpu_max=… idle_max=… preview_ms=…
         * import_s=… cancel_ms=… goal=50}.
         */
        String resultLine() {
            return "RESULT fx_pulse_gap_ms import_files=" + files + " max=" + Format.number(maxMs) + " p99="
                    + Format.number(p99Ms) + " median=" + Format.number(medianMs) + " fx_cpu_max="
                    + Format.number(fxCpuMaxMs) + " idle_max="
                    + Format.number(idleMaxMs) + " preview_ms="
                    + Format.number(previewMs) + " import_s=" + Format.number(importSeconds) + " cancel_ms="
                    + Format.number(cancelMs) + " goal=" + Format.number(GOAL_MS);
        }
    }

    private FxPulseBenchmark() {
    }

    /**
     * Runs the child and relays its {@code fx-pulse} lines.
     *
     * @param workDir where the child writes its files (removed afterwards) and its error output
     * @param files files to import, two per sequence
     */
    static Result run(Path workDir, int files) throws IOException, InterruptedException {
        return Result.parse(FxChild.launch(workDir, FxPulseChild.COMMAND, List.of(workDir.toString(),
                Integer.toString(files)), "fx-pulse ", "fx-pulse-child.err", CHILD_LIMIT_MINUTES));
    }
}
