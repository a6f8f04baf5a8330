package org.rnnworkbench.app.step;

import java.util.Objects;

/**
 * One sequence to step through a numeric model: inputs per time step and, when known, the actual values.
 *
 * @param source where it came from, for the view
 * @param features {@code [time][nIn]}
 * @param actual {@code [time][k]}: the actual values (regression, {@code k = nOut}) or one class index per
 *     step (classification, {@code k = 1}); {@code null} when the file had none
 */
public record SequenceData(String source, float[][] features, float[][] actual) {

    public SequenceData {
        Objects.requireNonNull(source, "source");
        if (features.length == 0) {
            throw new IllegalArgumentException(source + " has no time steps");
        }
        if (actual != null && actual.length != features.length) {
            throw new IllegalArgumentException(source + ": " + actual.length + " actual values for "
                    + features.length + " steps");
        }
    }

    public int length() {
        return features.length;
    }
}
