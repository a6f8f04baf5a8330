package org.rnnworkbench.app.data;

/**
 * One row of the vocabulary table.
 *
 * @param index the one-hot index
 * @param codePoint the character ({@code U+FFFD} for the unknown symbol)
 * @param count occurrences in the text
 */
public record VocabularyEntry(int index, int codePoint, long count) {

    /** The character as shown: visible names for white space. */
    public String shown() {
        switch (codePoint) {
            case ' ':
                return "␣ space";
            case '\n':
                return "↵ new line";
            case '\t':
                return "⇥ tab";
            case '\r':
                return "carriage return";
            default:
                return Character.toString(codePoint);
        }
    }
}
