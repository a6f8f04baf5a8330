package org.rnnworkbench.app.builder;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.rnnworkbench.app.command.CommandStack;
import org.rnnworkbench.model.conf.Activation;
import org.rnnworkbench.model.conf.BackpropType;
import org.rnnworkbench.model.conf.Bidirectional;
import org.rnnworkbench.model.conf.GradientNormalization;
import org.rnnworkbench.model.conf.LossFunction;
import org.rnnworkbench.model.conf.WeightInit;

/**
 * The model builder's state and commands: the draft, the selected layer, and the engine's verdict on the draft,
 * re-validated on every change. Every change goes through the shared {@link CommandStack} as a
 * {@link DraftEditCommand}, so it can be undone and marks the project unsaved. No JavaFX nodes here.
 */
public final class BuilderViewModel implements DraftTarget {
    /** Size a new recurrent or dense layer starts with. */
    static final int DEFAULT_LAYER_SIZE = 64;
    /** Size a new output layer starts with. */
    static final int DEFAULT_OUTPUT_SIZE = 10;

    private final CommandStack commands;
    private final DraftValidator validator = new DraftValidator();
    private final ReadOnlyObjectWrapper<ModelDraft> draft = new ReadOnlyObjectWrapper<>(this, "draft");
    private final ReadOnlyObjectWrapper<ValidationReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyIntegerWrapper selectedIndex = new ReadOnlyIntegerWrapper(this, "selectedIndex", -1);
    private final ReadOnlyObjectWrapper<LayerSpec> selectedLayer =
            new ReadOnlyObjectWrapper<>(this, "selectedLayer");
    private final ReadOnlyStringWrapper totalParamsText = new ReadOnlyStringWrapper(this, "totalParamsText");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText");
    private final BooleanBinding valid;

    public BuilderViewModel(CommandStack commands, ModelDraft initial) {
        this.commands = Objects.requireNonNull(commands, "commands");
        this.valid = Bindings.createBooleanBinding(() -> report.get() != null && report.get().isValid(), report);
        apply(initial, -1);
    }

    // ---- state -------------------------------------------------------------------------------------------

    @Override
    public ModelDraft draft() {
        return draft.get();
    }

    public ReadOnlyObjectProperty<ModelDraft> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ValidationReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ValidationReport report() {
        return report.get();
    }

    /** True while the engine accepts the draft; training may start only then. */
    public BooleanBinding validProperty() {
        return valid;
    }

    public boolean isValid() {
        return valid.get();
    }

    public ReadOnlyIntegerProperty selectedIndexProperty() {
        return selectedIndex.getReadOnlyProperty();
    }

    public int selectedIndex() {
        return selectedIndex.get();
    }

    /** The selected layer's spec, {@code null} when none is selected. */
    public ReadOnlyObjectProperty<LayerSpec> selectedLayerProperty() {
        return selectedLayer.getReadOnlyProperty();
    }

    /** e.g. {@code 322,877 parameters}. */
    public ReadOnlyStringProperty totalParamsTextProperty() {
        return totalParamsText.getReadOnlyProperty();
    }

    /** One line on the state of the draft: the engine's message or a summary of a valid network. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** Replaces the draft and selection without recording an edit; used by commands and when a project opens. */
    @Override
    public void apply(ModelDraft newDraft, int selection) {
        Objects.requireNonNull(newDraft, "draft");
        ValidationReport r = validator.validate(newDraft);
        draft.set(newDraft);
        report.set(r);
        totalParamsText.set(NumberFormat.getIntegerInstance(Locale.ROOT).format(r.totalParams()) + " parameters");
        statusText.set(r.message().orElse("Valid: " + newDraft.layers().size() + " layers, "
                + totalParamsText.get() + ". Ready to train."));
        select(selection);
    }

    /** Selects a layer by index; -1 or an index out of range clears the selection. */
    public void select(int index) {
        int size = draft.get().layers().size();
        int i = index >= 0 && index < size ? index : -1;
        // the layer first: a listener of the index reads the layer and must see the new one
        selectedLayer.set(i < 0 ? null : draft.get().layers().get(i));
        selectedIndex.set(i);
    }

