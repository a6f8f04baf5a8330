package org.rnnworkbench.app.step;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Sampling from a distribution: argmax, temperature, top-k and seeds. */
class SamplerTest {
    private static final float[] P = {0.1f, 0.5f, 0.05f, 0.3f, 0.05f};

    @Test
    void greedyAndTemperatureZeroAreTheArgmax() {
        Random r = new Random(1);
        assertEquals(1, Sampler.choose(P, new SamplingSettings(1, 0, true, 0), r));
        assertEquals(1, Sampler.choose(P, new SamplingSettings(0, 0, false, 0), r));
        assertArrayEquals(new double[] {0, 1, 0, 0, 0}, Sampler.reshaped(P, new SamplingSettings(0, 0, false, 0)));
    }

    @Test
    void temperatureOneKeepsTheDistribution() {
        double[] w = Sampler.reshaped(P, new SamplingSettings(1, 0, false, 0));
        for (int i = 0; i < P.length; i++) {
            assertEquals(P[i], w[i], 1e-6);
        }
    }

    @Test
    void lowTemperatureSharpensAndHighFlattens() {
        double[] cold = Sampler.reshaped(P, new SamplingSettings(0.5, 0, false, 0));
        double[] hot = Sampler.reshaped(P, new SamplingSettings(2, 0, false, 0));
        assertTrue(cold[1] > P[1] && hot[1] < P[1]);
        // p^(1/T) normalised: at T = 0.5 the weights go as p squared
        double sumSquares = 0;
        for (float p : P) {
            sumSquares += p * p;
        }
        assertEquals(0.25 / sumSquares, cold[1], 1e-6);
    }

    @Test
    void topKDrawsOnlyAmongTheKMostProbable() {
        SamplingSettings top2 = new SamplingSettings(3, 2, false, 0);
        double[] w = Sampler.reshaped(P, top2);
        assertEquals(0, w[0] + w[2] + w[4], 0);
        assertEquals(1, w[1] + w[3], 1e-9);
        Random r = new Random(3);
        for (int i = 0; i < 500; i++) {
            int c = Sampler.choose(P, top2, r);
            assertTrue(c == 1 || c == 3, "chose " + c);
        }
    }

    @Test
    void drawsFollowTheDistributionAndRepeatWithTheSeed() {
        SamplingSettings s = new SamplingSettings(1, 0, false, 0);
        int[] counts = new int[P.length];
        Random r = new Random(11);
        int[] first = new int[50];
        for (int i = 0; i < 20_000; i++) {
            int c = Sampler.choose(P, s, r);
            counts[c]++;
            if (i < 50) {
                first[i] = c;
            }
        }
        for (int i = 0; i < P.length; i++) {
            assertEquals(P[i], counts[i] / 20_000.0, 0.015);
        }
        Random again = new Random(11);
        for (int i = 0; i < 50; i++) {
            assertEquals(first[i], Sampler.choose(P, s, again));
        }
    }

    @Test
    void topIndicesAreLargestFirst() {
        assertArrayEquals(new int[] {1, 3, 0}, Sampler.topIndices(P, 3));
        assertEquals(P.length, Sampler.topIndices(P, 99).length);
    }

    @Test
    void settingsOutOfRangeAreRefusedWithTheRule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SamplingSettings(-1, 0, false, 0));
        assertTrue(e.getMessage().contains("temperature"));
        assertThrows(IllegalArgumentException.class, () -> new SamplingSettings(1, -2, false, 0));
    }
}
