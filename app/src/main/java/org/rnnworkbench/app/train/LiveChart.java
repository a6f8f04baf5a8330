package org.rnnworkbench.app.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;
import org.rnnworkbench.app.ui.Styles;

/**
 * A line chart of {@link SeriesHistory} values, redrawn from their downsampled copies so that it stays smooth
 * however long the run. On a log scale it plots {@code log10} of the values and labels the ticks as powers of
 * ten (JavaFX has no logarithmic axis); values that are not positive are left out there.
 */
final class LiveChart extends LineChart<Number, Number> {
    /** Points drawn per series at most. */
    static final int MAX_POINTS = 800;

    private final boolean log;

    LiveChart(String title, String xLabel, String yLabel, boolean log) {
        super(new NumberAxis(), new NumberAxis());
        this.log = log;
        setTitle(title);
        getStyleClass().add(Styles.LIVE_CHART);
        setAnimated(false);
        setCreateSymbols(false);
        NumberAxis x = (NumberAxis) getXAxis();
        NumberAxis y = (NumberAxis) getYAxis();
        x.setLabel(xLabel);
        y.setLabel(yLabel);
        x.setForceZeroInRange(false);
        y.setForceZeroInRange(false);
        x.setAnimated(false);
        y.setAnimated(false);
        if (log) {
            // the zero line of log10 values is the value 1, which means nothing special here
            setHorizontalZeroLineVisible(false);
            y.setTickLabelFormatter(new StringConverter<>() {
                @Override
                public String toString(Number v) {
                    // two significant digits: ticks between powers of ten must not read alike
                    return String.format(Locale.ROOT, "%.2g", Math.pow(10, v.doubleValue()));
                }

                @Override
                public Number fromString(String s) {
                    return Math.log10(Double.parseDouble(s));
                }
            });
        }
        setMinSize(200, 160);
        showEmpty(true);
    }

    /**
     * An empty chart keeps its grid but shows no tick numbers: without data the axes would invent a range
     * (0 to 125, or 1e125 on a log axis) that looks like a result.
     */
    private void showEmpty(boolean empty) {
        for (NumberAxis axis : List.of((NumberAxis) getXAxis(), (NumberAxis) getYAxis())) {
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

    /** Redraws the chart with these series; names become the legend. */
    void show(List<SeriesHistory> series) {
        ObservableList<Series<Number, Number>> data = getData();
        boolean sameSeries = data.size() == series.size();
        for (int i = 0; sameSeries && i < series.size(); i++) {
            sameSeries = data.get(i).getName().equals(series.get(i).name());
        }
        List<Series<Number, Number>> fresh = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            List<XYChart.Data<Number, Number>> points = points(series.get(i));
            if (sameSeries) {
                data.get(i).getData().setAll(points);
            } else {
                Series<Number, Number> s = new Series<>();
                s.setName(series.get(i).name());
                s.getData().setAll(points);
                fresh.add(s);
            }
        }
        if (!sameSeries) {
            data.setAll(fresh);
        }
        showEmpty(data.stream().allMatch(ser -> ser.getData().isEmpty()));
    }

    private List<XYChart.Data<Number, Number>> points(SeriesHistory history) {
        double[][] d = history.downsample(MAX_POINTS);
        List<XYChart.Data<Number, Number>> out = new ArrayList<>(d[0].length);
        for (int i = 0; i < d[0].length; i++) {
            double y = d[1][i];
            if (log) {
                if (y <= 0) {
                    continue;
                }
                y = Math.log10(y);
            }
            out.add(new XYChart.Data<>(d[0][i], y));
        }
        return out;
    }
}
