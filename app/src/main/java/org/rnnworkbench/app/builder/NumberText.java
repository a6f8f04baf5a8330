package org.rnnworkbench.app.builder;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Reads numbers typed into the property editor. Only the form is checked here (is it a number at all); the
 * range rules are the engine's and come back as its validation message.
 */
public final class NumberText {
    private NumberText() {
    }

    public static OptionalInt parseInt(String text) {
        try {
            return OptionalInt.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException | NullPointerException e) {
            return OptionalInt.empty();
        }
    }

    public static OptionalLong parseLong(String text) {
        try {
            return OptionalLong.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException | NullPointerException e) {
            return OptionalLong.empty();
        }
    }

    /** Accepts {@code 0.005}, {@code 5e-3} and a comma as decimal separator. */
    public static OptionalDouble parseDouble(String text) {
        try {
            double v = Double.parseDouble(text.trim().replace(',', '.'));
            return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
        } catch (NumberFormatException | NullPointerException e) {
            return OptionalDouble.empty();
        }
    }

    /** A double as the editor shows it: without a trailing {@code .0}, in plain notation where short. */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return String.valueOf((long) v);
        }
        String plain = String.format(Locale.ROOT, "%.10f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
        return plain.length() <= 8 ? plain : String.valueOf(v);
    }
}
