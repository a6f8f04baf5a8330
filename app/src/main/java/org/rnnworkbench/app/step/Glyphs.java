package org.rnnworkbench.app.step;

/** How characters that print as nothing (space, new line, tab) are shown where a single character must be seen. */
public final class Glyphs {
    private Glyphs() {
    }

    /** The character itself, or a visible stand-in for white space and control characters. */
    public static String visible(String text) {
        switch (text) {
            case " ":
                return "␣";
            case "\n":
                return "↵";
            case "\r":
                return "␍";
            case "\t":
                return "⇥";
            default:
                return text.codePoints().allMatch(Character::isISOControl)
                        ? String.format("U+%04X", text.codePointAt(0)) : text;
        }
    }
}
