package org.rnnworkbench.app.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.rnnworkbench.app.ui.PlotLine;
import org.rnnworkbench.app.ui.SeriesChart;
import org.rnnworkbench.app.ui.Styles;

/**
 * A line chart of {@link SeriesHistory} values that redraws a few times a second while a run trains, however long
 * the run. The plot (grid, tick labels, lines) is drawn on one canvas from the histories' downsampled copies; the
 * title, axis names and legend are ordinary labels that change only when their text does. A chart of nodes (a
 * {@code LineChart}) made a point object per value and laid out and restyled its axes on every redraw, which
 * together with the renderer's cost of stroking a noisy line kept the window's pulses late. Jagged lines are
 * drawn as pixel columns ({@link ColumnEnvelope}), smooth ones stroked.
 *
 * <p>On a log scale the chart plots {@code log10} of the values with ticks from {@link LogTicks}, labelled with
 * the values; values that are not positive are left out there. Line {@code i} is drawn in the theme's
 * {@code series-colour-i}: the legend's dots and hidden swatches carry those style classes, and the canvas takes
 * its colours from the swatches, so a theme's stylesheet decides them (the code names none) and a theme switch
 * redraws the chart.
 */
final class LiveChart extends BorderPane {
    /** Points drawn per series at most. */
    static final int MAX_POINTS = 800;
    /** Height in pixels a tick label needs on the value axis, with room around it. */
    private static final double Y_PIXELS_PER_TICK = 26;
    /** Width in pixels a tick label needs on the x axis, with room around it. */
    private static final double X_PIXELS_PER_TICK = 70;
    private static final double LINE_WIDTH = 1.6;
    private static final double SYMBOL_RADIUS = 4;
    private static final double SYMBOL_HOLE = 2;
    private static final double TICK_GAP = 5;
    /** The grid is the tick labels' colour at this opacity. */
    private static final double GRID_OPACITY = 0.22;
    private final boolean log;
    private final Label title = new Label();
    private final Label xName = new Label();
    private final Label yName = new Label();
    private final Canvas canvas = new Canvas();
    private final FlowPane legend = new FlowPane(14, 2);
    /** Styled like line {@code i}'s legend dot: fill 0 is its colour, fill 1 the plot's background. */
    private final Region[] swatches = new Region[SeriesChart.COLOURS];
    /** Styled like tick labels: their colour and font. */
    private final Label tickSwatch = new Label();
    private final Text measure = new Text();
    private final Map<String, Double> labelWidths = new HashMap<>();
    private boolean symbols;
    /** The series and their versions as last drawn, to skip redrawing a chart whose points have not changed. */
    private List<Shown> shown = List.of();
    private List<PlotLine> lines = List.of();
    private List<String> legendNames = List.of();
    private Drawing lastDrawing = new Drawing(List.of(), List.of(), List.of());
    private long redraws;
    private double[] pixelXs = new double[0];
    private double[] pixelYs = new double[0];

    private record Shown(SeriesHistory series, long version) {
    }

    /**
     * What one line looked like in the last drawing.
     *
     * @param name its legend text
     * @param colour the colour it was drawn in
     * @param points how many points it had
     * @param columns whether it was drawn as pixel columns (else stroked)
     */
    record DrawnLine(String name, Color colour, int points, boolean columns) {
    }

    /** What the last redraw drew: the lines in legend order and the tick labels of both axes. */
    record Drawing(List<DrawnLine> lines, List<String> xTicks, List<String> yTicks) {
    }

