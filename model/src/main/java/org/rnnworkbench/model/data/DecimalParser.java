package org.rnnworkbench.model.data;

/**
 * Reads a plain decimal number straight from ASCII bytes, giving exactly the {@code double} that
 * {@link Double#parseDouble(String)} gives for the same text: {@code [+-]digits[.digits][(e|E)[+-]digits]},
 * with the digits before or after the point allowed to be absent (not both), such as {@code -0.125},
 * {@code 3}, {@code .5}, {@code 2.}, {@code 1.5e-3}. Anything else, and any number this cannot read exactly,
 * is left to the caller, who then reads the text with {@link Double#parseDouble(String)} as before: forms
 * such as {@code NaN}, {@code Infinity}, hexadecimal or a {@code d}/{@code f} suffix, and numbers with more
 * than 18 digits, digits worth 2^53 or more when taken as a whole number, or a power of ten beyond 10^22
 * once they are.
 *
 * <p>The result is exact because both the whole number the digits make (at most 2^53) and the power of
 * ten (up to 10^22) are exact doubles, so the one multiplication or division rounds correctly, as the
 * decimal-to-binary conversion must (Clinger's fast path).
 */
final class DecimalParser {
    /** Returned when the text is not a number this class reads; the caller falls back to the JDK. */
    static final double NOT_PLAIN = Double.NaN;

    private static final int MAX_DIGITS = 18;
    private static final long MAX_EXACT = 1L << 53;
    private static final int MAX_EXACT_POWER = 22;
    private static final int MAX_EXPONENT_DIGITS = 6;
    private static final double[] POWERS_OF_TEN = new double[MAX_EXACT_POWER + 1];

    static {
        double p = 1;
        for (int i = 0; i <= MAX_EXACT_POWER; i++) {
            POWERS_OF_TEN[i] = p;
            p *= 10;
        }
    }

    private DecimalParser() {
    }

    /**
     * The number written in {@code text[from, to)}, which must already be trimmed.
     *
     * @return the value, or {@link #NOT_PLAIN} (test with {@link Double#isNaN}) when the text is not a plain
     *     decimal number read exactly here
     */
    static double parse(byte[] text, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (text[i] == '-' || text[i] == '+')) {
            negative = text[i] == '-';
            i++;
        }
        long mantissa = 0;
        int wholeStart = i;
        for (; i < to && isDigit(text[i]); i++) {
            mantissa = mantissa * 10 + (text[i] - '0');
        }
        int digits = i - wholeStart;
        int exponent = 0;
        if (i < to && text[i] == '.') {
            int fractionStart = ++i;
            for (; i < to && isDigit(text[i]); i++) {
                mantissa = mantissa * 10 + (text[i] - '0');
            }
            exponent = fractionStart - i;
            digits += i - fractionStart;
        }
        // more than 18 digits could overflow the long; such numbers are rare and the JDK reads them
        if (digits == 0 || digits > MAX_DIGITS) {
            return NOT_PLAIN;
        }
        if (i < to && (text[i] == 'e' || text[i] == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < to && (text[i] == '-' || text[i] == '+')) {
                negativeExponent = text[i] == '-';
                i++;
            }
            int written = 0;
            int start = i;
            for (; i < to && isDigit(text[i]); i++) {
                if (i - start >= MAX_EXPONENT_DIGITS) {
                    return NOT_PLAIN;
                }
                written = written * 10 + (text[i] - '0');
            }
            if (i == start) {
                return NOT_PLAIN;
            }
            exponent += negativeExponent ? -written : written;
        }
        if (i != to || mantissa > MAX_EXACT) {
            return NOT_PLAIN;
        }
        double value;
        if (mantissa == 0) {
            value = 0;
        } else if (exponent >= 0 && exponent <= MAX_EXACT_POWER) {
            value = mantissa * POWERS_OF_TEN[exponent];
        } else if (exponent < 0 && exponent >= -MAX_EXACT_POWER) {
            value = mantissa / POWERS_OF_TEN[-exponent];
        } else {
            return NOT_PLAIN;
        }
        return negative ? -value : value;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }
}
