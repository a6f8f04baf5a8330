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
     * The delimiter as a regular expression for {@link String#split(String)} (and DataVec's CSV readers, which
     * split with it), the character quoted.
     */
    String asRegex() {
        return Pattern.quote(String.valueOf(symbol));
    }
}