    LiveChart(String title, String xLabel, String yLabel, boolean log) {
        this.log = log;
        getStyleClass().add(Styles.LIVE_CHART);
        this.title.setText(title);
        this.title.getStyleClass().add("chart-title");
        xName.setText(xLabel);
        yName.setText(yLabel);
        xName.getStyleClass().add("axis-label");
        yName.getStyleClass().add("axis-label");
        yName.setRotate(-90);
        legend.getStyleClass().add("chart-legend");
        legend.setAlignment(Pos.CENTER);
        // one row as wide as the items need; the chart narrows it to its own width and the items wrap
        legend.setPrefWrapLength(4000);

        Pane plot = new PlotPane();
        plot.getChildren().add(canvas);
        setTop(this.title);
        setAlignment(this.title, Pos.CENTER);
        Group rotated = new Group(yName);
        setLeft(rotated);
        setAlignment(rotated, Pos.CENTER);
        setCenter(plot);
        VBox bottom = new VBox(2, xName, legend);
        bottom.setAlignment(Pos.CENTER);
        setBottom(bottom);
        setMinSize(200, 160);
        canvas.setAccessibleText(title);

        tickSwatch.getStyleClass().add(Styles.LIVE_CHART_TICKS);
        addSwatch(tickSwatch);
        tickSwatch.textFillProperty().addListener((obs, was, is) -> redraw());
        tickSwatch.fontProperty().addListener((obs, was, is) -> {
            labelWidths.clear();
            redraw();
        });
        for (int i = 0; i < swatches.length; i++) {
            swatches[i] = new Region();
            swatches[i].getStyleClass().addAll("chart-line-symbol", SeriesChart.colourClass(i));
            swatches[i].backgroundProperty().addListener((obs, was, is) -> redraw());
            addSwatch(swatches[i]);
        }
    }

    private void addSwatch(Region swatch) {
        swatch.setManaged(false);
        swatch.setVisible(false);
        getChildren().add(swatch);
    }

    /** The canvas follows its pane's size and is redrawn when that changes. */
    private final class PlotPane extends Pane {
        PlotPane() {
            setMinSize(0, 0);
        }

        @Override
        protected double computePrefWidth(double height) {
            return 300;
        }

        @Override
        protected double computePrefHeight(double width) {
            return 180;
        }

        @Override
        protected void layoutChildren() {
            double w = snapSizeX(getWidth());
            double h = snapSizeY(getHeight());
            if (w != canvas.getWidth() || h != canvas.getHeight()) {
                canvas.setWidth(w);
                canvas.setHeight(h);
                redraw();
            }
        }
    }

    void setTitle(String text) {
        title.setText(text);
    }

    void setYLabel(String text) {
        yName.setText(text);
    }

    /** Marks each point: for per-epoch charts, whose first epoch is a single point that a line cannot show. */
    LiveChart withSymbols() {
        symbols = true;
        return this;
    }

