package org.rnnworkbench.app.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rnnworkbench.app.command.CommandStack;
import org.rnnworkbench.model.conf.Activation;
import org.rnnworkbench.model.conf.BackpropType;
import org.rnnworkbench.model.conf.Bidirectional;
import org.rnnworkbench.model.conf.GravesLSTM;
import org.rnnworkbench.model.conf.LossFunction;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.conf.RnnOutputLayer;

class BuilderViewModelTest {
    private final CommandStack commands = new CommandStack();
    private final BuilderViewModel vm = new BuilderViewModel(commands, ModelDraft.empty(5));

    private List<LayerKind> kinds() {
        return vm.draft().layers().stream().map(LayerSpec::kind).collect(Collectors.toList());
    }

    @Test
    void anEmptyDraftIsInvalidWithAnExplanation() {
        assertFalse(vm.isValid());
        assertTrue(vm.statusTextProperty().get().contains("no layers"));
    }

    @Test
    void doubleClickAddsInFrontOfTheOutputLayer() {
        vm.addLayer(LayerKind.RNN_OUTPUT);
        vm.select(-1);
        vm.addLayer(LayerKind.GRAVES_LSTM);
        vm.select(-1);
        vm.addLayer(LayerKind.LSTM);
        assertEquals(List.of(LayerKind.GRAVES_LSTM, LayerKind.LSTM, LayerKind.RNN_OUTPUT), kinds());
        assertEquals(1, vm.selectedIndex(), "the new layer is selected");
        assertTrue(vm.isValid(), vm.statusTextProperty().get());
    }

    @Test
    void addingAfterTheSelectedLayer() {
        vm.addLayer(LayerKind.LSTM);
        vm.addLayer(LayerKind.RNN_OUTPUT);
        vm.select(0);
        vm.addLayer(LayerKind.DENSE);
        assertEquals(List.of(LayerKind.LSTM, LayerKind.DENSE, LayerKind.RNN_OUTPUT), kinds());
    }

    @Test
    void addingWithTheOutputLayerSelectedKeepsItLast() {
        vm.addLayer(LayerKind.GRAVES_LSTM);
        vm.addLayer(LayerKind.RNN_OUTPUT);
        assertEquals(1, vm.selectedIndex());
        vm.addLayer(LayerKind.LSTM);
        assertEquals(List.of(LayerKind.GRAVES_LSTM, LayerKind.LSTM, LayerKind.RNN_OUTPUT), kinds());
    }

    @Test
    void insertClampsTheIndex() {
        vm.insertLayer(LayerKind.RNN_OUTPUT, 99);
        vm.insertLayer(LayerKind.LSTM, -4);
        assertEquals(List.of(LayerKind.LSTM, LayerKind.RNN_OUTPUT), kinds());
    }

    @Test
    void everyEditUndoesAndRedoesWithItsDescription() {
        vm.addLayer(LayerKind.GRAVES_LSTM);
        assertEquals("Add GravesLSTM", commands.undoDescriptionProperty().get());
        vm.addLayer(LayerKind.RNN_OUTPUT);
        vm.select(0);
        vm.setNOut(200);
        assertEquals("Set nOut of layer 0 to 200", commands.undoDescriptionProperty().get());
        vm.removeLayer(1);
        assertEquals(List.of(LayerKind.GRAVES_LSTM), kinds());
        commands.undo();
        assertEquals(List.of(LayerKind.GRAVES_LSTM, LayerKind.RNN_OUTPUT), kinds());
        assertEquals(1, vm.selectedIndex(), "undo selects the layer it brought back");
        commands.undo();
        assertEquals(64, vm.draft().layers().get(0).nOut());
        commands.redo();
        assertEquals(200, vm.draft().layers().get(0).nOut());
        assertEquals(0, vm.selectedIndex());
    }

