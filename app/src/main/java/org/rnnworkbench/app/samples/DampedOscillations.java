package org.rnnworkbench.app.samples;

import java.util.SplittableRandom;

/**
 * Noisy damped oscillations {@code A e^(-d t) sin(w t + p) + noise} with random amplitude, damping, frequency
 * and phase: the regression sample predicts each next value.
 */
public final class DampedOscillations {
    private final SplittableRandom rng;

    public DampedOscillations(long seed) {
        this.rng = new SplittableRandom(seed);
    }

    /** {@code length + 1} values: features are the first {@code length}, labels the last {@code length}. */
    public double[] series(int length) {
        double amplitude = 1 + 4 * rng.nextDouble();
        double damping = 0.005 + 0.03 * rng.nextDouble();
        double omega = 0.1 + 0.4 * rng.nextDouble();
        double phase = 2 * Math.PI * rng.nextDouble();
        double[] v = new double[length + 1];
        for (int t = 0; t <= length; t++) {
            v[t] = amplitude * Math.exp(-damping * t) * Math.sin(omega * t + phase) + 0.05 * (2 * rng.nextDouble() - 1);
        }
        return v;
    }
}