    /**
     * Redraws the chart with these series; names become the legend. Nothing happens when the chart already shows
     * exactly these series with the same points.
     */
    void show(List<SeriesHistory> series) {
        List<Shown> now = series.stream().map(h -> new Shown(h, h.version())).toList();
        if (now.equals(shown)) {
            return;
        }
        shown = now;
        lines = series.stream().map(this::line).toList();
        List<String> names = lines.stream().map(PlotLine::name).toList();
        if (!names.equals(legendNames)) {
            legendNames = names;
            updateLegend();
        }
        redraw();
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

    private void updateLegend() {
        List<Label> items = new ArrayList<>();
        for (int i = 0; i < legendNames.size(); i++) {
            Region dot = new Region();
            dot.getStyleClass().addAll("chart-legend-item-symbol", "chart-line-symbol", SeriesChart.colourClass(i));
            Label item = new Label(legendNames.get(i), dot);
            item.getStyleClass().add("chart-legend-item");
            items.add(item);
        }
        legend.getChildren().setAll(items);
    }

    /** Line {@code i}'s colour: its swatch's first fill (null until the stylesheet has styled the swatch). */
    private Color colour(int line) {
        Paint fill = fill(swatches[Math.floorMod(line, swatches.length)].getBackground(), 0);
        return fill instanceof Color c ? c : null;
    }

    /** Whether the stylesheet has given the swatches their colours; until then there is nothing to draw with. */
    private boolean styled() {
        for (int i = 0; i < swatches.length; i++) {
            if (colour(i) == null) {
                return false;
            }
        }
        return plotBackground() != null;
    }

    private Paint plotBackground() {
        return fill(swatches[0].getBackground(), 1);
    }

    private static Paint fill(Background background, int index) {
        return background != null && background.getFills().size() > index
                ? background.getFills().get(index).getFill() : null;
    }

    private double textWidth(String text, Font font) {
        return labelWidths.computeIfAbsent(text, t -> {
            measure.setFont(font);
            measure.setText(t);
            return measure.getLayoutBounds().getWidth();
        });
    }

    private void redraw() {
        redraws++;
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        // a swatch that gets its colours later redraws the chart then
        if (w < 40 || h < 40 || !styled()) {
            lastDrawing = new Drawing(List.of(), List.of(), List.of());
            return;
        }
        Font font = tickSwatch.getFont();
        Paint text = tickSwatch.getTextFill();
        double textHeight = Math.ceil(font.getSize() * 1.3);
        Bounds data = Bounds.of(lines);
        double[] xRange = data.empty() ? new double[] {0, 1} : data.xRange();
        double[] yRange = data.empty() ? new double[] {0, 1}
                : log ? LogTicks.range(data.yMin(), data.yMax()) : LinearTicks.padded(data.yMin(), data.yMax());

        double top = Math.ceil(textHeight / 2);
        double bottom = Math.floor(h - textHeight - TICK_GAP);
        int yCount = (int) Math.floor((bottom - top) / Y_PIXELS_PER_TICK);
        List<AxisTick> yTicks = data.empty() ? List.of() : log ? LogTicks.ticks(yRange[0], yRange[1], yCount)
                : LinearTicks.ticks(yRange[0], yRange[1], yCount, false);
        double labels = 0;
        for (AxisTick t : yTicks) {
            labels = Math.max(labels, textWidth(t.label(), font));
        }
        double left = Math.ceil(labels + 2 * TICK_GAP);
        double right = Math.floor(w - 2 * TICK_GAP);
        List<AxisTick> xTicks = data.empty() ? List.of() : LinearTicks.ticks(xRange[0], xRange[1],
                (int) Math.floor((right - left) / X_PIXELS_PER_TICK) + 1, true);
        Frame f = new Frame(left, top, right, bottom, xRange, yRange);

        g.setFill(plotBackground());
        g.fillRect(left, top, right - left, bottom - top);
        drawGrid(g, f, xTicks, yTicks, text);
        drawTickLabels(g, f, xTicks, yTicks, font, text, w);
        List<DrawnLine> drawn = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            drawn.add(drawLine(g, f, lines.get(i), colour(i)));
        }
        lastDrawing = new Drawing(drawn, xTicks.stream().map(AxisTick::label).toList(),
                yTicks.stream().map(AxisTick::label).toList());
    }

    /** The plot's rectangle in canvas pixels and the data ranges it shows. */
    private record Frame(double left, double top, double right, double bottom, double[] xRange, double[] yRange) {
        double x(double value) {
            return left + (value - xRange[0]) / (xRange[1] - xRange[0]) * (right - left);
        }

        double y(double value) {
            return bottom - (value - yRange[0]) / (yRange[1] - yRange[0]) * (bottom - top);
        }
    }

    /** The smallest and largest x and y over all lines' points. */
    private record Bounds(double xMin, double xMax, double yMin, double yMax) {
        static Bounds of(List<PlotLine> lines) {
            double xMin = Double.POSITIVE_INFINITY;
            double xMax = Double.NEGATIVE_INFINITY;
            double yMin = Double.POSITIVE_INFINITY;
            double yMax = Double.NEGATIVE_INFINITY;
            for (PlotLine l : lines) {
                for (int i = 0; i < l.xs().length; i++) {
                    xMin = Math.min(xMin, l.xs()[i]);
                    xMax = Math.max(xMax, l.xs()[i]);
                    yMin = Math.min(yMin, l.ys()[i]);
                    yMax = Math.max(yMax, l.ys()[i]);
                }
            }
            return new Bounds(xMin, xMax, yMin, yMax);
        }

        boolean empty() {
            return xMin > xMax;
        }

        /** From the first point to the last; a single x gets half a unit either side. */
        double[] xRange() {
            return xMin < xMax ? new double[] {xMin, xMax} : new double[] {xMin - 0.5, xMax + 0.5};
        }
    }