    // ---- structure edits ---------------------------------------------------------------------------------

    /**
     * Adds a layer where a double-click in the palette should put it: after the selected layer, or, with none
     * selected, in front of the output layer (a new output layer goes at the end). The output layer stays last.
     */
    public void addLayer(LayerKind kind) {
        int size = draft().layers().size();
        int index;
        boolean outputLast = size > 0 && draft().layers().get(size - 1).kind() == LayerKind.RNN_OUTPUT;
        if (selectedIndex() >= 0 && kind != LayerKind.RNN_OUTPUT) {
            // the output layer stays last: adding "after" it means in front of it
            index = outputLast && selectedIndex() == size - 1 ? size - 1 : selectedIndex() + 1;
        } else if (kind != LayerKind.RNN_OUTPUT && size > 0
                && draft().layers().get(size - 1).kind() == LayerKind.RNN_OUTPUT) {
            index = size - 1;
        } else {
            index = size;
        }
        insertLayer(kind, index);
    }

    /** Inserts a new layer of the given kind at {@code index} (0 to size), as a drop does. */
    public void insertLayer(LayerKind kind, int index) {
        int size = draft().layers().size();
        int at = Math.max(0, Math.min(index, size));
        int n = kind == LayerKind.RNN_OUTPUT ? DEFAULT_OUTPUT_SIZE : DEFAULT_LAYER_SIZE;
        edit("Add " + kind.guideName(), draft().withLayerInserted(at, LayerSpec.of(kind, n)), at);
    }

    /** Removes the layer at {@code index}. */
    public void removeLayer(int index) {
        if (!inRange(index)) {
            return;
        }
        String name = draft().layers().get(index).typeName();
        ModelDraft after = draft().withLayerRemoved(index);
        // undo selects the layer it brings back, whatever was selected when it was deleted
        commands.execute(new DraftEditCommand(this, "Delete " + name, draft(), after, index,
                Math.min(index, after.layers().size() - 1)));
    }

    public void removeSelected() {
        removeLayer(selectedIndex());
    }

    /** Inserts a copy of the layer at {@code index} right after it. */
    public void duplicateLayer(int index) {
        if (!inRange(index)) {
            return;
        }
        LayerSpec copy = draft().layers().get(index);
        edit("Duplicate " + copy.typeName(), draft().withLayerInserted(index + 1, copy), index + 1);
    }

    public void duplicateSelected() {
        duplicateLayer(selectedIndex());
    }

    /** Moves the layer at {@code from} so that it ends up at {@code to}; a no-op move records nothing. */
    public void moveLayer(int from, int to) {
        if (!inRange(from) || !inRange(to) || from == to) {
            return;
        }
        String name = draft().layers().get(from).typeName();
        edit("Move " + name, draft().withLayerMoved(from, to), to);
    }

    public void moveSelectedUp() {
        moveLayer(selectedIndex(), selectedIndex() - 1);
    }

    public void moveSelectedDown() {
        moveLayer(selectedIndex(), selectedIndex() + 1);
    }

    /** Replaces the whole network with a template; undoable like any edit. */
    public void applyTemplate(Template template) {
        edit("Apply template " + template.title(), template.draft(), -1);
    }

    // ---- layer properties --------------------------------------------------------------------------------

    public void setNIn(int nIn) {
        editSelected("nIn", String.valueOf(nIn), s -> s.withNIn(nIn));
    }

    public void setNOut(int nOut) {
        editSelected("nOut", String.valueOf(nOut), s -> s.withNOut(nOut));
    }

    /** Sets the activation; on an output layer whose loss does not take it the engine's message will say so. */
    public void setActivation(Activation a) {
        editSelected("activation", a.name(), s -> s.withActivation(a));
    }

    public void setGateActivation(Activation a) {
        editSelected("gateActivation", a.name(), s -> s.withGateActivation(a));
    }

