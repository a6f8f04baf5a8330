package org.rnnworkbench.app.builder;

import java.util.OptionalLong;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.rnnworkbench.app.ui.CommitField;
import org.rnnworkbench.app.ui.FormGrid;
import org.rnnworkbench.app.ui.Styles;
import org.rnnworkbench.model.conf.BackpropType;
import org.rnnworkbench.model.conf.GradientNormalization;
import org.rnnworkbench.model.conf.WeightInit;

/**
 * The network-wide settings: input size, seed, updater and its hyper-parameters, default weight
 * initialisation, L2, gradient clipping, and the backprop type with the truncated BPTT lengths.
 */
final class NetworkSettingsView extends VBox {
    private final BuilderViewModel vm;
    private boolean showing;

    private final CommitField inputSize;
    private final CommitField seed;
    private final ComboBox<UpdaterKind> updater =
            new ComboBox<>(FXCollections.observableArrayList(UpdaterKind.values()));
    private final CommitField learningRate;
    private final CommitField momentum;
    private final CommitField rmsDecay;
    private final ComboBox<WeightInit> weightInit =
            new ComboBox<>(FXCollections.observableArrayList(WeightInit.values()));
    private final CommitField l2;
    private final ComboBox<GradientNormalization> clipping =
            new ComboBox<>(FXCollections.observableArrayList(GradientNormalization.values()));
    private final CommitField threshold;
    private final ComboBox<BackpropType> backprop =
            new ComboBox<>(FXCollections.observableArrayList(BackpropType.values()));
    private final CommitField forward;
    private final CommitField backward;
    private final FormGrid.Row momentumRow;
    private final FormGrid.Row decayRow;
    private final FormGrid.Row thresholdRow;
    private final FormGrid.Row forwardRow;
    private final FormGrid.Row backwardRow;

    NetworkSettingsView(BuilderViewModel vm) {
        this.vm = vm;
        inputSize = new CommitField(t -> LayerInspectorView.withInt(t, vm::setInputSize));
        inputSize.setId("field-inputSize");
        seed = new CommitField(t -> {
            OptionalLong v = NumberText.parseLong(t);
            v.ifPresent(vm::setSeed);
            return v.isPresent();
        });
        learningRate = new CommitField(t -> LayerInspectorView.withDouble(t, vm::setLearningRate));
        learningRate.setId("field-learningRate");
        momentum = new CommitField(t -> LayerInspectorView.withDouble(t, vm::setMomentum));
        rmsDecay = new CommitField(t -> LayerInspectorView.withDouble(t, vm::setRmsDecay));
        l2 = new CommitField(t -> LayerInspectorView.withDouble(t, vm::setL2));
        threshold = new CommitField(t -> LayerInspectorView.withDouble(t, vm::setGradientNormalizationThreshold));
        forward = new CommitField(t -> LayerInspectorView.withInt(t, vm::setTBPTTForwardLength));
        backward = new CommitField(t -> LayerInspectorView.withInt(t, vm::setTBPTTBackwardLength));
        backprop.setId("field-backpropType");

        Label header = new Label("Network");
        header.getStyleClass().add(Styles.LAYER_TITLE);
        Label hint = new Label("Settings of the whole network, as NetworkConfiguration.Builder takes them.");
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        VBox top = new VBox(4, header, hint);
        top.getStyleClass().add(Styles.PANEL_HEADER);

        FormGrid form = new FormGrid();
        form.add("inputSize", inputSize, "Features per time step: the input is [mb, inputSize, T]");
        form.add("seed", seed, "Seed of the parameter initialisation");
        form.add("updater", updater, "The rule that turns gradients into parameter changes");
        form.add("learningRate", learningRate, "The updater's step size");
        momentumRow = form.add("momentum", momentum, "Nesterov momentum, in [0, 1)");
        decayRow = form.add("rmsDecay", rmsDecay, "RmsProp's decay of the squared-gradient average, in [0, 1)");
        form.add("weightInit", weightInit, "Weight initialisation of layers that set none");
        form.add("l2", l2, "L2 regularisation on weights (not biases)");
        form.add("gradientNormalization", clipping, "Gradient clipping, per layer, before L2 and the updater");
        thresholdRow = form.add("threshold", threshold, "gradientNormalizationThreshold");
        form.add("backpropType", backprop, "Standard: whole sequences. TruncatedBPTT: segments, state carried over");
        forwardRow = form.add("tBPTTForwardLength", forward, "Length of a truncated BPTT segment");
        backwardRow = form.add("tBPTTBackwardLength", backward, "How far back gradients flow (at most forward)");

        onChange(updater, vm::setUpdater);
        onChange(weightInit, vm::setDefaultWeightInit);
        onChange(clipping, vm::setGradientNormalization);
        onChange(backprop, vm::setBackpropType);

        getChildren().addAll(top, form);
        vm.draftProperty().addListener((obs, was, is) -> show(is.settings()));
        show(vm.draft().settings());
    }

    private <T> void onChange(ComboBox<T> box, Consumer<T> setter) {
        box.valueProperty().addListener((obs, was, is) -> {
            if (!showing && is != null) {
                setter.accept(is);
            }
        });
    }

    private void show(NetworkSettings s) {
        showing = true;
        try {
            inputSize.show(String.valueOf(s.inputSize()));
            seed.show(String.valueOf(s.seed()));
            updater.setValue(s.updater());
            learningRate.show(NumberText.format(s.learningRate()));
            momentum.show(NumberText.format(s.momentum()));
            rmsDecay.show(NumberText.format(s.rmsDecay()));
            weightInit.setValue(s.weightInit());
            l2.show(NumberText.format(s.l2()));
            clipping.setValue(s.gradientNormalization());
            threshold.show(NumberText.format(s.gradientNormalizationThreshold()));
            backprop.setValue(s.backpropType());
            forward.show(String.valueOf(s.tBPTTForwardLength()));
            backward.show(String.valueOf(s.tBPTTBackwardLength()));
            momentumRow.setShown(s.updater() == UpdaterKind.NESTEROVS);
            decayRow.setShown(s.updater() == UpdaterKind.RMSPROP);
            thresholdRow.setShown(s.gradientNormalization() != GradientNormalization.None);
            boolean truncated = s.backpropType() == BackpropType.TruncatedBPTT;
            forwardRow.setShown(truncated);
            backwardRow.setShown(truncated);
        } finally {
            showing = false;
        }
    }
}