    /**
     * One-pixel rectangles, not stroked lines: the software renderer fills them directly. An empty chart keeps
     * a plain grid with no numbers, since an invented range would look like a result.
     */
    private static void drawGrid(GraphicsContext g, Frame f, List<AxisTick> xTicks, List<AxisTick> yTicks,
            Paint text) {
        g.setFill(text);
        g.setGlobalAlpha(GRID_OPACITY);
        double width = f.right() - f.left();
        double height = f.bottom() - f.top();
        if (xTicks.isEmpty() && yTicks.isEmpty()) {
            for (int i = 0; i <= 4; i++) {
                g.fillRect(Math.floor(f.left() + width * i / 4), f.top(), 1, height);
                g.fillRect(f.left(), Math.floor(f.top() + height * i / 4), width, 1);
            }
            g.setGlobalAlpha(1);
            return;
        }
        for (AxisTick t : yTicks) {
            g.fillRect(f.left(), Math.floor(f.y(t.position())), width, 1);
        }
        for (AxisTick t : xTicks) {
            g.fillRect(Math.floor(f.x(t.position())), f.top(), 1, height);
        }
        g.setGlobalAlpha(1);
    }

    private void drawTickLabels(GraphicsContext g, Frame f, List<AxisTick> xTicks, List<AxisTick> yTicks, Font font,
            Paint text, double canvasWidth) {
        g.setFont(font);
        g.setFill(text);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        for (AxisTick t : yTicks) {
            g.fillText(t.label(), f.left() - TICK_GAP, f.y(t.position()));
        }
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (AxisTick t : xTicks) {
            double half = textWidth(t.label(), font) / 2;
            // a label at either end moves inwards rather than off the canvas
            double x = Math.max(half, Math.min(canvasWidth - half, f.x(t.position())));
            g.fillText(t.label(), x, f.bottom() + TICK_GAP / 2);
        }
    }

    private DrawnLine drawLine(GraphicsContext g, Frame f, PlotLine line, Color colour) {
        int n = line.xs().length;
        if (pixelXs.length < n) {
            pixelXs = new double[n];
            pixelYs = new double[n];
        }
        for (int i = 0; i < n; i++) {
            pixelXs[i] = f.x(line.xs()[i]);
            pixelYs[i] = f.y(line.ys()[i]);
        }
        boolean columns = ColumnEnvelope.isJagged(pixelXs, pixelYs, n);
        if (columns) {
            g.setFill(colour);
            ColumnEnvelope e = ColumnEnvelope.trace(pixelXs, pixelYs, 0, n);
            for (int i = 0; i < e.columns(); i++) {
                double top = e.top(i) - LINE_WIDTH / 2;
                g.fillRect(e.firstColumn() + i, top, 1, e.bottom(i) + LINE_WIDTH / 2 - top);
            }
        } else if (n > 1) {
            g.setStroke(colour);
            g.setLineWidth(LINE_WIDTH);
            g.setLineJoin(StrokeLineJoin.ROUND);
            g.setLineCap(StrokeLineCap.ROUND);
            g.strokePolyline(pixelXs, pixelYs, n);
        }
        if (symbols || n == 1) {
            Paint hole = plotBackground();
            for (int i = 0; i < n; i++) {
                g.setFill(colour);
                g.fillOval(pixelXs[i] - SYMBOL_RADIUS, pixelYs[i] - SYMBOL_RADIUS, 2 * SYMBOL_RADIUS,
                        2 * SYMBOL_RADIUS);
                g.setFill(hole);
                g.fillOval(pixelXs[i] - SYMBOL_HOLE, pixelYs[i] - SYMBOL_HOLE, 2 * SYMBOL_HOLE, 2 * SYMBOL_HOLE);
            }
        }
        return new DrawnLine(line.name(), colour, n, columns);
    }

    /** What the last redraw drew; for tests. */
    Drawing lastDrawing() {
        return lastDrawing;
    }

    /** How many times the canvas has been drawn; for tests. */
    long redraws() {
        return redraws;
    }

    /** The canvas the plot is drawn on; for tests that look at its pixels. */
    Canvas canvas() {
        return canvas;
    }
}
