package org.rnnworkbench.app.builder;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.rnnworkbench.app.ui.CommitField;
import org.rnnworkbench.app.ui.FormGrid;
import org.rnnworkbench.app.ui.Styles;
import org.rnnworkbench.model.conf.Activation;
import org.rnnworkbench.model.conf.Bidirectional;
import org.rnnworkbench.model.conf.LossFunction;
import org.rnnworkbench.model.conf.WeightInit;

/**
 * The property editor of the selected layer. Rows appear for the settings the layer's type has; every change
 * is handed to the view-model as one command, and values coming back from the view-model (undo, another
 * selection) are shown without being sent again.
 */
final class LayerInspectorView extends VBox {
    private final BuilderViewModel vm;
    private final Label title = new Label();
    private final Label explanation = new Label();
    private final Label empty = new Label("Select a layer in the stack to edit it.");
    private final FormGrid form = new FormGrid();
    private boolean showing;

    private final ComboBox<LayerKind> wrapped = new ComboBox<>(FXCollections.observableArrayList(
            LayerKind.LSTM, LayerKind.GRAVES_LSTM, LayerKind.SIMPLE_RNN));
    private final ComboBox<Bidirectional.Mode> mode =
            new ComboBox<>(FXCollections.observableArrayList(Bidirectional.Mode.values()));
    private final CommitField nIn;
    private final CommitField nOut;
    private final ComboBox<Activation> activation =
            new ComboBox<>(FXCollections.observableArrayList(Activation.values()));
    private final ComboBox<Activation> gateActivation =
            new ComboBox<>(FXCollections.observableArrayList(Activation.values()));
    private final CommitField forgetGateBias;
    private final ComboBox<LossFunction> loss =
            new ComboBox<>(FXCollections.observableArrayList(LossFunction.values()));
    private final ComboBox<WeightInit> weightInit = new ComboBox<>();

    private final FormGrid.Row wrappedRow;
    private final FormGrid.Row modeRow;
    private final FormGrid.Row gateRow;
    private final FormGrid.Row biasRow;
    private final FormGrid.Row lossRow;

