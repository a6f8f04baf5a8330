package org.rnnworkbench.app.step;

/**
 * How the next character is chosen from the network's output distribution.
 *
 * @param temperature divides the log-probabilities before sampling: below 1 sharpens, above 1 flattens;
 *     0 means greedy
 * @param topK sample among the {@code topK} most probable characters only; 0 for all
 * @param greedy always take the most probable character (argmax), ignoring temperature and seed
 * @param seed seed of the random generator, so that the same prime and settings give the same text
 */
public record SamplingSettings(double temperature, int topK, boolean greedy, long seed) {
    /** The largest temperature offered; beyond it every model writes noise. */
    public static final double MAX_TEMPERATURE = 3.0;

    public SamplingSettings {
        if (!(temperature >= 0) || temperature > MAX_TEMPERATURE) {
            throw new IllegalArgumentException("temperature must be between 0 and " + MAX_TEMPERATURE + ", got "
                    + temperature);
        }
        if (topK < 0) {
            throw new IllegalArgumentException("top-k must be 0 (all) or more, got " + topK);
        }
    }

    /** Temperature 1, all characters, seed 42: sampling from the model as it is. */
    public static SamplingSettings defaults() {
        return new SamplingSettings(1.0, 0, false, 42);
    }

    /** Whether the choice is the argmax: greedy, or a temperature of zero. */
    public boolean isArgmax() {
        return greedy || temperature == 0;
    }
}
