package org.rnnworkbench.app.train;

import java.util.List;
import javafx.scene.chart.ValueAxis;

/**
 * A value axis for data already in {@code log10} units, with ticks where a logarithmic axis has them (decades,
 * 1-2-5, ...; see {@link LogTicks}) labelled with the values themselves. JavaFX has no logarithmic axis, and a
 * {@code NumberAxis} over {@code log10} values puts its ticks at evenly spaced exponents whose values, rounded
 * for the label, repeat.
 */
final class LogAxis extends ValueAxis<Number> {
    /** Height in pixels a tick label needs on a vertical axis, with room around it. */
    static final double PIXELS_PER_TICK = 26;

    private List<LogTicks.Tick> ticks = List.of();

    LogAxis() {
        setMinorTickVisible(false);
    }

    @Override
    protected Object autoRange(double minValue, double maxValue, double length, double labelSize) {
        double[] r = LogTicks.range(minValue, maxValue);
        return new double[] {r[0], r[1], calculateNewScale(length, r[0], r[1])};
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        double[] r = (double[]) range;
        setLowerBound(r[0]);
        setUpperBound(r[1]);
        currentLowerBound.set(r[0]);
        setScale(r[2]);
    }

    @Override
    protected Object getRange() {
        return new double[] {getLowerBound(), getUpperBound(), getScale()};
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        double[] r = (double[]) range;
        int max = (int) Math.floor(length / PIXELS_PER_TICK);
        ticks = LogTicks.ticks(r[0], r[1], max);
        return ticks.stream().map(t -> (Number) t.position()).toList();
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        return List.of();
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        for (LogTicks.Tick t : ticks) {
            if (t.position() == value.doubleValue()) {
                return t.label();
            }
        }
        return LogTicks.label(value.doubleValue());
    }
}