    /** Sets the layer's weight initialisation; {@code null} means the network's default. */
    public void setWeightInit(WeightInit w) {
        editSelected("weightInit", w == null ? "network default" : w.name(), s -> s.withWeightInit(w));
    }

    public void setForgetGateBiasInit(double b) {
        editSelected("forgetGateBiasInit", String.valueOf(b), s -> s.withForgetGateBiasInit(b));
    }

    /**
     * Sets the output layer's loss; the activation follows to the loss's own when the current one does not fit,
     * since a loss is defined for one kind of output (softmax for MCXENT, identity for MSE).
     */
    public void setLossFunction(LossFunction loss) {
        editSelected("loss", loss.name(), s -> {
            LayerSpec changed = s.withLossFunction(loss);
            return loss.accepts(s.activation()) ? changed : changed.withActivation(loss.defaultActivation());
        });
    }

    public void setBidirectionalMode(Bidirectional.Mode mode) {
        editSelected("mode", mode.name(), s -> s.withMode(mode));
    }

    public void setWrappedKind(LayerKind kind) {
        editSelected("wrapped layer", kind.guideName(), s -> s.withWrapped(kind));
    }

    private void editSelected(String property, String value, UnaryOperator<LayerSpec> change) {
        int i = selectedIndex();
        if (!inRange(i)) {
            return;
        }
        LayerSpec before = draft().layers().get(i);
        LayerSpec after = change.apply(before);
        if (after.equals(before)) {
            return;
        }
        edit("Set " + property + " of layer " + i + " to " + value, draft().withLayerReplaced(i, after), i);
    }

    // ---- network settings --------------------------------------------------------------------------------

    public void setInputSize(int v) {
        editSettings("input size", String.valueOf(v), s -> s.withInputSize(v));
    }

    public void setSeed(long v) {
        editSettings("seed", String.valueOf(v), s -> s.withSeed(v));
    }

    public void setUpdater(UpdaterKind v) {
        editSettings("updater", v.guideName(), s -> s.withUpdater(v));
    }

    public void setLearningRate(double v) {
        editSettings("learning rate", String.valueOf(v), s -> s.withLearningRate(v));
    }

    public void setMomentum(double v) {
        editSettings("momentum", String.valueOf(v), s -> s.withMomentum(v));
    }

    public void setRmsDecay(double v) {
        editSettings("rmsDecay", String.valueOf(v), s -> s.withRmsDecay(v));
    }

    public void setDefaultWeightInit(WeightInit v) {
        editSettings("weightInit", v.name(), s -> s.withWeightInit(v));
    }

    public void setL2(double v) {
        editSettings("l2", String.valueOf(v), s -> s.withL2(v));
    }

    public void setGradientNormalization(GradientNormalization v) {
        editSettings("gradientNormalization", v.name(), s -> s.withGradientNormalization(v));
    }

    public void setGradientNormalizationThreshold(double v) {
        editSettings("gradientNormalizationThreshold", String.valueOf(v),
                s -> s.withGradientNormalizationThreshold(v));
    }

    public void setBackpropType(BackpropType v) {
        editSettings("backpropType", v.name(), s -> s.withBackpropType(v));
    }

    public void setTBPTTForwardLength(int v) {
        editSettings("tBPTTForwardLength", String.valueOf(v), s -> s.withTBPTTForwardLength(v));
    }

    public void setTBPTTBackwardLength(int v) {
        editSettings("tBPTTBackwardLength", String.valueOf(v), s -> s.withTBPTTBackwardLength(v));
    }

    private void editSettings(String property, String value, UnaryOperator<NetworkSettings> change) {
        NetworkSettings before = draft().settings();
        NetworkSettings after = change.apply(before);
        if (after.equals(before)) {
            return;
        }
        edit("Set " + property + " to " + value, draft().withSettings(after), selectedIndex());
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private void edit(String description, ModelDraft after, int selectionAfter) {
        commands.execute(new DraftEditCommand(this, description, draft(), after, selectedIndex(), selectionAfter));
    }

    private boolean inRange(int index) {
        return index >= 0 && index < draft().layers().size();
    }
}
