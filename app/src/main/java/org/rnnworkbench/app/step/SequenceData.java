package org.rnnworkbench.app.step;

import java.util.Objects;

/**
 * One sequence to step through a numeric model: inputs per time step and, when known, the actual values.
 *
 * @param source where it came from, for the view
 * @param features {@code [time][nIn]}
 * @param actual {@code [time][k]}: the actual values (regression, {@code k = nOut}) or one class index per
 *     step (classification, {@code k = 1}), NaN at steps without a label; {@code null} when there are none
 * @param present {@code [time]}: whether the step's inputs are real (features mask 1) or padding the network
 *     passes its state over; {@code null} when every step is real
 */
public record SequenceData(String source, float[][] features, float[][] actual, boolean[] present) {

    /** A sequence whose every step is real. */
    public SequenceData(String source, float[][] features, float[][] actual) {
        this(source, features, actual, null);
    }

    public SequenceData {
        Objects.requireNonNull(source, "source");
        if (features.length == 0) {
            throw new IllegalArgumentException(source + " has no time steps");
        }
        if (actual != null && actual.length != features.length) {
            throw new IllegalArgumentException(source + ": " + actual.length + " actual values for "
                    + features.length + " steps");
        }
        if (present != null && present.length != features.length) {
            throw new IllegalArgumentException(source + ": " + present.length + " mask values for "
                    + features.length + " steps");
        }
    }

    /** Whether step {@code t}'s inputs are real rather than padding. */
    public boolean isPresent(int t) {
        return present == null || present[t];
    }

    /** The actual class at step {@code t} of a classifier's sequence, or -1 when that step has no label. */
    public int actualClass(int t) {
        return actual == null || Float.isNaN(actual[t][0]) ? -1 : Math.round(actual[t][0]);
    }

    public int length() {
        return features.length;
    }
}