    @Test
    void reorderDuplicateAndDelete() {
        vm.addLayer(LayerKind.LSTM);
        vm.addLayer(LayerKind.SIMPLE_RNN);
        vm.addLayer(LayerKind.RNN_OUTPUT);
        vm.moveLayer(1, 0);
        assertEquals(List.of(LayerKind.SIMPLE_RNN, LayerKind.LSTM, LayerKind.RNN_OUTPUT), kinds());
        assertEquals("Move SimpleRnn", commands.undoDescriptionProperty().get());
        vm.select(1);
        vm.duplicateSelected();
        assertEquals(List.of(LayerKind.SIMPLE_RNN, LayerKind.LSTM, LayerKind.LSTM, LayerKind.RNN_OUTPUT), kinds());
        assertEquals(2, vm.selectedIndex());
        vm.moveSelectedUp();
        assertEquals(1, vm.selectedIndex());
        vm.removeSelected();
        assertEquals(List.of(LayerKind.SIMPLE_RNN, LayerKind.LSTM, LayerKind.RNN_OUTPUT), kinds());
        commands.undo();
        commands.undo();
        commands.undo();
        commands.undo();
        assertEquals(List.of(LayerKind.LSTM, LayerKind.SIMPLE_RNN, LayerKind.RNN_OUTPUT), kinds());
    }

    @Test
    void aMoveToTheSamePlaceRecordsNothing() {
        vm.addLayer(LayerKind.LSTM);
        int before = commands.position();
        vm.moveLayer(0, 0);
        vm.moveLayer(0, 5);
        vm.setNOut(64);
        assertEquals(before, commands.position());
    }

    @Test
    void aWrongNInIsReportedOnTheRightLayerWithTheEnginesMessage() {
        vm.addLayer(LayerKind.LSTM);
        vm.addLayer(LayerKind.GRAVES_LSTM);
        vm.addLayer(LayerKind.RNN_OUTPUT);
        vm.select(1);
        vm.setNIn(7);
        ValidationReport r = vm.report();
        assertFalse(r.isValid());
        assertEquals(1, r.errorLayer().getAsInt());
        String engineMessage = expectedEngineMessage(vm.draft());
        assertEquals(engineMessage, r.message().get());
        assertEquals(engineMessage, r.layers().get(1).error().get());
        assertTrue(r.layers().get(0).error().isEmpty());
        assertTrue(engineMessage.startsWith("layer 1 (GravesLSTM): nIn is 7"), engineMessage);
        commands.undo();
        assertTrue(vm.isValid());
    }

