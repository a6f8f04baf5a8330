package org.rnnworkbench.app.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ColumnEnvelopeTest {

    @Test
    void eachColumnSpansWhereTheLinePassesThroughIt() {
        // up from y 10 to y 30 over two columns, then a spike within column 2 and back
        double[] xs = {0.5, 2.5, 2.7, 2.9};
        double[] ys = {10, 30, 0, 30};
        ColumnEnvelope e = ColumnEnvelope.trace(xs, ys, 0, 4);
        assertEquals(0, e.firstColumn());
        assertEquals(3, e.columns());
        assertEquals(10, e.top(0), 1e-12);
        assertEquals(15, e.bottom(0), 1e-12);
        assertEquals(15, e.top(1), 1e-12);
        assertEquals(25, e.bottom(1), 1e-12);
        assertEquals(0, e.top(2), 1e-12);
        assertEquals(30, e.bottom(2), 1e-12);
    }

    @Test
    void aLoneOrVerticalRunIsOneColumn() {
        ColumnEnvelope one = ColumnEnvelope.trace(new double[] {7.2}, new double[] {4}, 0, 1);
        assertEquals(7, one.firstColumn());
        assertEquals(1, one.columns());
        assertEquals(4, one.top(0), 1e-12);
        assertEquals(4, one.bottom(0), 1e-12);

        ColumnEnvelope upright = ColumnEnvelope.trace(new double[] {3, 3, 3}, new double[] {5, 1, 9}, 0, 3);
        assertEquals(1, upright.columns());
        assertEquals(1, upright.top(0), 1e-12);
        assertEquals(9, upright.bottom(0), 1e-12);
    }

    @Test
    void onlyTheGivenPointsCount() {
        double[] xs = {0, 10, 20, 30};
        double[] ys = {100, 0, 0, 100};
        ColumnEnvelope e = ColumnEnvelope.trace(xs, ys, 1, 3);
        assertEquals(10, e.firstColumn());
        assertEquals(11, e.columns());
        for (int i = 0; i < e.columns(); i++) {
            assertEquals(0, e.top(i), 1e-12);
            assertEquals(0, e.bottom(i), 1e-12);
        }
        assertThrows(IllegalArgumentException.class, () -> ColumnEnvelope.trace(xs, ys, 2, 2));
    }

    @Test
    void aLineIsJaggedWhenItTravelsUpAndDownFarMoreThanAcross() {
        double[] xs = new double[100];
        double[] zigzag = new double[100];
        double[] slope = new double[100];
        for (int i = 0; i < 100; i++) {
            xs[i] = i;
            zigzag[i] = i % 2 == 0 ? 0 : 50;
            slope[i] = 3 * i;
        }
        assertTrue(ColumnEnvelope.isJagged(xs, zigzag, 100));
        assertFalse(ColumnEnvelope.isJagged(xs, slope, 100), "a steady slope of three is not jagged");
        assertFalse(ColumnEnvelope.isJagged(xs, zigzag, 2), "two points are a segment");
    }
}
