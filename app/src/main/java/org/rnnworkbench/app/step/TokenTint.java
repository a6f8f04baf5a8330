package org.rnnworkbench.app.step;

import org.rnnworkbench.app.ui.Styles;

/** Which tint style class a character gets: a probability bucket, or a bucket of a unit's value. */
final class TokenTint {
    /** Lower bounds of the probability buckets {@code prob-1} to {@code prob-4}. */
    private static final double[] PROBABILITY_BOUNDS = {0.1, 0.25, 0.5, 0.8};

    private TokenTint() {
    }

    /** The style class, or null for no tint (a character with no known probability, or an unknown state). */
    static String styleClass(Token t, StepViewModel.Tint tint, MemorySource source, int unit, float scale) {
        if (tint == StepViewModel.Tint.UNIT) {
            if (source == null || t.after() == null) {
                return null;
            }
            float v = t.after().value(source.layer(), source.key(), unit);
            return Float.isNaN(v) ? null : Styles.UNIT_PREFIX + unitBucket(v / Math.max(scale, 1e-6f));
        }
        if (Double.isNaN(t.probability())) {
            return null;
        }
        int bucket = 0;
        while (bucket < PROBABILITY_BOUNDS.length && t.probability() >= PROBABILITY_BOUNDS[bucket]) {
            bucket++;
        }
        return Styles.PROB_PREFIX + bucket;
    }

    /** {@code n3} to {@code p3} for a value scaled to about -1..1; near zero is {@code z}. */
    static String unitBucket(double v) {
        double a = Math.abs(v);
        int level = a < 0.1 ? 0 : a < 0.35 ? 1 : a < 0.65 ? 2 : 3;
        return level == 0 ? "z" : (v < 0 ? "n" : "p") + level;
    }
}
