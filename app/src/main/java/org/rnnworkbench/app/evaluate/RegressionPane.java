package org.rnnworkbench.app.evaluate;

import javafx.geometry.Pos;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.rnnworkbench.app.ui.SeriesChart;
import org.rnnworkbench.app.ui.Styles;

/**
 * A regressor in the Evaluate area: one sequence's prediction against its actual values over time, for the
 * chosen sequence and output column, drawn only at the steps whose label is present.
 */
final class RegressionPane extends VBox {
    /** Palette colours of the two lines: the actual values in blue, the prediction in orange. */
    private static final int ACTUAL_COLOUR = 4;
    private static final int PREDICTED_COLOUR = 0;

    RegressionPane(EvaluateViewModel vm) {
        super(8);
        setId("evaluate-regression");
        Label title = new Label("Prediction against actual values");
        title.getStyleClass().add(Styles.LAYER_TITLE);

        ComboBox<SequenceTrace> sequence = new ComboBox<>(vm.regressionSequences());
        sequence.setId("evaluate-sequence");
        sequence.setVisibleRowCount(16);
        sequence.setConverter(new StringConverter<>() {
            @Override
            public String toString(SequenceTrace t) {
                return t == null ? "" : EvaluateViewModel.describe(t);
            }

            @Override
            public SequenceTrace fromString(String s) {
                return null;
            }
        });
        sequence.valueProperty().bindBidirectional(vm.chosenSequenceProperty());
        ChoiceBox<Integer> column = new ChoiceBox<>(vm.outputColumns());
        column.setId("evaluate-output-column");
        column.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer c) {
                return c == null ? "" : "column " + c;
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        column.valueProperty().bindBidirectional(vm.outputColumnProperty());
        Label note = new Label();
        note.getStyleClass().add(Styles.MUTED);
        note.textProperty().bind(vm.sequencesNoteProperty());
        HBox pickers = new HBox(8, label("Sequence"), sequence, label("Output column"), column, note);
        pickers.setAlignment(Pos.CENTER_LEFT);

        NumberAxis x = StepAxis.create();
        NumberAxis y = new NumberAxis();
        y.setLabel("value");
        y.setForceZeroInRange(false);
        SeriesChart chart = new SeriesChart(x, y);
        chart.setId("evaluate-regression-chart");
        chart.getStyleClass().add(Styles.LIVE_CHART);
        chart.setColours(ACTUAL_COLOUR, PREDICTED_COLOUR);
        chart.setPrefHeight(380);
        chart.setMinHeight(260);
        StepAxis.fit(x, vm.regressionLinesProperty().get());
        chart.setLines(vm.regressionLinesProperty().get());
        vm.regressionLinesProperty().addListener((obs, was, is) -> {
            StepAxis.fit(x, is);
            chart.setLines(is);
        });

        Label hint = new Label("Drawn at the steps whose label is present, the steps the figures count; padding and"
                + " other masked steps are left out.");
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        getChildren().addAll(title, pickers, chart, hint);
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.FORM_LABEL);
        return l;
    }
}
