package org.rnnworkbench.app.data;

import java.util.Locale;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.rnnworkbench.app.ui.Styles;
import org.rnnworkbench.model.data.AlignmentMode;
import org.rnnworkbench.model.data.ColumnStatistics;
import org.rnnworkbench.model.data.DataStatistics;

/**
 * The preview step: the chosen minibatch's padded features, labels, features mask and labels mask as grids,
 * redrawn the moment the alignment mode or the minibatch changes; below them the statistics of the last import
 * (length histogram, class counts, per-column statistics). For a text source: one example as characters over
 * its one-hot grid.
 */
final class PreviewPane extends VBox {
    private final DataViewModel vm;
    private final FlowPane grids = new FlowPane(14, 14);
    /** Features over their mask on the left, labels over theirs on the right, as the guide pairs them. */
    private final GridPane pairs = new GridPane();
    private final Label problem = new Label();
    private final Label position = new Label();

    PreviewPane(DataViewModel vm) {
        super(14);
        this.vm = vm;
        setId("preview-pane");
        problem.setId("preview-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.LAYER_ERROR);
        boolean text = vm.sourceKindProperty().get() == SourceKind.CHARACTER_TEXT;
        Label title = new Label(text ? "One example of the text" : "A minibatch as the engine pads and masks it");
        title.getStyleClass().add(Styles.PLACEHOLDER_TITLE);
        getChildren().add(title);
        if (!text) {
            getChildren().add(controls());
        }
        pairs.setHgap(14);
        pairs.setVgap(14);
        getChildren().addAll(legend(), problem, grids);
        if (!text) {
            getChildren().add(statistics());
        }
        vm.previewProperty().addListener((obs, was, is) -> redraw());
        vm.previewProblemProperty().addListener((obs, was, is) -> redraw());
        redraw();
    }

    private Node controls() {
        ToggleGroup group = new ToggleGroup();
        HBox modes = new HBox(0);
        modes.getStyleClass().add("segmented");
        for (AlignmentMode mode : AlignmentMode.values()) {
            ToggleButton b = new ToggleButton(mode.name());
            // the names hold underscores, which a button would otherwise take for a mnemonic
            b.setMnemonicParsing(false);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setId("preview-align-" + mode.name());
            b.getStyleClass().add(Styles.STEP_BUTTON);
            b.setToggleGroup(group);
            b.setSelected(vm.alignmentProperty().get() == mode);
            b.setOnAction(e -> {
                vm.alignmentProperty().set(mode);
                b.setSelected(true);
            });
            modes.getChildren().add(b);
        }
        vm.alignmentProperty().addListener((obs, was, is) -> group.getToggles().forEach(t ->
                t.setSelected(((ToggleButton) t).getText().equals(is.name()))));
        Label explanation = new Label(Alignments.explain(vm.alignmentProperty().get()));
        explanation.setId("alignment-explanation");
        explanation.getStyleClass().add(Styles.EXPLANATION);
        explanation.setWrapText(true);
        explanation.setMaxWidth(430);
        vm.alignmentProperty().addListener((obs, was, is) -> explanation.setText(Alignments.explain(is)));

        Button previous = new Button("◀");
        previous.setId("preview-previous");
        previous.setOnAction(e -> vm.previewIndexProperty().set(Math.max(0, vm.previewIndexProperty().get() - 1)));
        Button next = new Button("▶");
        next.setId("preview-next");
        next.setOnAction(e -> vm.previewIndexProperty().set(Math.min(vm.batchCountProperty().get() - 1,
                vm.previewIndexProperty().get() + 1)));
        position.getStyleClass().add(Styles.MUTED);
        position.setMinWidth(Region.USE_PREF_SIZE);
        HBox chooser = new HBox(6, previous, position, next);
        chooser.setAlignment(Pos.CENTER_LEFT);
        Region gap = new Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        HBox row = new HBox(14, modes, explanation, gap, chooser);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node legend() {
        HBox legend = new HBox();
        legend.getStyleClass().add(Styles.LEGEND);
        legend.getChildren().add(new Label("values"));
        for (String step : new String[] {"n5", "n3", "n1", "0", "p1", "p3", "p5"}) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll(Styles.CELL, Styles.HEAT_PREFIX + step);
            swatch.setPrefSize(14, 14);
            swatch.setMinSize(14, 14);
            legend.getChildren().add(swatch);
        }
        legend.getChildren().add(new Label("low → high     "));
        Region pad = new Region();
        pad.getStyleClass().addAll(Styles.CELL, Styles.CELL_PAD);
        pad.setMinSize(14, 14);
        legend.getChildren().addAll(pad, new Label("padding (mask 0)     "));
        Label one = new Label("1");
        one.getStyleClass().addAll(Styles.CELL, Styles.MASK_ONE);
        one.setMinSize(16, 16);
        Label zero = new Label("0");
        zero.getStyleClass().addAll(Styles.CELL, Styles.MASK_ZERO);
        zero.setMinSize(16, 16);
        legend.getChildren().addAll(one, zero, new Label("mask: present / absent"));
        return legend;
    }

    private void redraw() {
        PreviewBatch p = vm.previewProperty().get();
        String message = vm.previewProblemProperty().get();
        problem.setText(message);
        problem.setVisible(!message.isEmpty());
        problem.setManaged(!message.isEmpty());
        position.setText(p == null ? "" : "minibatch " + (p.index() + 1) + " of " + vm.batchCountProperty().get()
                + " (file order)");
        grids.getChildren().clear();
        pairs.getChildren().clear();
        if (p == null) {
            return;
        }
        int mb = p.miniBatch();
        int time = p.time();
        int nIn = p.features().length == 0 ? 0 : p.features()[0].length;
        int nOut = p.labels().length == 0 ? 0 : p.labels()[0].length;
        boolean text = vm.sourceKindProperty().get() == SourceKind.CHARACTER_TEXT;
        boolean oneHotLabels = text || vm.labelTypeProperty().get() == org.rnnworkbench.model.data.LabelType.CLASSIFICATION;
        if (text) {
            Label chars = new Label(vm.exampleTextProperty().get().replace("\n", "↵"));
            chars.setId("example-text");
            chars.getStyleClass().add(Styles.EXAMPLE_TEXT);
            grids.getChildren().add(chars);
        }
        pairs.add(card("features", "[" + mb + ", " + nIn + ", " + time + "]", SequenceGrid.values(p.features(),
                p.featuresMask(), p.names(), text), "grid-features", nIn), 0, 0);
        pairs.add(card("labels", "[" + mb + ", " + nOut + ", " + time + "]", SequenceGrid.values(p.labels(),
                p.labelsMask(), p.names(), oneHotLabels), "grid-labels", nOut), 1, 0);
        if (!text) {
            pairs.add(card("features mask", maskShape(mb, time, p.featuresMasked()),
                    SequenceGrid.mask(p.featuresMask(), p.names(), "fm"), "grid-features-mask", 0), 0, 1);
            pairs.add(card("labels mask", maskShape(mb, time, p.labelsMasked()),
                    SequenceGrid.mask(p.labelsMask(), p.names(), "lm"), "grid-labels-mask", 0), 1, 1);
        }
        grids.getChildren().add(pairs);
    }

    private static String maskShape(int mb, int time, boolean masked) {
        return masked ? "[" + mb + ", " + time + "]" : "null: every step present";
    }

    private static Node card(String title, String shape, SequenceGrid grid, String id, int channels) {
        Label t = new Label(title);
        t.getStyleClass().add(Styles.GRID_TITLE);
        Label s = new Label(shape);
        s.getStyleClass().add(Styles.GRID_SHAPE);
        HBox head = new HBox(8, t, s);
        head.setAlignment(Pos.BASELINE_LEFT);
        VBox card = new VBox(head, grid);
        card.getStyleClass().add(Styles.GRID_CARD);
        card.setId(id);
        if (channels > SequenceGrid.MAX_CHANNELS) {
            Label cut = new Label("showing " + SequenceGrid.MAX_CHANNELS + " of " + channels + " channels");
            cut.getStyleClass().add(Styles.HINT);
            card.getChildren().add(cut);
        }
        card.setMinWidth(Region.USE_PREF_SIZE);
        return card;
    }

    // ---- statistics --------------------------------------------------------------------------------------

    private Node statistics() {
        VBox box = new VBox(10);
        Label title = new Label("Statistics of every sequence");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        FlowPane charts = new FlowPane(14, 14);
        Label hint = new Label("Import to read every file and see sequence lengths, class counts and column"
                + " statistics.");
        hint.getStyleClass().add(Styles.HINT);
        Runnable fill = () -> {
            ImportResult r = vm.resultProperty().get();
            charts.getChildren().clear();
            if (r == null || r.statistics() == null) {
                charts.getChildren().add(hint);
                return;
            }
            DataStatistics s = r.statistics();
            charts.getChildren().add(bars("Sequence lengths", "length", "sequences", s.lengthHistogram()));
            long[] classes = s.classCounts();
            if (classes.length > 0) {
                Map<Integer, Long> counts = new java.util.TreeMap<>();
                for (int c = 0; c < classes.length; c++) {
                    counts.put(c, classes[c]);
                }
                charts.getChildren().add(bars("Class counts (label steps)", "class", "steps", counts));
            }
            charts.getChildren().add(columnTable(s));
        };
        vm.resultProperty().addListener((obs, was, is) -> fill.run());
        fill.run();
        box.getChildren().addAll(title, charts);
        return box;
    }

    private static Node bars(String title, String x, String y, Map<Integer, ? extends Number> data) {
        CategoryAxis xAxis = new CategoryAxis();
        xAxis.setLabel(x);
        NumberAxis yAxis = new NumberAxis();
        yAxis.setLabel(y);
        BarChart<String, Number> chart = new BarChart<>(xAxis, yAxis);
        chart.setTitle(title);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setBarGap(1);
        chart.setCategoryGap(4);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        data.forEach((k, v) -> series.getData().add(new XYChart.Data<>(String.valueOf(k), v)));
        chart.getData().add(series);
        chart.setPrefSize(340, 230);
        return chart;
    }

    private static Node columnTable(DataStatistics s) {
        TableView<ColumnStatistics> table = new TableView<>();
        table.setId("column-statistics");
        table.getItems().setAll(s.columns());
        String[] names = {"column", "min", "max", "mean", "std"};
        for (String name : names) {
            TableColumn<ColumnStatistics, String> column = new TableColumn<>(name);
            column.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(value(c.getValue(), name)));
            table.getColumns().add(column);
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(380, 230);
        return table;
    }

    private static String value(ColumnStatistics c, String name) {
        switch (name) {
            case "column":
                return String.valueOf(c.column());
            case "min":
                return format(c.min());
            case "max":
                return format(c.max());
            case "mean":
                return format(c.mean());
            default:
                return format(c.std());
        }
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
