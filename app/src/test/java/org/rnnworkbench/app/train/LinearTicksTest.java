package org.rnnworkbench.app.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinearTicksTest {

    private static List<String> labels(double lower, double upper, int max, boolean wholeNumbers) {
        return LinearTicks.ticks(lower, upper, max, wholeNumbers).stream().map(AxisTick::label).toList();
    }

    @Test
    void theFinestOneTwoFiveStepThatFits() {
        assertEquals(List.of("0", "0.5", "1", "1.5", "2"), labels(0, 2, 5, false));
        assertEquals(List.of("0", "1", "2"), labels(0, 2, 4, false));
        assertEquals(List.of("1.2", "1.4", "1.6", "1.8"), labels(1.13, 1.87, 6, false));
        assertEquals(List.of("-0.2", "0", "0.2"), labels(-0.25, 0.25, 4, false));
    }

    @Test
    void labelsAreExactDecimalsWithoutRepeats() {
        List<String> l = labels(0.1, 0.4, 8, false);
        assertEquals(List.of("0.1", "0.15", "0.2", "0.25", "0.3", "0.35", "0.4"), l);
        List<String> tiny = labels(2.0e-5, 2.6e-5, 4, false);
        assertEquals(List.of("2e-5", "2.2e-5", "2.4e-5", "2.6e-5"), tiny);
        assertEquals(tiny.size(), new HashSet<>(tiny).size());
    }

    @Test
    void wholeNumberAxesNeverStepByLessThanOne() {
        assertEquals(List.of("1", "2"), labels(1, 2, 8, true));
        assertEquals(List.of("0", "20000", "40000", "60000"), labels(0, 64_000, 5, true));
        assertEquals(List.of("200000", "400000", "600000", "800000", "1e6"), labels(150_000, 1_000_000, 5, true));
    }

    @Test
    void ticksLieInTheRangeAndTheirLabelsAreTheirValues() {
        double[][] ranges = {{0, 1}, {-3.7, 12.2}, {0.001, 0.0013}, {1234, 98765}, {-1e-7, 3e-7}};
        for (double[] r : ranges) {
            for (int max = 2; max < 12; max++) {
                List<AxisTick> ticks = LinearTicks.ticks(r[0], r[1], max, false);
                String where = r[0] + ".." + r[1] + " max " + max + ": " + ticks;
                assertTrue(ticks.size() >= 1 && ticks.size() <= max, where);
                for (AxisTick t : ticks) {
                    assertTrue(t.position() >= r[0] && t.position() <= r[1], where);
                    assertEquals(t.position(), new BigDecimal(t.label().replace("e", "E")).doubleValue(),
                            Math.abs(t.position()) * 1e-12, where);
                }
            }
        }
    }

    @Test
    void noRangeNoTicks() {
        assertEquals(List.of(), LinearTicks.ticks(1, 1, 5, false));
        assertEquals(List.of(), LinearTicks.ticks(0, Double.NaN, 5, false));
    }

    @Test
    void paddingAroundTheDataAndAroundAFlatLine() {
        assertArrayEquals(new double[] {-0.5, 10.5}, LinearTicks.padded(0, 10), 1e-12);
        assertArrayEquals(new double[] {1.9, 2.1}, LinearTicks.padded(2, 2), 1e-12);
        assertArrayEquals(new double[] {-0.5, 0.5}, LinearTicks.padded(0, 0), 1e-12);
    }
}
