package org.rnnworkbench.app.samples;

import java.util.SplittableRandom;

/**
 * Synthetic control charts, the six classes of Alcock and Manolopoulos (1999) from their published formulas,
 * with mean {@code m = 30}, noise scale {@code s = 2} and {@code r} uniform in {@code [-3, 3]} at each step:
 * normal {@code m + r s}; cyclic adds {@code a sin(2 pi t / T)}, {@code a} in [10, 15], {@code T} in [10, 15];
 * increasing and decreasing trends add {@code +/- g t}, {@code g} in [0.2, 0.5]; upward and downward shifts add
 * {@code +/- k x} from a step {@code t3} in the middle third on, {@code x} in [7.5, 20].
 */
public final class ControlCharts {
    /** Class names in label order. */
    public static final String[] CLASSES = {"normal", "cyclic", "increasing trend", "decreasing trend",
        "upward shift", "downward shift"};

    private static final double MEAN = 30;
    private static final double NOISE = 2;

    private final SplittableRandom rng;

    public ControlCharts(long seed) {
        this.rng = new SplittableRandom(seed);
    }

    private double uniform(double from, double to) {
        return from + (to - from) * rng.nextDouble();
    }

    /** One chart of class {@code cls} with {@code length} steps. */
    public double[] chart(int cls, int length) {
        double[] y = new double[length];
        double a = uniform(10, 15);
        double period = uniform(10, 15);
        double g = uniform(0.2, 0.5);
        double x = uniform(7.5, 20);
        int t3 = (int) uniform(length / 3.0, 2 * length / 3.0);
        for (int t = 0; t < length; t++) {
            double v = MEAN + uniform(-3, 3) * NOISE;
            switch (cls) {
                case 0 -> {
                }
                case 1 -> v += a * Math.sin(2 * Math.PI * t / period);
                case 2 -> v += g * t;
                case 3 -> v -= g * t;
                case 4 -> v += t >= t3 ? x : 0;
                case 5 -> v -= t >= t3 ? x : 0;
                default -> throw new IllegalArgumentException("class " + cls + " is not one of 0..5");
            }
            y[t] = v;
        }
        return y;
    }
}
