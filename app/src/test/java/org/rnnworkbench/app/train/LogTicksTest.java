package org.rnnworkbench.app.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogTicksTest {

    private static List<String> labels(double lowValue, double highValue, int max) {
        return LogTicks.ticks(Math.log10(lowValue), Math.log10(highValue), max).stream().map(AxisTick::label)
                .toList();
    }

    /** Labels differ, ticks ascend and lie in the range; at least two, and about {@code max} at most. */
    private static void assertReadable(double lower, double upper, int max) {
        List<AxisTick> ticks = LogTicks.ticks(lower, upper, max);
        String where = "range " + lower + ".." + upper + " max " + max + ": " + ticks;
        assertTrue(ticks.size() >= 2, where);
        assertTrue(ticks.size() <= Math.max(3, max) + 2, where);
        assertEquals(ticks.size(), new HashSet<>(ticks.stream().map(AxisTick::label).toList()).size(), where);
        for (int i = 0; i < ticks.size(); i++) {
            AxisTick t = ticks.get(i);
            assertTrue(t.position() >= lower - 1e-9 && t.position() <= upper + 1e-9, where);
            assertTrue(i == 0 || t.position() > ticks.get(i - 1).position(), where);
            // the label is the value at the tick's position
            assertEquals(Math.pow(10, t.position()), new BigDecimal(t.label().replace("e", "E")).doubleValue(),
                    Math.pow(10, t.position()) * 1e-9, where);
        }
    }

    @Test
    void severalDecadesGetOneTickPerDecade() {
        assertEquals(List.of("1e-5", "1e-4", "1e-3", "0.01", "0.1"), labels(5e-6, 0.3, 8));
    }

    @Test
    void manyDecadesOnAShortAxisGetEveryOtherOrFifthDecade() {
        assertEquals(List.of("1e-8", "1e-6", "1e-4", "0.01", "1"), labels(3e-9, 4, 5));
        assertEquals(List.of("1e-10", "1e-5", "1"), labels(1e-12, 30, 3));
    }

    @Test
    void aDecadeOrTwoGetsOneTwoAndFive() {
        assertEquals(List.of("5e-4", "1e-3", "2e-3", "5e-3"), labels(3e-4, 8e-3, 6));
        assertEquals(List.of("20", "50", "100"), labels(12, 180, 6));
    }

    @Test
    void underADecadeOnAShortAxisGetsOneTwoThreeAndFive() {
        // parameter norms of 26 to 125 on a small chart: evenly spaced values would crowd at the top
        assertEquals(List.of("30", "50", "100"), labels(26, 125, 5));
    }

    @Test
    void lessThanADecadeGetsEveryMantissa() {
        assertEquals(List.of("3e-3", "4e-3", "5e-3", "6e-3"), labels(2.6e-3, 6.5e-3, 6));
    }

    @Test
    void aNarrowRangeGetsRoundEvenlySpacedValuesThatAllDiffer() {
        // the learning rate of a run with a slowly decaying schedule: NumberAxis read "0.0049" five times
        List<String> labels = labels(4.87e-3, 4.95e-3, 5);
        assertEquals(List.of("4.88e-3", "4.9e-3", "4.92e-3", "4.94e-3"), labels);
    }

    @Test
    void plainNumbersFromAHundredthToThousands() {
        assertEquals("0.05", LogTicks.label(new BigDecimal("0.05")));
        assertEquals("2500", LogTicks.label(new BigDecimal("2.5E3")));
        assertEquals("1e-3", LogTicks.label(new BigDecimal("0.001")));
        assertEquals("2.5e-4", LogTicks.label(new BigDecimal("0.00025")));
        assertEquals("1e4", LogTicks.label(new BigDecimal("10000")));
    }

    @Test
    void everyRangeGetsDistinctTicksInside() {
        for (double lower = -12; lower < 4; lower += 0.37) {
            for (double span : new double[] {0.001, 0.02, 0.1, 0.3, 0.7, 1, 1.5, 2.2, 4, 9, 17}) {
                for (int max : new int[] {2, 3, 5, 8, 12}) {
                    assertReadable(lower, lower + span, max);
                }
            }
        }
    }

    @Test
    void theRangePadsTheDataAndKeepsAFlatLineFlat() {
        double[] r = LogTicks.range(-3, -1);
        assertEquals(-3.1, r[0], 1e-12);
        assertEquals(-0.9, r[1], 1e-12);
        double[] flat = LogTicks.range(Math.log10(4.9e-3), Math.log10(4.9e-3));
        assertEquals(LogTicks.MIN_SPAN, flat[1] - flat[0], 1e-12);
    }
}
