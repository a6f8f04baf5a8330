package org.rnnworkbench.benchmarks;

import java.util.Locale;

/** Numbers as the RESULT lines print them: three significant digits, no grouping, always a dot. */
final class Format {
    private Format() {
    }

    static String number(double x) {
        if (Double.isNaN(x)) {
            return "n/a";
        }
        double a = Math.abs(x);
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", x);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", x);
        }
        if (a >= 1) {
            return String.format(Locale.ROOT, "%.2f", x);
        }
        return String.format(Locale.ROOT, "%.3g", x);
    }
}
