package org.rnnworkbench.benchmarks;

import java.util.Arrays;
import java.util.Locale;

/**
 * Repeated measurements of one quantity: the median is the figure reported, min and max show the spread.
 *
 * @param median middle value (mean of the two middle values for an even count)
 * @param min smallest value
 * @param max largest value
 * @param count number of measurements
 */
record Stats(double median, double min, double max, int count) {
    static Stats of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no measurements");
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        return new Stats(median, v[0], v[n - 1], n);
    }

    /** {@code 1234 (1200-1250, n=5)}. */
    String describe() {
        return String.format(Locale.ROOT, "%s (%s-%s, n=%d)", Format.number(median), Format.number(min),
                Format.number(max), count);
    }
}
