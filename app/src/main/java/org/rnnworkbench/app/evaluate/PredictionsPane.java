package org.rnnworkbench.app.evaluate;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.rnnworkbench.app.ui.PlotLine;
import org.rnnworkbench.app.ui.SeriesChart;
import org.rnnworkbench.app.ui.Styles;

/**
 * Many-to-one classification in the Evaluate area: the prediction at each example's last real step in a table
 * (the mistakes, most confident first, or every example), and beside it the sequence of the row clicked, its
 * inputs and its class probabilities over time.
 */
final class PredictionsPane extends VBox {
    private final EvaluateViewModel vm;
    private final SeriesChart inputs = chart("Inputs over time", "input value");
    private final SeriesChart probabilities = chart("Class probabilities over time", "output");

    PredictionsPane(EvaluateViewModel vm) {
        super(8);
        this.vm = vm;
        setId("evaluate-many-to-one");
        Label title = new Label("Many-to-one: one prediction per example");
        title.getStyleClass().add(Styles.LAYER_TITLE);
        Label summary = new Label();
        summary.setId("evaluate-many-to-one-summary");
        summary.getStyleClass().add(Styles.MUTED);
        summary.setWrapText(true);
        summary.textProperty().bind(vm.manyToOneSummaryProperty());

        ChoiceBox<EvaluateViewModel.PredictionFilter> filter = new ChoiceBox<>();
        filter.setId("evaluate-prediction-filter");
        filter.getItems().setAll(EvaluateViewModel.PredictionFilter.values());
        filter.valueProperty().bindBidirectional(vm.predictionFilterProperty());
        Label show = new Label("Show");
        show.getStyleClass().add(Styles.FORM_LABEL);
        HBox filterRow = new HBox(8, show, filter);
        filterRow.setAlignment(Pos.CENTER_LEFT);

        TableView<ExamplePrediction> table = table();
        VBox left = new VBox(8, filterRow, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox sideBySide = new HBox(16, left, sequencePanel());
        HBox.setHgrow(sideBySide.getChildren().get(1), Priority.ALWAYS);
        getChildren().addAll(title, summary, sideBySide);
    }

    private TableView<ExamplePrediction> table() {
        TableView<ExamplePrediction> table = new TableView<>(vm.predictionRows());
        table.setId("evaluate-predictions");
        table.setPrefSize(470, 420);
        table.setMinWidth(470);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("#", 50, p -> String.valueOf(p.index())));
        table.getColumns().add(column("file", 80, ExamplePrediction::source));
        table.getColumns().add(column("true class", 100, p -> vm.className(p.actual())));
        table.getColumns().add(column("predicted", 100, p -> vm.className(p.predicted())));
        table.getColumns().add(column("confidence", 90,
                p -> String.format(Locale.ROOT, "%.1f%%", 100 * p.confidence())));
        Label empty = new Label("No mistakes: every example is predicted right.");
        empty.getStyleClass().add(Styles.HINT);
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> vm.openSequence(is));
        return table;
    }

    private static TableColumn<ExamplePrediction, String> column(String header, double width,
            Function<ExamplePrediction, String> value) {
        TableColumn<ExamplePrediction, String> c = new TableColumn<>(header);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }

    private VBox sequencePanel() {
        Label title = new Label();
        title.setId("evaluate-sequence-title");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        title.setWrapText(true);
        Label message = new Label();
        message.setId("evaluate-sequence-message");
        message.getStyleClass().add(Styles.HINT);
        message.setWrapText(true);
        message.textProperty().bind(vm.sequenceMessageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        inputs.setId("evaluate-sequence-inputs");
        probabilities.setId("evaluate-sequence-probabilities");
        VBox panel = new VBox(6, title, message, inputs, probabilities);
        panel.getStyleClass().add(Styles.PANEL);
        vm.openedSequenceProperty().addListener((obs, was, is) -> show(title, is));
        show(title, vm.openedSequenceProperty().get());
        return panel;
    }

    private void show(Label title, OpenedSequence opened) {
        boolean open = opened != null;
        title.setText(open ? opened.title() : "No sequence open");
        List<PlotLine> in = open ? opened.inputs() : List.of();
        List<PlotLine> out = open ? opened.probabilities() : List.of();
        StepAxis.fit((NumberAxis) inputs.getXAxis(), in);
        StepAxis.fit((NumberAxis) probabilities.getXAxis(), out);
        inputs.setLines(in);
        probabilities.setLines(out);
        inputs.setVisible(open);
        probabilities.setVisible(open);
    }

    private static SeriesChart chart(String title, String yLabel) {
        NumberAxis x = StepAxis.create();
        NumberAxis y = new NumberAxis();
        y.setLabel(yLabel);
        y.setForceZeroInRange(false);
        SeriesChart chart = new SeriesChart(x, y);
        chart.setTitle(title);
        chart.getStyleClass().add(Styles.LIVE_CHART);
        chart.setPrefHeight(210);
        chart.setMinHeight(180);
        return chart;
    }
}