    LayerInspectorView(BuilderViewModel vm) {
        this.vm = vm;
        setSpacing(0);
        title.getStyleClass().add(Styles.LAYER_TITLE);
        title.setId("inspector-title");
        explanation.getStyleClass().add(Styles.HINT);
        explanation.setWrapText(true);
        empty.getStyleClass().add(Styles.HINT);
        empty.setWrapText(true);
        VBox header = new VBox(4, title, explanation);
        header.getStyleClass().add(Styles.PANEL_HEADER);

        // an empty nIn means "inferred", shown as the prompt with the size the engine infers
        nIn = new CommitField(text -> text.isEmpty() ? withInt("0", vm::setNIn) : withInt(text, vm::setNIn));
        nIn.setId("field-nIn");
        nIn.setPromptText("0 = inferred");
        nOut = new CommitField(text -> withInt(text, vm::setNOut));
        nOut.setId("field-nOut");
        forgetGateBias = new CommitField(text -> withDouble(text, vm::setForgetGateBiasInit));
        forgetGateBias.setId("field-forgetGateBiasInit");
        activation.setId("field-activation");
        loss.setId("field-loss");
        weightInit.getItems().add(null);
        weightInit.getItems().addAll(Arrays.asList(WeightInit.values()));
        weightInit.setConverter(new StringConverter<>() {
            @Override
            public String toString(WeightInit w) {
                return w == null ? "Network default" : w.name();
            }

            @Override
            public WeightInit fromString(String s) {
                return null;
            }
        });
        weightInit.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(WeightInit item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(isEmpty ? "" : weightInit.getConverter().toString(item));
            }
        });

        wrappedRow = form.add("Wraps", wrapped, "The recurrent layer run in both directions");
        modeRow = form.add("mode", mode, "CONCAT gives [forward; backward] (2 nOut), ADD their sum (nOut)");
        form.add("nIn", nIn, "Input size; 0 lets the engine infer it from the previous layer or the input size");
        form.add("nOut", nOut, "Output size at each time step");
        form.add("activation", activation, "The layer's activation function");
        gateRow = form.add("gateActivation", gateActivation, "Activation of the LSTM gates");
        biasRow = form.add("forgetGateBiasInit", forgetGateBias,
                "Initial forget-gate bias; 1.0 makes the layer start by remembering");
        lossRow = form.add("lossFunction", loss, "How the output is scored where the labels mask marks a target");
        form.add("weightInit", weightInit, "Weight initialisation; the network's default when not set");

        onChange(wrapped, vm::setWrappedKind);
        onChange(mode, vm::setBidirectionalMode);
        onChange(activation, vm::setActivation);
        onChange(gateActivation, vm::setGateActivation);
        onChange(loss, vm::setLossFunction);
        weightInit.valueProperty().addListener((obs, was, is) -> {
            if (!showing) {
                vm.setWeightInit(is);
            }
        });

        getChildren().addAll(header, empty, form);
        vm.selectedLayerProperty().addListener((obs, was, is) -> show(is));
        vm.reportProperty().addListener((obs, was, is) -> show(vm.selectedLayerProperty().get()));
        // two identical layers have equal specs, so selecting the other one changes only the index
        vm.selectedIndexProperty().addListener((obs, was, is) -> show(vm.selectedLayerProperty().get()));
        show(vm.selectedLayerProperty().get());
    }

    private <T> void onChange(ComboBox<T> box, Consumer<T> setter) {
        box.valueProperty().addListener((obs, was, is) -> {
            if (!showing && is != null) {
                setter.accept(is);
            }
        });
    }

    private void show(LayerSpec spec) {
        showing = true;
        try {
            boolean has = spec != null;
            form.setVisible(has);
            form.setManaged(has);
            empty.setVisible(!has);
            empty.setManaged(!has);
            if (!has) {
                title.setText("Layer");
                explanation.setText("");
                return;
            }
            int index = vm.selectedIndex();
            title.setText(index + "  " + spec.typeName());
            explanation.setText(spec.kind().explanation());
            boolean bi = spec.kind() == LayerKind.BIDIRECTIONAL;
            LayerKind effective = bi ? spec.wrapped() : spec.kind();
            wrappedRow.setShown(bi);
            modeRow.setShown(bi);
            gateRow.setShown(effective.hasGates());
            biasRow.setShown(effective.hasGates());
            lossRow.setShown(spec.kind() == LayerKind.RNN_OUTPUT);
            wrapped.setValue(spec.wrapped());
            mode.setValue(spec.mode());
            nIn.show(spec.nIn() == 0 ? "" : String.valueOf(spec.nIn()));
            LayerSummary summary = index >= 0 && index < vm.report().layers().size()
                    ? vm.report().layers().get(index) : null;
            nIn.setPromptText(summary != null && summary.nIn() > 0 ? "inferred: " + summary.nIn() : "0 = inferred");
            nOut.show(String.valueOf(spec.nOut()));
            activation.setValue(spec.activation());
            gateActivation.setValue(spec.gateActivation());
            forgetGateBias.show(NumberText.format(spec.forgetGateBiasInit()));
            loss.setValue(spec.lossFunction());
            weightInit.setValue(spec.weightInit());
        } finally {
            showing = false;
        }
    }

    static boolean withInt(String text, java.util.function.IntConsumer setter) {
        OptionalInt v = NumberText.parseInt(text);
        v.ifPresent(setter);
        return v.isPresent();
    }

    static boolean withDouble(String text, java.util.function.DoubleConsumer setter) {
        OptionalDouble v = NumberText.parseDouble(text);
        v.ifPresent(setter);
        return v.isPresent();
    }
}
