package org.rnnworkbench.app.evaluate;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.rnnworkbench.app.ui.Styles;
import org.rnnworkbench.model.eval.Evaluation;

/**
 * The Evaluate area: which data, Evaluate and Cancel with progress on top; below, the counted and masked-out
 * steps and either the classification figures with the confusion heat map (and, for many-to-one data, the
 * predictions table with the sequence of the row clicked) or the regression figures with one sequence's
 * prediction against its actual values.
 */
public final class EvaluateView extends BorderPane {
    private final EvaluateViewModel vm;
    private final VBox body = new VBox(14);
    private final ConfusionMatrixView matrix = new ConfusionMatrixView();
    private final PredictionsPane predictions;
    private final RegressionPane regression;

    public EvaluateView(EvaluateViewModel vm) {
        this.vm = vm;
        this.predictions = new PredictionsPane(vm);
        this.regression = new RegressionPane(vm);
        getStyleClass().addAll(Styles.AREA, Styles.EVALUATE);
        setId("evaluate-view");

        ChoiceBox<EvaluateViewModel.Split> split = new ChoiceBox<>();
        split.getItems().setAll(EvaluateViewModel.Split.values());
        split.valueProperty().bindBidirectional(vm.splitProperty());
        split.setId("evaluate-split");
        Button evaluate = new Button("Evaluate");
        evaluate.setId("evaluate-run");
        evaluate.getStyleClass().add(Styles.PRIMARY_BUTTON);
        evaluate.disableProperty().bind(vm.canEvaluateProperty().not());
        evaluate.setOnAction(e -> vm.evaluate());
        Button cancel = new Button("Cancel");
        cancel.setId("evaluate-cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        Label on = new Label("Evaluate on");
        on.getStyleClass().add(Styles.FORM_LABEL);
        HBox controls = new HBox(8, on, split, evaluate, cancel, bar);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("evaluate-message");
        message.getStyleClass().add(Styles.MUTED);
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        VBox top = new VBox(8, controls, message);
        top.getStyleClass().add(Styles.TRAIN_HEADER);
        setTop(top);

        body.getStyleClass().add(Styles.CHART_PAGE);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        vm.reportProperty().addListener((obs, was, is) -> show(is));
        vm.rowNormalisedProperty().addListener((obs, was, is) -> show(vm.reportProperty().get()));
        show(null);
    }

    private void show(EvaluationReport report) {
        body.getChildren().clear();
        if (report == null) {
            Label none = new Label("No figures yet. Evaluation runs the trained network over the chosen data and"
                    + " counts only the steps whose label is present, exactly as evalTimeSeries(labels, predicted,"
                    + " outputMask) does.");
            none.setWrapText(true);
            none.getStyleClass().add(Styles.HINT);
            body.getChildren().add(none);
            return;
        }
        Label counts = new Label(String.format(Locale.ROOT, "%,d steps counted · %,d steps masked out (no label)",
                report.countedSteps(), report.maskedOutSteps()));
        counts.setId("evaluate-counts");
        counts.getStyleClass().add(Styles.SECTION_TITLE);
        body.getChildren().add(counts);
        if (report.isClassification()) {
            showClassification(report.classification());
        } else {
            showRegression(report.regression());
        }
    }

    private void showClassification(Evaluation e) {
        List<String> names = vm.classNames(e.numClasses());
        GridPane table = table("class", "precision", "recall", "F1", "support");
        long[][] confusion = e.confusionMatrix();
        for (int c = 0; c < e.numClasses(); c++) {
            long support = 0;
            for (long v : confusion[c]) {
                support += v;
            }
            row(table, c + 1, names.get(c), pct(e.precision(c)), pct(e.recall(c)), pct(e.f1(c)),
                    String.valueOf(support));
        }
        int last = e.numClasses() + 1;
        row(table, last, "macro average", pct(e.precision()), pct(e.recall()), pct(e.f1()), "");
        Label accuracy = new Label("Accuracy " + pct(e.accuracy()));
        accuracy.setId("evaluate-accuracy");
        accuracy.getStyleClass().add(Styles.LAYER_TITLE);

        ToggleGroup mode = new ToggleGroup();
        ToggleButton counts = new ToggleButton("Counts");
        ToggleButton normalised = new ToggleButton("Row-normalised");
        normalised.setId("evaluate-normalised");
        counts.setToggleGroup(mode);
        normalised.setToggleGroup(mode);
        (vm.rowNormalisedProperty().get() ? normalised : counts).setSelected(true);
        normalised.selectedProperty().addListener((obs, was, is) -> vm.rowNormalisedProperty().set(is));
        Label title = new Label("Confusion matrix");
        title.getStyleClass().add(Styles.LAYER_TITLE);
        HBox header = new HBox(8, title, counts, normalised);
        header.setAlignment(Pos.CENTER_LEFT);
        matrix.show(confusion, names, vm.rowNormalisedProperty().get());
        VBox heat = new VBox(8, header, matrix);
        HBox sideBySide = new HBox(24, table, heat);
        sideBySide.setAlignment(Pos.TOP_LEFT);
        body.getChildren().addAll(accuracy, sideBySide);
        if (vm.manyToOneProperty().get()) {
            body.getChildren().add(predictions);
        }
    }

    private void showRegression(RegressionFigures r) {
        GridPane table = table("output column", "MSE", "MAE", "RMSE", "R²");
        for (int c = 0; c < r.columns(); c++) {
            row(table, c + 1, "column " + c, num(r.mse(c)), num(r.mae(c)), num(r.rmse(c)), num(r.r2(c)));
        }
        body.getChildren().add(table);
        if (!vm.regressionSequences().isEmpty()) {
            body.getChildren().add(regression);
        }
    }

    private static GridPane table(String... headers) {
        GridPane g = new GridPane();
        g.getStyleClass().add(Styles.METRIC_TABLE);
        g.setId("evaluate-table");
        for (int i = 0; i < headers.length; i++) {
            Label h = new Label(headers[i]);
            h.getStyleClass().add(Styles.FORM_LABEL);
            g.add(h, i, 0);
        }
        g.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // beside a wide heat map the table keeps its width rather than cutting its numbers
        g.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return g;
    }

    private static void row(GridPane g, int row, String name, String... values) {
        g.add(new Label(name), 0, row);
        for (int i = 0; i < values.length; i++) {
            Label v = new Label(values[i]);
            v.getStyleClass().add(Styles.METRIC_VALUE);
            g.add(v, i + 1, row);
        }
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.4g", v);
    }
}
