package org.rnnworkbench.app.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SeriesHistoryTest {

    @Test
    void aLongRunKeepsEveryPointAndDrawsAtMostTheLimitWithItsSpike() {
        SeriesHistory h = new SeriesHistory("loss");
        for (int i = 0; i < 200_000; i++) {
            h.add(i, 1.0 / (1 + i * 1e-3));
        }
        h.add(200_000, 50);
        for (int i = 200_001; i < 250_000; i++) {
            h.add(i, 0.01);
        }
        assertEquals(250_000, h.size());
        double[][] drawn = h.downsample(1000);
        assertTrue(drawn[0].length <= 1000, "points drawn: " + drawn[0].length);
        assertEquals(50, Arrays.stream(drawn[1]).max().orElseThrow(), "the spike survives");
        assertEquals(1.0, drawn[1][0], "the first point survives");
        for (int i = 1; i < drawn[0].length; i++) {
            assertTrue(drawn[0][i] > drawn[0][i - 1], "x stays in order");
        }
    }

    @Test
    void shortSeriesComeBackWholeWithoutNonFiniteValues() {
        SeriesHistory h = new SeriesHistory("v");
        h.add(1, 0.5);
        h.add(2, Double.NaN);
        h.add(3, 0.25);
        double[][] drawn = h.downsample(100);
        assertEquals(2, drawn[0].length);
        assertEquals(3, drawn[0][1]);
        assertEquals(3, h.points()[0].length, "the history keeps the NaN point");
    }

    @Test
    void smoothingStartsAtTheFirstValue() {
        ExponentialSmoother s = new ExponentialSmoother(0.9);
        assertEquals(2.0, s.add(2.0), 1e-12);
        double second = s.add(1.0);
        assertTrue(second > 1.0 && second < 2.0);
        assertEquals(second, s.add(Double.NaN), "NaN is skipped");
    }
}
