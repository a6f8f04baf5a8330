package org.rnnworkbench.app.step;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.rnnworkbench.app.ui.Styles;

/**
 * The Step area for a numeric sequence model: open one sequence (a CSV file), step through it, and watch the
 * prediction against the actual value (regression) or the class probabilities evolve (classification), with
 * the decision at the last step called out for a many-to-one model.
 */
final class SequenceStepView extends BorderPane {
    private final StepViewModel vm;
    private final LineChart<Number, Number> chart;
    private final Label inputs = new Label();
    private final Label decision = new Label();

    SequenceStepView(StepViewModel vm) {
        this.vm = vm;
        setId("sequence-step");
        Button open = new Button("Open CSV…");
        open.setId("open-sequence");
        open.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("One sequence: a row per time step, the inputs first, then the actual value(s)");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.txt"));
            File f = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
            if (f != null) {
                vm.openSequence(f.toPath());
            }
        });
        Button step = new Button("Step");
        step.setId("sequence-step-button");
        step.getStyleClass().add(Styles.PRIMARY_BUTTON);
        step.setOnAction(e -> vm.sequenceStep());
        Button toEnd = new Button("Run to end");
        toEnd.setOnAction(e -> vm.sequenceRunToEnd());
        Button reset = new Button("Clear state");
        reset.setOnAction(e -> vm.sequenceReset());
        Button verify = new Button("Verify against output()");
        verify.setOnAction(e -> vm.verify());
        for (Button b : new Button[] {step, toEnd, reset, verify}) {
            b.disableProperty().bind(vm.busyProperty().or(vm.sequenceFrameProperty().isNull()));
        }
        Label verifyResult = new Label();
        verifyResult.textProperty().bind(vm.verifyTextProperty());
        ComboBox<String> projectSequence = new ComboBox<>(vm.projectSequenceNames());
        projectSequence.setId("project-sequence");
        projectSequence.setPromptText("Project sequence");
        projectSequence.setVisibleRowCount(16);
        projectSequence.disableProperty().bind(vm.busyProperty().or(Bindings.isEmpty(vm.projectSequenceNames())));
        projectSequence.setOnAction(e -> {
            int index = projectSequence.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                vm.openProjectSequence(index);
            }
        });
        HBox bar = new HBox(8, projectSequence, open, step, toEnd, reset, verify, verifyResult);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.FOOTER);

        NumberAxis x = new NumberAxis();
        x.setLabel("time step");
        NumberAxis y = new NumberAxis();
        chart = new LineChart<>(x, y);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.getStyleClass().add(Styles.SEQUENCE_CHART);
        Label note = new Label();
        note.textProperty().bind(vm.projectSequencesTextProperty());
        note.getStyleClass().add(Styles.HINT);
        note.setWrapText(true);
        Label message = new Label();
        message.getStyleClass().add(Styles.STEP_MESSAGE);
        message.textProperty().bind(vm.messageProperty());
        inputs.getStyleClass().add(Styles.MONO);
        decision.getStyleClass().add(Styles.BANNER_TEXT);
        VBox info = new VBox(6, note, message, inputs, decision);
        info.setPadding(new javafx.geometry.Insets(8, 14, 8, 14));
        setTop(bar);
        setCenter(chart);
        setBottom(info);
        vm.sequenceFrameProperty().addListener((obs, was, is) -> show(is));
    }

    private void show(SequenceFrame f) {
        chart.getData().clear();
        inputs.setText("");
        decision.setText("");
        if (f == null) {
            return;
        }
        int nOut = f.nOut();
        float[][] actual = f.data().actual();
        chart.setTitle(f.data().source() + " — step " + f.position() + " of " + f.data().length());
        for (int o = 0; o < nOut; o++) {
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.setName(f.classifier() ? "P(class " + o + ")" : "predicted " + o);
            for (int t = 0; t < f.position(); t++) {
                s.getData().add(new XYChart.Data<>(t, f.outputs().get(t)[o]));
            }
            chart.getData().add(s);
        }
        if (actual != null) {
            int k = actual[0].length;
            for (int o = 0; o < k; o++) {
                XYChart.Series<Number, Number> s = new XYChart.Series<>();
                s.setName(f.classifier() ? "actual class" : "actual " + o);
                for (int t = 0; t < f.data().length(); t++) {
                    if (!Float.isNaN(actual[t][o])) {
                        s.getData().add(new XYChart.Data<>(t, actual[t][o]));
                    }
                }
                if (!f.classifier()) {
                    chart.getData().add(s);
                }
            }
        }
        if (f.position() > 0) {
            float[] x = f.data().features()[f.position() - 1];
            StringBuilder sb = new StringBuilder("inputs at step " + (f.position() - 1)
                    + (f.data().isPresent(f.position() - 1) ? ":" : " (padding: the state passes over it):"));
            for (float v : x) {
                sb.append(String.format("  %.4g", v));
            }
            float[] out = f.outputs().get(f.position() - 1);
            sb.append("\noutput:");
            for (float v : out) {
                sb.append(String.format("  %.4g", v));
            }
            if (actual != null) {
                sb.append("\nactual:");
                for (float v : actual[f.position() - 1]) {
                    sb.append(String.format("  %.4g", v));
                }
            }
            inputs.setText(sb.toString());
        }
        if (f.classifier() && f.atEnd()) {
            float[] last = f.outputs().get(f.position() - 1);
            int best = Sampler.argmax(last);
            int actualClass = f.data().actualClass(f.data().length() - 1);
            decision.setText(String.format("Decision at the last step: class %d (p = %.3f)%s", best, last[best],
                    actualClass < 0 ? "" : ", actual class " + actualClass + (actualClass == best ? " ✓" : " ✗")));
        }
    }
}
