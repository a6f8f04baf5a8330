package org.rnnworkbench.app.train;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a logarithmic axis puts its ticks and what they read. Positions are in {@code log10} units (what the
 * charts plot); labels are the values themselves. Over several decades the ticks are whole decades (every
 * second or fifth decade when there are too many); over a decade or two, 1, 2 and 5 of each decade; over less,
 * 1, 2, 3 and 5, or every whole mantissa (1 to 9); within a factor of two, evenly spaced round values. Ticks are
 * exact decimals, so no two read alike.
 */
final class LogTicks {
    /** The narrowest range an axis shows, in decades: a flat line stays flat instead of filling the height. */
    static final double MIN_SPAN = 0.1;
    /** Padding on either side of the data, as a fraction of its range. */
    static final double PADDING = 0.05;

    private static final int[] ONE_TWO_FIVE = {1, 2, 5};
    private static final int[] ONE_TWO_THREE_FIVE = {1, 2, 3, 5};
    private static final int[] EVERY_MANTISSA = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    private static final double EPS = 1e-9;
    /** The widest range, in decades, that gets evenly spaced ticks: a factor of two. */
    private static final double LINEAR_WITHIN = Math.log10(2) + EPS;

    private LogTicks() {
    }


    /**
     * The range an axis shows for data between {@code low} and {@code high} (both {@code log10}): a little
     * padding, and at least {@link #MIN_SPAN} decades around the middle.
     *
     * @return {@code {lower, upper}} in {@code log10} units
     */
    static double[] range(double low, double high) {
        if (!Double.isFinite(low) || !Double.isFinite(high) || low > high) {
            return new double[] {-1, 1};
        }
        double pad = (high - low) * PADDING;
        double lower = low - pad;
        double upper = high + pad;
        if (upper - lower < MIN_SPAN) {
            double middle = (low + high) / 2;
            lower = middle - MIN_SPAN / 2;
            upper = middle + MIN_SPAN / 2;
        }
        return new double[] {lower, upper};
    }

    /**
     * The ticks between {@code lower} and {@code upper} ({@code log10} units): at most {@code maxTicks} (three at
     * least) of them when a pattern fits, three or more when the range allows it, and never fewer than two (on
     * a short axis over an awkward range that may mean one or two more than {@code maxTicks}).
     */
    static List<AxisTick> ticks(double lower, double upper, int maxTicks) {
        if (!(upper > lower) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
            return List.of();
        }
        int max = Math.max(3, maxTicks);
        List<List<AxisTick>> candidates = new ArrayList<>(List.of(decades(lower, upper, max),
                mantissas(lower, upper, ONE_TWO_FIVE), mantissas(lower, upper, ONE_TWO_THREE_FIVE),
                mantissas(lower, upper, EVERY_MANTISSA)));
        // evenly spaced values only within a factor of two: over more they crowd at the top of a log scale
        if (upper - lower < LINEAR_WITHIN) {
            candidates.add(linear(lower, upper, max));
        }
        // the coarsest pattern with enough ticks to read, else the coarsest with two
        for (int least : new int[] {3, 2}) {
            for (List<AxisTick> c : candidates) {
                if (c.size() >= least && c.size() <= max) {
                    return c;
                }
            }
        }
        // a short axis over an awkward range: the sparsest pattern that still has two ticks, a little over max
        List<AxisTick> sparsest = null;
        for (List<AxisTick> c : candidates) {
            if (c.size() >= 2 && (sparsest == null || c.size() < sparsest.size())) {
                sparsest = c;
            }
        }
        return sparsest != null ? sparsest : linear(lower, upper, max);
    }

