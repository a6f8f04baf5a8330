package org.rnnworkbench.app.train;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a linear axis puts its ticks and what they read: multiples of 1, 2 or 5 times a power of ten, the finest
 * such step that gives no more ticks than fit. Ticks are exact decimals written with no more digits than they
 * have ({@code 0.25}, {@code 20000}, {@code 2e-5}), so no two read alike and none reads {@code 0.30000000000000004}.
 */
final class LinearTicks {
    /** Padding on either side of the data, as a fraction of its range. */
    static final double PADDING = 0.05;
    private static final int[] ONE_TWO_FIVE = {1, 2, 5};

    private LinearTicks() {
    }

    /**
     * The range a value axis shows for data from {@code low} to {@code high}: {@link #PADDING} on either side; a
     * flat line sits in the middle of five percent of its value either way (half a unit either way at zero).
     *
     * @return {@code {lower, upper}}
     */
    static double[] padded(double low, double high) {
        if (!Double.isFinite(low) || !Double.isFinite(high) || low > high) {
            return new double[] {0, 1};
        }
        double pad = (high - low) * PADDING;
        if (pad == 0) {
            pad = low == 0 ? 0.5 : Math.abs(low) * PADDING;
        }
        return new double[] {low - pad, high + pad};
    }

    /**
     * The ticks from {@code lower} to {@code upper}: at most {@code maxTicks} (two at least), with a step of at
     * least 1 when {@code wholeNumbers} (an axis of iterations or epochs has nothing between them).
     */
    static List<AxisTick> ticks(double lower, double upper, int maxTicks, boolean wholeNumbers) {
        if (!(upper > lower) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
            return List.of();
        }
        int max = Math.max(2, maxTicks);
        BigDecimal low = BigDecimal.valueOf(lower);
        BigDecimal high = BigDecimal.valueOf(upper);
        int exponent = (int) Math.floor(Math.log10((upper - lower) / max)) - 1;
        if (wholeNumbers) {
            exponent = Math.max(0, exponent);
        }
        for (int e = exponent; ; e++) {
            for (int m : ONE_TWO_FIVE) {
                BigDecimal step = BigDecimal.valueOf(m).scaleByPowerOfTen(e);
                BigDecimal first = low.divide(step, 0, RoundingMode.CEILING).multiply(step);
                BigDecimal last = high.divide(step, 0, RoundingMode.FLOOR).multiply(step);
                long count = last.subtract(first).divide(step, 0, RoundingMode.FLOOR).longValue() + 1;
                if (count <= max) {
                    List<AxisTick> out = new ArrayList<>();
                    for (BigDecimal v = first; v.compareTo(last) <= 0; v = v.add(step)) {
                        out.add(new AxisTick(v.doubleValue(), label(v)));
                    }
                    return out;
                }
            }
        }
    }

    /**
     * A value as the axis writes it: plainly from 0.001 to 999999, otherwise as mantissa and exponent
     * ({@code 2.5e-4}, {@code 1e7}), with no trailing zeros.
     */
    static String label(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal v = value.stripTrailingZeros();
        int exponent = v.precision() - v.scale() - 1;
        if (exponent >= -3 && exponent <= 5) {
            return v.toPlainString();
        }
        return v.movePointLeft(exponent).stripTrailingZeros().toPlainString() + "e" + exponent;
    }
}
