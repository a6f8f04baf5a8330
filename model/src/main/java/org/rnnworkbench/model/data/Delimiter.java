package org.rnnworkbench.model.data;

import java.util.regex.Pattern;

/** Column separators a sequence CSV file may use. */
public enum Delimiter {
    COMMA(','),
    TAB('\t'),
    SEMICOLON(';');

    private final char symbol;

    Delimiter(char symbol) {
        this.symbol = symbol;
    }

    public char symbol() {
        return symbol;
    }

    /**
     * The delimiter as DataVec's CSV readers want it: they split lines with {@link String#split(String)}, a
     * regular expression, so the character is quoted.
     */
    String asRegex() {
        return Pattern.quote(String.valueOf(symbol));
    }
}
