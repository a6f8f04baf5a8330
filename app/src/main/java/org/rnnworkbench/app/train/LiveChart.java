package org.rnnworkbench.app.train;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ValueAxis;
import org.rnnworkbench.app.ui.PlotLine;
import org.rnnworkbench.app.ui.SeriesChart;
import org.rnnworkbench.app.ui.Styles;

/**
 * A line chart of {@link SeriesHistory} values, redrawn from their downsampled copies so that it stays smooth
 * however long the run. On a log scale it plots {@code log10} of the values on a {@link LogAxis}, whose ticks
 * are labelled with the values (JavaFX has no logarithmic axis); values that are not positive are left out
 * there. Each history keeps its colour by its position in the list (see {@link SeriesChart}).
 */
final class LiveChart extends SeriesChart {
    /** Points drawn per series at most. */
    static final int MAX_POINTS = 800;

    private final boolean log;
    /** The series and their versions as last drawn, to skip redrawing a chart whose points have not changed. */
    private List<Shown> shown = List.of();

    private record Shown(SeriesHistory series, long version) {
    }

    LiveChart(String title, String xLabel, String yLabel, boolean log) {
        super(new NumberAxis(), log ? new LogAxis() : new NumberAxis());
        this.log = log;
        setTitle(title);
        getStyleClass().add(Styles.LIVE_CHART);
        ValueAxis<Number> x = (ValueAxis<Number>) getXAxis();
        ValueAxis<Number> y = (ValueAxis<Number>) getYAxis();
        x.setLabel(xLabel);
        y.setLabel(yLabel);
        ((NumberAxis) x).setForceZeroInRange(false);
        if (!log) {
            ((NumberAxis) y).setForceZeroInRange(false);
        }
        x.setAnimated(false);
        y.setAnimated(false);
        if (log) {
            // the zero line of log10 values is the value 1, which means nothing special here
            setHorizontalZeroLineVisible(false);
        }
        setMinSize(200, 160);
        showEmpty(true);
    }

    /**
     * An empty chart keeps its grid but shows no tick numbers: without data the axes would invent a range
     * (0 to 125, or 1e125 on a log axis) that looks like a result.
     */
    private void showEmpty(boolean empty) {
        for (ValueAxis<Number> axis : List.of((ValueAxis<Number>) getXAxis(), (ValueAxis<Number>) getYAxis())) {
            axis.setAutoRanging(!empty);
            axis.setTickLabelsVisible(!empty);
            if (empty) {
                axis.setLowerBound(0);
                axis.setUpperBound(1);
            }
        }
    }

    /** Marks each point: for per-epoch charts, whose first epoch is a single point that a line cannot show. */
    LiveChart withSymbols() {
        setCreateSymbols(true);
        return this;
    }

    /**
     * Redraws the chart with these series; names become the legend. Nothing happens when the chart already shows
     * exactly these series with the same points: a redraw lays out and repaints the whole chart, and with a
     * software renderer that is what makes the window late while training runs.
     */
    void show(List<SeriesHistory> series) {
        List<Shown> now = series.stream().map(h -> new Shown(h, h.version())).toList();
        if (now.equals(shown)) {
            return;
        }
        shown = now;
        List<PlotLine> lines = new ArrayList<>(series.size());
        boolean empty = true;
        for (SeriesHistory h : series) {
            PlotLine line = line(h);
            empty &= line.xs().length == 0;
            lines.add(line);
        }
        setLines(lines);
        showEmpty(empty);
    }

    private PlotLine line(SeriesHistory history) {
        double[][] d = history.downsample(MAX_POINTS);
        double[] xs = new double[d[0].length];
        double[] ys = new double[d[0].length];
        int n = 0;
        for (int i = 0; i < d[0].length; i++) {
            double y = d[1][i];
            if (log) {
                if (y <= 0) {
                    continue;
                }
                y = Math.log10(y);
            }
            xs[n] = d[0][i];
            ys[n++] = y;
        }
        return new PlotLine(history.name(), java.util.Arrays.copyOf(xs, n), java.util.Arrays.copyOf(ys, n));
    }
}
