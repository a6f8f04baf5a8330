package org.rnnworkbench.app.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A text with structure an LSTM can be seen to learn: words from an invented vocabulary, sentences that start
 * with a capital and end with a full stop, quotations that open and close, brackets nested up to three deep,
 * and line breaks at a typical width. Memory of the open quote and of the bracket depth is what a unit has to
 * keep to close them correctly.
 */
public final class GrammarText {
    private static final String[] ONSETS = {"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z",
        "br", "st", "tr", "pl", "gr", "sk"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ou", "ee"};
    private static final String[] CODAS = {"", "", "n", "r", "s", "l", "m", "nd", "st"};
    private static final int LINE_WIDTH = 72;

    private final SplittableRandom rng;
    private final List<String> nouns;
    private final List<String> verbs;
    private final List<String> small;

    public GrammarText(long seed) {
        this.rng = new SplittableRandom(seed);
        this.nouns = words(120);
        this.verbs = words(60);
        this.small = List.of("the", "a", "of", "and", "to", "in", "with", "my", "her", "his");
    }

    private List<String> words(int count) {
        List<String> list = new ArrayList<>();
        while (list.size() < count) {
            StringBuilder w = new StringBuilder();
            int syllables = 1 + rng.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                w.append(pick(ONSETS)).append(pick(VOWELS)).append(pick(CODAS));
            }
            if (!list.contains(w.toString())) {
                list.add(w.toString());
            }
        }
        return list;
    }

    private String pick(String[] options) {
        return options[rng.nextInt(options.length)];
    }

    private String pick(List<String> options) {
        return options.get(rng.nextInt(options.size()));
    }

    /** About {@code characters} characters of text (a little more: the last line is finished). */
    public String generate(int characters) {
        StringBuilder text = new StringBuilder();
        StringBuilder line = new StringBuilder();
        while (text.length() < characters) {
            for (String token : sentence().split(" ")) {
                if (line.length() > 0 && line.length() + 1 + token.length() > LINE_WIDTH) {
                    text.append(line).append('\n');
                    line.setLength(0);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(token);
            }
            if (rng.nextInt(8) == 0) {
                text.append(line).append("\n\n");
                line.setLength(0);
            }
        }
        text.append(line).append('\n');
        return text.toString();
    }

    private String sentence() {
        StringBuilder s = new StringBuilder();
        s.append(clause(0));
        if (rng.nextInt(3) == 0) {
            s.append(" \"").append(clause(0)).append(rng.nextBoolean() ? "!\"" : ".\"");
        } else {
            s.append('.');
        }
        s.setCharAt(0, Character.toUpperCase(s.charAt(0)));
        return s.toString();
    }

    private String clause(int depth) {
        StringBuilder c = new StringBuilder();
        c.append(pick(small)).append(' ').append(pick(nouns)).append(' ').append(pick(verbs));
        int extra = 1 + rng.nextInt(4);
        for (int i = 0; i < extra; i++) {
            c.append(' ');
            if (depth < 3 && rng.nextInt(7) == 0) {
                c.append('(').append(clause(depth + 1)).append(')');
            } else {
                c.append(rng.nextInt(3) == 0 ? pick(small) : pick(nouns));
            }
        }
        return c.toString();
    }
}
