package org.rnnworkbench.app.step;

import java.util.Arrays;
import java.util.Random;

/**
 * Chooses an index from a probability distribution under {@link SamplingSettings}: argmax, or a draw from the
 * distribution reshaped by temperature and cut to the top k. Pure functions; the caller owns the random
 * generator, so a seeded generator repeats its choices.
 */
public final class Sampler {
    private Sampler() {
    }

    /**
     * @param probabilities the network's output for one stream, {@code [nOut]}, summing to 1
     * @param settings temperature, top-k and greedy
     * @param random consulted once per call unless the choice is the argmax
     * @return the chosen index
     */
    public static int choose(float[] probabilities, SamplingSettings settings, Random random) {
        if (settings.isArgmax()) {
            return argmax(probabilities);
        }
        double[] weights = reshaped(probabilities, settings);
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = random.nextDouble() * total;
        int last = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                last = i;
                u -= weights[i];
                if (u < 0) {
                    return i;
                }
            }
        }
        // rounding left a sliver of u: the last candidate takes it
        return last;
    }

    /**
     * The distribution that sampling draws from: {@code p^(1/T)} over the top k, normalised. Exposed so the
     * view can show what temperature does.
     */
    public static double[] reshaped(float[] probabilities, SamplingSettings settings) {
        int n = probabilities.length;
        double[] weights = new double[n];
        if (settings.isArgmax()) {
            weights[argmax(probabilities)] = 1;
            return weights;
        }
        double threshold = settings.topK() == 0 || settings.topK() >= n ? -1 : kthLargest(probabilities,
                settings.topK());
        // work in logs relative to the largest so that small temperatures do not underflow to all zeros
        double maxLog = Math.log(Math.max(probabilities[argmax(probabilities)], Float.MIN_VALUE));
        double total = 0;
        int kept = 0;
        for (int i = 0; i < n; i++) {
            float p = probabilities[i];
            boolean inTopK = threshold < 0 || (p >= threshold && kept < settings.topK());
            if (p > 0 && inTopK) {
                weights[i] = Math.exp((Math.log(p) - maxLog) / settings.temperature());
                total += weights[i];
                kept++;
            }
        }
        if (total == 0) {
            weights[argmax(probabilities)] = 1;
            return weights;
        }
        for (int i = 0; i < n; i++) {
            weights[i] /= total;
        }
        return weights;
    }

    /** The index of the largest probability; the first on ties. */
    public static int argmax(float[] probabilities) {
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        return best;
    }

    /** The indices of the {@code k} largest probabilities, largest first. */
    public static int[] topIndices(float[] probabilities, int k) {
        Integer[] order = new Integer[probabilities.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Float.compare(probabilities[b], probabilities[a]));
        int count = Math.min(k, order.length);
        int[] result = new int[count];
        for (int i = 0; i < count; i++) {
            result[i] = order[i];
        }
        return result;
    }

    private static double kthLargest(float[] probabilities, int k) {
        float[] sorted = probabilities.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length - k];
    }
}
