package org.rnnworkbench.app.step;

import java.util.ArrayList;
import java.util.List;

/**
 * The values of one state array over the last steps of a stream: {@code values[unit][time]}, oldest step
 * first, with the character read at each step.
 *
 * @param values {@code [units][time]}
 * @param characters the character read at each step, {@code [time]}
 * @param firstPosition the stream position of the first column
 * @param maxAbs the largest absolute value, at least a small positive number, for scaling colours
 * @param perUnitScale whether each unit is scaled to its own largest value: memory cells are unbounded and a few
 *     large ones would wash out the rest, so each row shows its own unit's rise and fall
 */
public record HeatMap(float[][] values, List<String> characters, int firstPosition, float maxAbs,
        boolean perUnitScale) {
    /** Nothing to draw. */
    public static final HeatMap EMPTY = new HeatMap(new float[0][0], List.of(), 0, 1f, false);

    public HeatMap {
        characters = List.copyOf(characters);
    }

    public int units() {
        return values.length;
    }

    public int steps() {
        return characters.size();
    }

    /** What {@code unit}'s values are divided by to fall in -1..1 for colouring. */
    public float scale(int unit) {
        if (!perUnitScale || unit < 0 || unit >= values.length) {
            return maxAbs;
        }
        float max = 1e-6f;
        for (float v : values[unit]) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    /** The last {@code steps} characters of {@code frame} whose state is known, for {@code source}. */
    public static HeatMap of(StreamFrame frame, MemorySource source, int steps) {
        if (frame == null || source == null) {
            return EMPTY;
        }
        List<Token> tokens = frame.tokens();
        List<Integer> positions = new ArrayList<>();
        for (int i = tokens.size() - 1; i >= 0 && positions.size() < steps; i--) {
            if (tokens.get(i).after() != null) {
                positions.add(0, i);
            }
        }
        if (positions.isEmpty()) {
            return EMPTY;
        }
        float[][] values = new float[source.units()][positions.size()];
        List<String> chars = new ArrayList<>();
        float max = 1e-6f;
        for (int t = 0; t < positions.size(); t++) {
            Token token = tokens.get(positions.get(t));
            chars.add(token.text());
            for (int u = 0; u < source.units(); u++) {
                float v = token.after().value(source.layer(), source.key(), u);
                values[u][t] = v;
                max = Math.max(max, Math.abs(v));
            }
        }
        return new HeatMap(values, chars, positions.get(0), max,
                org.rnnworkbench.model.nn.RecurrentState.MEMORY.equals(source.key()));
    }
}
