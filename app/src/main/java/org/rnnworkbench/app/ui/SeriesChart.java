package org.rnnworkbench.app.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.Axis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * A line chart whose lines keep their colours. JavaFX hands out its {@code default-colorN} style classes as
 * series come and go, and after series are replaced a line and its legend entry can end up in different
 * colours. Here line {@code i} of {@link #setLines} is drawn, marked and listed in the legend with the theme's
 * {@code series-colour-i} class (eight colours, then again from the first), whatever came before; the legend
 * is the chart's own, built from the same lines. The series objects are kept from one call to the next and only
 * their points replaced, so a redraw a few times a second makes no new nodes but the points. A line's NaN
 * values are gaps: each unbroken stretch is a series of its own in the line's colour, and a lone point between
 * gaps is drawn as a dot.
 */
public class SeriesChart extends LineChart<Number, Number> {
    /** Colours in the theme's series palette. */
    public static final int COLOURS = 8;

    private final FlowPane legendPane = new FlowPane(14, 2);
    private List<String> names = List.of();
    /** For each series of the chart, the index of the line it draws. */
    private final List<Integer> lineOfSeries = new ArrayList<>();
    /** The palette colour of each line, when not its own index. */
    private int[] palette = new int[0];

    public SeriesChart(Axis<Number> x, Axis<Number> y) {
        super(x, y);
        setAnimated(false);
        setCreateSymbols(false);
        legendPane.getStyleClass().add("chart-legend");
        legendPane.setAlignment(Pos.CENTER);
        // one row as wide as the items need; the chart narrows it to its own width and the items wrap
        legendPane.setPrefWrapLength(4000);
    }

    /** The style class of line {@code index}'s colour. */
    public static String colourClass(int index) {
        return Styles.SERIES_COLOUR_PREFIX + Math.floorMod(index, COLOURS);
    }

    /**
     * Gives line {@code i} the palette colour {@code colours[i]} instead of colour {@code i}, e.g. so that an
     * actual value and its prediction stand apart. Lines beyond the array keep their own index.
     */
    public void setColours(int... colours) {
        palette = colours.clone();
        recolour();
        updateLegend();
    }

    private int colourOf(int line) {
        return line < palette.length ? palette[line] : line;
    }

    /** Shows these lines, replacing the ones before; names become the legend. */
    public void setLines(List<PlotLine> lines) {
        List<String> newNames = new ArrayList<>(lines.size());
        List<Integer> owners = new ArrayList<>();
        List<List<XYChart.Data<Number, Number>>> stretches = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PlotLine line = lines.get(i);
            newNames.add(line.name());
            List<List<XYChart.Data<Number, Number>>> own = stretches(line);
            if (own.isEmpty()) {
                // an empty series keeps the line's place, so that its legend entry and colour stay put
                own.add(new ArrayList<>());
            }
            for (List<XYChart.Data<Number, Number>> s : own) {
                owners.add(i);
                stretches.add(s);
            }
        }
        boolean legendChanged = !newNames.equals(names);
        names = List.copyOf(newNames);
        lineOfSeries.clear();
        lineOfSeries.addAll(owners);
        ObservableList<Series<Number, Number>> data = getData();
        if (data.size() > stretches.size()) {
            data.remove(stretches.size(), data.size());
        }
        for (int i = 0; i < stretches.size(); i++) {
            String name = newNames.get(owners.get(i));
            Series<Number, Number> s;
            if (i < data.size()) {
                s = data.get(i);
                if (!name.equals(s.getName())) {
                    s.setName(name);
                }
                s.getData().setAll(stretches.get(i));
            } else {
                s = new Series<>(name, FXCollections.observableArrayList(stretches.get(i)));
                data.add(s);
            }
        }
        recolour();
        if (legendChanged) {
            updateLegend();
        }
    }

    /** The index of the line that series {@code seriesIndex} of {@link #getData()} draws. */
    public int lineOfSeries(int seriesIndex) {
        return lineOfSeries.get(seriesIndex);
    }

    private List<List<XYChart.Data<Number, Number>>> stretches(PlotLine line) {
        List<List<XYChart.Data<Number, Number>>> out = new ArrayList<>();
        List<XYChart.Data<Number, Number>> current = null;
        for (int j = 0; j < line.xs().length; j++) {
            double y = line.ys()[j];
            if (Double.isNaN(y)) {
                current = null;
                continue;
            }
            if (current == null) {
                current = new ArrayList<>();
                out.add(current);
            }
            current.add(new XYChart.Data<>(line.xs()[j], y));
        }
        if (!getCreateSymbols()) {
            for (List<XYChart.Data<Number, Number>> s : out) {
                if (s.size() == 1) {
                    // a lone point has no line to show it: it gets a dot, which the chart styles as a symbol
                    s.get(0).setNode(new StackPane());
                }
            }
        }
        return out;
    }

    /**
     * LineChart gives every line and dot its {@code default-colorN} class again whenever the list of series
     * changes; the lines get their own colours back right after.
     */
    @Override
    @SuppressWarnings("rawtypes")
    protected void seriesChanged(ListChangeListener.Change<? extends Series> c) {
        super.seriesChanged(c);
        recolour();
    }

    private void recolour() {
        ObservableList<Series<Number, Number>> data = getData();
        for (int i = 0; i < data.size() && i < lineOfSeries.size(); i++) {
            colour(data.get(i), colourOf(lineOfSeries.get(i)));
        }
    }

    private static void colour(Series<Number, Number> series, int colour) {
        String cls = colourClass(colour);
        if (series.getNode() != null) {
            restyle(series.getNode(), cls);
        }
        for (XYChart.Data<Number, Number> d : series.getData()) {
            if (d.getNode() != null) {
                restyle(d.getNode(), cls);
            }
        }
    }

    private static void restyle(Node node, String cls) {
        ObservableList<String> classes = node.getStyleClass();
        if (classes.contains(cls) && classes.stream().noneMatch(c -> c.startsWith("default-color")
                || c.startsWith(Styles.SERIES_COLOUR_PREFIX) && !c.equals(cls))) {
            return;
        }
        classes.removeIf(c -> c.startsWith("default-color") || c.startsWith(Styles.SERIES_COLOUR_PREFIX));
        classes.add(cls);
    }

    /** The legend lists the lines (not the stretches), each with a dot in its line's colour. */
    @Override
    protected void updateLegend() {
        if (legendPane == null) {
            // called while the chart is being constructed
            return;
        }
        List<Node> items = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Region dot = new Region();
            dot.getStyleClass().addAll("chart-legend-item-symbol", "chart-line-symbol", colourClass(colourOf(i)));
            Label item = new Label(names.get(i), dot);
            item.getStyleClass().add("chart-legend-item");
            items.add(item);
        }
        legendPane.getChildren().setAll(items);
        setLegend(items.isEmpty() ? null : legendPane);
    }
}
