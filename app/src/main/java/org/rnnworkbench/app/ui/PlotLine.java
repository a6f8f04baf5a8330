package org.rnnworkbench.app.ui;

import java.util.Objects;

/**
 * One named line of a chart: x and y values, equally many. A NaN y is a gap: nothing is drawn there and the line
 * breaks. Holds no JavaFX types, so view-models compute lines and views draw them.
 *
 * @param name the legend's text
 * @param xs x values, ascending
 * @param ys y values, NaN where the line has a gap
 */
public record PlotLine(String name, double[] xs, double[] ys) {

    public PlotLine {
        Objects.requireNonNull(name, "name");
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("a line needs as many y values as x values: " + xs.length + " x, "
                    + ys.length + " y");
        }
    }

    /** Number of drawn points (y not NaN). */
    public int drawnPoints() {
        int n = 0;
        for (double y : ys) {
            if (!Double.isNaN(y)) {
                n++;
            }
        }
        return n;
    }
}