    private static String expectedEngineMessage(ModelDraft draft) {
        try {
            draft.toConfigurationBuilder().build();
            return "built";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    @Test
    void outputLayerNotLastIsMarked() {
        vm.addLayer(LayerKind.RNN_OUTPUT);
        vm.insertLayer(LayerKind.LSTM, 1);
        assertEquals(0, vm.report().errorLayer().getAsInt());
        assertTrue(vm.report().message().get().contains("only the last layer can be an output layer"));
    }

    @Test
    void truncatedBpttWithABidirectionalLayerIsRejected() {
        vm.addLayer(LayerKind.BIDIRECTIONAL);
        vm.addLayer(LayerKind.RNN_OUTPUT);
        assertTrue(vm.isValid());
        vm.setBackpropType(BackpropType.TruncatedBPTT);
        assertEquals(0, vm.report().errorLayer().getAsInt());
        assertTrue(vm.report().message().get().contains("truncated BPTT"));
    }

    @Test
    void aBadLearningRateGivesTheUpdatersMessage() {
        vm.addLayer(LayerKind.LSTM);
        vm.addLayer(LayerKind.RNN_OUTPUT);
        vm.setLearningRate(-1);
        assertFalse(vm.isValid());
        assertTrue(vm.report().errorLayer().isEmpty());
        assertTrue(vm.report().message().get().contains("learningRate"), vm.report().message().get());
    }

    @Test
    void parameterCountsEqualTheEngines() {
        vm.applyTemplate(Template.CHARACTER_MODEL);
        NetworkConfiguration engine = new NetworkConfiguration.Builder().inputSize(77)
                .layer(new GravesLSTM.Builder().nOut(200).build())
                .layer(new GravesLSTM.Builder().nOut(200).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(77).build()).build();
        ValidationReport r = vm.report();
        assertEquals(engine.numParams(), r.totalParams());
        for (int i = 0; i < 3; i++) {
            assertEquals(engine.layers().get(i).numParams(), r.layers().get(i).numParams());
        }
        // GravesLSTM(77 -> 200): input 77*800, recurrent 200*803, bias 800
        assertEquals(77 * 800 + 200 * 803 + 800, r.layers().get(0).numParams());
        assertEquals("[mb, 200, T]", r.layers().get(0).outputShape());
        assertTrue(vm.totalParamsTextProperty().get().endsWith(" parameters"));
    }

    @Test
    void preprocessorsTheEngineInsertsAreShown() {
        vm.applyTemplate(Template.SEQUENCE_REGRESSOR);
        ValidationReport r = vm.report();
        assertTrue(r.layers().get(0).preProcessor().isEmpty());
        assertEquals("RnnToFeedForwardPreProcessor", r.layers().get(1).preProcessor().get());
        assertEquals("FeedForwardToRnnPreProcessor", r.layers().get(2).preProcessor().get());
        assertEquals("[mb·T, 32]", r.layers().get(1).outputShape());
    }

    @Test
    void paramsAreStillShownWhileInvalid() {
        vm.applyTemplate(Template.CHARACTER_MODEL);
        vm.select(2);
        vm.setActivation(Activation.TANH);
        ValidationReport r = vm.report();
        assertFalse(r.isValid());
        assertEquals(2, r.errorLayer().getAsInt());
        assertEquals(77 * 800 + 200 * 803 + 800, r.layers().get(0).numParams());
        assertTrue(r.message().get().contains("MCXENT needs activation SOFTMAX"), r.message().get());
    }

    @Test
    void changingTheLossFollowsWithAFittingActivation() {
        vm.addLayer(LayerKind.RNN_OUTPUT);
        vm.setLossFunction(LossFunction.MSE);
        assertEquals(Activation.IDENTITY, vm.draft().layers().get(0).activation());
        vm.setActivation(Activation.TANH);
        vm.setLossFunction(LossFunction.MSE);
        assertEquals(Activation.TANH, vm.draft().layers().get(0).activation());
    }

    @Test
    void bidirectionalConcatDoublesTheOutput() {
        vm.addLayer(LayerKind.BIDIRECTIONAL);
        vm.addLayer(LayerKind.RNN_OUTPUT);
        assertEquals("[mb, 128, T]", vm.report().layers().get(0).outputShape());
        vm.select(0);
        vm.setBidirectionalMode(Bidirectional.Mode.ADD);
        assertEquals("[mb, 64, T]", vm.report().layers().get(0).outputShape());
        vm.setWrappedKind(LayerKind.SIMPLE_RNN);
        assertEquals("Bidirectional(SimpleRnn)", vm.report().layers().get(0).typeName());
        assertEquals(2L * (5 * 64 + 64 * 64 + 64), vm.report().layers().get(0).numParams());
    }

    @Test
    void settingsEditsAreUndoable() {
        vm.setSeed(7);
        vm.setInputSize(12);
        assertEquals("Set input size to 12", commands.undoDescriptionProperty().get());
        commands.undo();
        commands.undo();
        assertEquals(NetworkSettings.defaults(5), vm.draft().settings());
    }

    @Test
    void everyTemplateIsValidAndRoundTripsThroughTheEngine() {
        for (Template t : Template.values()) {
            vm.applyTemplate(t);
            assertTrue(vm.isValid(), t + ": " + vm.statusTextProperty().get());
            NetworkConfiguration built = vm.report().configuration().get();
            assertEquals(t.builder().build(), built, t.name());
        }
        assertEquals(Template.values().length, commands.position());
    }

    @Test
    void aListenerOfTheIndexSeesTheNewLayer() {
        vm.addLayer(LayerKind.LSTM);
        vm.addLayer(LayerKind.RNN_OUTPUT);
        List<LayerSpec> seen = new java.util.ArrayList<>();
        vm.selectedIndexProperty().addListener((obs, was, is) -> seen.add(vm.selectedLayerProperty().get()));
        vm.select(0);
        vm.select(-1);
        assertEquals(java.util.Arrays.asList(vm.draft().layers().get(0), null), seen);
    }

    @Test
    void selectionOutOfRangeClears() {
        vm.addLayer(LayerKind.LSTM);
        vm.select(3);
        assertEquals(-1, vm.selectedIndex());
        assertNull(vm.selectedLayerProperty().get());
        vm.setNOut(5);
        assertEquals(64, vm.draft().layers().get(0).nOut(), "no selection, no edit");
    }
}
