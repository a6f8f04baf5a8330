package org.rnnworkbench.model.data;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fixed set of characters a character model reads and writes: each character (Unicode code point) has an
 * index, in sorted order, and one-hot vectors are {@code [vocabularySize]} long. Built from a text, then kept
 * with the model (JSON) so generation uses the same indices. Characters seen fewer than a minimum number of
 * times are folded into one "unknown" symbol, the last index; {@link #decode} writes it as U+FFFD.
 */
public final class CharacterVocabulary {
    /** How the unknown symbol is written when decoding. */
    public static final int UNKNOWN_CHARACTER = 0xFFFD;

    private final String characters;
    private final boolean lowerCase;
    private final boolean hasUnknown;
    private final int[] codePoints;
    private final Map<Integer, Integer> indexOf = new HashMap<>();

    /**
     * @param characters the known characters in index order, each once
     * @param lowerCase whether text is lower-cased before encoding
     * @param hasUnknown whether there is an "unknown" symbol after the known characters
     */
    @JsonCreator
    public CharacterVocabulary(@JsonProperty("characters") String characters,
            @JsonProperty("lowerCase") boolean lowerCase, @JsonProperty("hasUnknown") boolean hasUnknown) {
        if (characters == null || characters.isEmpty()) {
            throw new IllegalArgumentException("a vocabulary needs at least one character");
        }
        this.characters = characters;
        this.lowerCase = lowerCase;
        this.hasUnknown = hasUnknown;
        this.codePoints = characters.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            if (indexOf.put(codePoints[i], i) != null) {
                throw new IllegalArgumentException("the character '" + Character.toString(codePoints[i])
                        + "' appears twice in the vocabulary");
            }
        }
    }

    /**
     * The vocabulary of {@code text}: every character seen at least {@code minCount} times, sorted by code point;
     * rarer ones share the unknown symbol.
     */
    public static CharacterVocabulary build(String text, boolean lowerCase, int minCount) {
        if (minCount < 1) {
            throw new IllegalArgumentException("minCount must be at least 1, got " + minCount);
        }
        TreeMap<Integer, Long> counts = count(text, lowerCase);
        StringBuilder known = new StringBuilder();
        boolean dropped = false;
        for (Map.Entry<Integer, Long> entry : counts.entrySet()) {
            if (entry.getValue() >= minCount) {
                known.appendCodePoint(entry.getKey());
            } else {
                dropped = true;
            }
        }
        if (known.length() == 0) {
            throw new IllegalArgumentException("no character occurs " + minCount + " times or more in the text");
        }
        return new CharacterVocabulary(known.toString(), lowerCase, dropped);
    }

    /** How often each character (code point) occurs, sorted by code point; for the workbench's preview. */
    public static TreeMap<Integer, Long> count(String text, boolean lowerCase) {
        TreeMap<Integer, Long> counts = new TreeMap<>();
        (lowerCase ? text.toLowerCase(Locale.ROOT) : text).codePoints()
                .forEach(c -> counts.merge(c, 1L, Long::sum));
        return counts;
    }

    @JsonProperty("characters")
    public String characters() {
        return characters;
    }

    @JsonProperty("lowerCase")
    public boolean lowerCase() {
        return lowerCase;
    }

    @JsonProperty("hasUnknown")
    public boolean hasUnknown() {
        return hasUnknown;
    }

    /** Length of a one-hot vector: the known characters plus the unknown symbol if any. */
    public int size() {
        return codePoints.length + (hasUnknown ? 1 : 0);
    }

    /**
     * Indices of the characters of {@code text}.
     *
     * @throws IllegalArgumentException for a character outside the vocabulary when there is no unknown symbol
     */
    public int[] encode(String text) {
        String prepared = lowerCase ? text.toLowerCase(Locale.ROOT) : text;
        return prepared.codePoints().map(this::indexOf).toArray();
    }

    /** The index of one character (code point). */
    public int indexOf(int codePoint) {
        int c = lowerCase ? Character.toLowerCase(codePoint) : codePoint;
        Integer index = indexOf.get(c);
        if (index != null) {
            return index;
        }
        if (hasUnknown) {
            return codePoints.length;
        }
        throw new IllegalArgumentException("the character '" + Character.toString(c) + "' (U+"
                + String.format("%04X", c) + ") is not in the vocabulary");
    }

    /** The text of indices made by {@link #encode} or sampled from a model's output. */
    public String decode(int... indices) {
        StringBuilder text = new StringBuilder(indices.length);
        for (int index : indices) {
            if (index < 0 || index >= size()) {
                throw new IllegalArgumentException("index " + index + " is outside the vocabulary of " + size());
            }
            text.appendCodePoint(index == codePoints.length ? UNKNOWN_CHARACTER : codePoints[index]);
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CharacterVocabulary v && characters.equals(v.characters) && lowerCase == v.lowerCase
                && hasUnknown == v.hasUnknown;
    }

    @Override
    public int hashCode() {
        return characters.hashCode() * 4 + (lowerCase ? 2 : 0) + (hasUnknown ? 1 : 0);
    }
}