    /** Whole decades, every {@code stride}-th so that at most {@code max} fit. */
    private static List<AxisTick> decades(double lower, double upper, int max) {
        int first = (int) Math.ceil(lower - EPS);
        int last = (int) Math.floor(upper + EPS);
        if (last < first) {
            return List.of();
        }
        int count = last - first + 1;
        int stride = 1;
        while ((count + stride - 1) / stride > max) {
            stride = stride == 1 ? 2 : stride == 2 ? 5 : stride * 2;
        }
        // strided decades fall on multiples of the stride (1e-6, 1e-3, 1 for a stride of 3) when two or more do
        int aligned = Math.floorDiv(first + stride - 1, stride) * stride;
        int start = last - aligned >= stride ? aligned : first;
        List<AxisTick> out = new ArrayList<>();
        for (int k = start; k <= last; k += stride) {
            out.add(tick(BigDecimal.ONE.scaleByPowerOfTen(k)));
        }
        return out;
    }

    /** {@code m × 10^k} for each mantissa {@code m} of the pattern, inside the range. */
    private static List<AxisTick> mantissas(double lower, double upper, int[] pattern) {
        List<AxisTick> out = new ArrayList<>();
        int from = (int) Math.floor(lower) - 1;
        int to = (int) Math.ceil(upper);
        for (int k = from; k <= to; k++) {
            for (int m : pattern) {
                double p = k + Math.log10(m);
                if (p >= lower - EPS && p <= upper + EPS) {
                    out.add(tick(BigDecimal.valueOf(m).scaleByPowerOfTen(k)));
                }
            }
        }
        return out;
    }

    /**
     * Evenly spaced round values for a range within a decade: the finest step of 1, 2 or 5 times a power of ten
     * that gives at most {@code max} ticks.
     */
    private static List<AxisTick> linear(double lower, double upper, int max) {
        BigDecimal low = new BigDecimal(Math.pow(10, lower), MathContext.DECIMAL64);
        BigDecimal high = new BigDecimal(Math.pow(10, upper), MathContext.DECIMAL64);
        int exponent = (int) Math.floor(Math.log10(high.subtract(low).doubleValue())) - 2;
        List<BigDecimal> previous = List.of();
        for (int e = exponent; e < exponent + 6; e++) {
            for (int m : ONE_TWO_FIVE) {
                BigDecimal step = BigDecimal.valueOf(m).scaleByPowerOfTen(e);
                List<BigDecimal> values = multiples(low, high, step, max + 1);
                if (values.size() <= max) {
                    List<BigDecimal> chosen = values.size() < 2 && previous.size() >= 2 ? previous : values;
                    return chosen.stream().map(LogTicks::tick).toList();
                }
                previous = values;
            }
        }
        return List.of();
    }

    /** The multiples of {@code step} from {@code low} to {@code high}, stopping after {@code limit}. */
    private static List<BigDecimal> multiples(BigDecimal low, BigDecimal high, BigDecimal step, int limit) {
        List<BigDecimal> out = new ArrayList<>();
        BigDecimal v = low.divide(step, 0, RoundingMode.CEILING).multiply(step);
        for (; v.compareTo(high) <= 0 && out.size() < limit; v = v.add(step)) {
            if (v.signum() > 0) {
                out.add(v);
            }
        }
        return out;
    }

    private static AxisTick tick(BigDecimal value) {
        return new AxisTick(Math.log10(value.doubleValue()), label(value));
    }

    /**
     * A value as an axis writes it: plainly from 0.01 to 9999 ({@code 0.05}, {@code 20}), otherwise as
     * mantissa and exponent ({@code 1e-3}, {@code 2.5e-4}, {@code 1e6}), with no more digits than it has.
     */
    static String label(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        int exponent = v.precision() - v.scale() - 1;
        if (exponent >= -2 && exponent <= 3) {
            return v.toPlainString();
        }
        return v.movePointLeft(exponent).stripTrailingZeros().toPlainString() + "e" + exponent;
    }

    /** The label of a position that is not one of the computed ticks: the value to three significant digits. */
    static String label(double position) {
        return label(new BigDecimal(Math.pow(10, position), new MathContext(3)));
    }
}
