package org.rnnworkbench.app.evaluate;

import java.util.List;
import javafx.scene.chart.NumberAxis;
import org.rnnworkbench.app.ui.PlotLine;

/** An x axis of time steps: from step 0 to the last one drawn, ticks on whole steps (1, 2, 5, 10, ... apart). */
final class StepAxis {
    /** About this many ticks along the axis. */
    static final int TICKS = 10;

    private StepAxis() {
    }

    /** A step axis, labelled {@code step}. */
    static NumberAxis create() {
        NumberAxis x = new NumberAxis();
        x.setLabel("step");
        x.setMinorTickCount(0);
        x.setAnimated(false);
        return x;
    }

    /** Fits the axis to the longest of these lines. */
    static void fit(NumberAxis axis, List<PlotLine> lines) {
        int steps = lines.stream().mapToInt(l -> l.xs().length).max().orElse(0);
        if (steps < 2) {
            axis.setAutoRanging(true);
            return;
        }
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setUpperBound(steps - 1);
        axis.setTickUnit(unit((steps - 1) / (double) TICKS));
    }

    /** The smallest whole 1, 2 or 5 times a power of ten that is at least {@code raw}. */
    static long unit(double raw) {
        for (long scale = 1; ; scale *= 10) {
            for (long m : new long[] {1, 2, 5}) {
                if (m * scale >= raw) {
                    return m * scale;
                }
            }
        }
    }
}
