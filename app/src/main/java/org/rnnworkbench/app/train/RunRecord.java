package org.rnnworkbench.app.train;

import java.util.List;
import java.util.Objects;

/**
 * One training run as the project keeps it in {@code runs/<id>.json}: its settings, how long it took, how it
 * ended, the loss of every update and the figures of every epoch.
 *
 * @param formatVersion the run file format, {@link #FORMAT_VERSION} when written by this version
 * @param id the file name without {@code .json}, e.g. {@code run-20250101-120000}
 * @param startedAt ISO-8601 instant the run started
 * @param durationSeconds time spent training, pauses left out
 * @param outcome how it ended
 * @param message the outcome as the user read it
 * @param settings what was trained on what
 * @param iterations the update numbers, one per update
 * @param losses loss per present label step of each update, aligned with {@code iterations}
 * @param epochs the epoch figures
 */
public record RunRecord(int formatVersion, String id, String startedAt, double durationSeconds,
        RunOutcome.Kind outcome, String message, Settings settings, long[] iterations, double[] losses,
        List<EpochResult> epochs) {

    /** The version written by this release. */
    public static final int FORMAT_VERSION = 1;

    public RunRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(settings, "settings");
        iterations = iterations == null ? new long[0] : iterations;
        losses = losses == null ? new double[0] : losses;
        epochs = epochs == null ? List.of() : List.copyOf(epochs);
        if (iterations.length != losses.length) {
            throw new IllegalArgumentException("a run has one loss per iteration: " + iterations.length
                    + " iterations but " + losses.length + " losses");
        }
    }

    /**
     * What a run trained and how.
     *
     * @param updater the updater, e.g. {@code Adam(lr=0.005)}
     * @param learningRate the configured learning rate
     * @param backpropType {@code Standard} or {@code TruncatedBPTT}
     * @param tBPTTForwardLength segment length, when truncated
     * @param tBPTTBackwardLength backward reach, when truncated
     * @param epochsRequested epochs asked for; 0 for "until stopped"
     * @param numParams the network's parameter count
     * @param data the data's description
     */
    public record Settings(String updater, double learningRate, String backpropType, int tBPTTForwardLength,
            int tBPTTBackwardLength, int epochsRequested, long numParams, String data) {
    }

    /** A short label for lists and chart legends, e.g. {@code run-20250101-120000 · Adam(lr=0.005) · 3 epochs}. */
    public String label() {
        int n = epochs.size();
        return id + " · " + settings.updater() + " · " + n + (n == 1 ? " epoch" : " epochs");
    }
}
