package org.rnnworkbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rnnworkbench.app.builder.LayerKind;
import org.rnnworkbench.app.builder.LayerSpec;
import org.rnnworkbench.app.project.ProjectDocument;
import org.rnnworkbench.app.project.ProjectStore;
import org.rnnworkbench.app.project.SampleProjects;
import org.rnnworkbench.app.shell.Area;
import org.rnnworkbench.app.shell.MainWindowView;
import org.rnnworkbench.app.shell.ScriptedDialogs;
import org.rnnworkbench.app.shell.WorkbenchViewModel;
import org.rnnworkbench.app.ui.ThemeStylesheets;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real main window with the robot, headless (Monocle), as a user would. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchRobotTest {
    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private WorkbenchViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = Workbench.create(dir.resolve("home"), dialogs, Runnable::run, Runnable::run);
        MainWindowView view = new MainWindowView(vm, new SampleProjects(null));
        stage.setScene(new Scene(view, 1280, 800));
        stage.titleProperty().bind(vm.titleProperty());
        stage.show();
    }

    private List<LayerKind> kinds() {
        return vm.builder().draft().layers().stream().map(LayerSpec::kind).collect(Collectors.toList());
    }

    @Test
    void dragAndDropBuildsAThreeLayerModelAndReorders(FxRobot robot) {
        robot.drag("#palette-GravesLSTM").dropTo("#drop-hint");
        robot.drag("#palette-LSTM").dropTo("#drop-hint");
        robot.drag("#palette-RnnOutputLayer").dropTo("#drop-hint");
        assertEquals(List.of(LayerKind.GRAVES_LSTM, LayerKind.LSTM, LayerKind.RNN_OUTPUT), kinds());
        assertTrue(vm.builder().isValid());
        assertTrue(robot.lookup("#validation-message").queryAs(Label.class).getText().startsWith("Valid: 3 layers"));
        assertTrue(robot.lookup("#layer-card-2").tryQuery().isPresent());

        // drop card 1 on the upper half of card 0: it moves in front
        robot.drag("#layer-card-1").moveTo("#layer-card-0").moveBy(0, -12).drop();
        assertEquals(List.of(LayerKind.LSTM, LayerKind.GRAVES_LSTM, LayerKind.RNN_OUTPUT), kinds());
        assertEquals("Move LSTM", vm.commands().undoDescriptionProperty().get());

        robot.clickOn("Code");
        String code = robot.lookup("#code-java").queryAs(javafx.scene.control.TextArea.class).getText();
        assertTrue(code.contains(".layer(1, new GravesLSTM.Builder().nOut(64).activation(Activation.TANH).build())"),
                code);
        assertTrue(robot.lookup("#code-json").queryAs(javafx.scene.control.TextArea.class).getText()
                .contains("\"formatVersion\""));
    }

    @Test
    void aWrongNInShowsTheEnginesMessageOnThatLayerAndCtrlZRestores(FxRobot robot) {
        robot.doubleClickOn("#palette-GravesLSTM");
        robot.doubleClickOn("#palette-RnnOutputLayer");
        robot.doubleClickOn("#palette-LSTM");
        assertEquals(List.of(LayerKind.GRAVES_LSTM, LayerKind.LSTM, LayerKind.RNN_OUTPUT), kinds());

        robot.clickOn("#layer-card-1");
        robot.clickOn("#field-nIn").push(KeyCode.CONTROL, KeyCode.A).write("7").type(KeyCode.ENTER);

        String engineMessage = vm.builder().report().message().orElseThrow();
        assertTrue(engineMessage.startsWith("layer 1 (LSTM): nIn is 7"), engineMessage);
        Label error = robot.lookup("#layer-error-1").queryAs(Label.class);
        assertTrue(error.getText().endsWith(engineMessage), error.getText());
        assertFalse(robot.lookup("#layer-error-0").tryQuery().isPresent());
        assertTrue(robot.lookup("#train-button").queryAs(Button.class).isDisabled());

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertTrue(vm.builder().isValid());
        assertFalse(robot.lookup("#layer-error-1").tryQuery().isPresent());
        assertFalse(robot.lookup("#train-button").queryAs(Button.class).isDisabled());

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertFalse(vm.builder().isValid());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        assertFalse(vm.builder().isValid(), "Ctrl+Y redoes too");
    }

    @Test
    void ctrlSSavesAndReopeningGivesAnEqualProject(FxRobot robot) {
        robot.doubleClickOn("#template-CHARACTER_MODEL");
        robot.clickOn("#layer-card-0");
        robot.clickOn("#field-nOut").push(KeyCode.CONTROL, KeyCode.A).write("128").type(KeyCode.ENTER);
        assertTrue(stage.getTitle().startsWith("*"), stage.getTitle());

        Path folder = dir.resolve("chars");
        dialogs.saveAnswers.add(folder);
        robot.clickOn("#layer-card-2");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        assertTrue(Files.isRegularFile(folder.resolve(ProjectStore.PROJECT_FILE)));
        assertEquals("chars — RNN Workbench", stage.getTitle());
        ProjectDocument saved = vm.document();

        robot.interact(vm::close);
        assertFalse(robot.lookup("#layer-card-0").tryQuery().isPresent());
        robot.interact(() -> vm.open(folder));
        assertEquals(saved, vm.document());
        assertEquals(128, vm.builder().draft().layers().get(0).nOut());
        assertTrue(robot.lookup("#layer-card-2").tryQuery().isPresent());
    }

    @Test
    void deleteKeyAndCardButtonsEditTheStack(FxRobot robot) {
        robot.doubleClickOn("#template-SEQUENCE_REGRESSOR");
        assertTrue(robot.lookup("#preprocessor-RnnToFeedForwardPreProcessor").tryQuery().isPresent());
        robot.clickOn("#duplicate-1");
        assertEquals(List.of(LayerKind.LSTM, LayerKind.DENSE, LayerKind.DENSE, LayerKind.RNN_OUTPUT), kinds());
        robot.clickOn("#layer-card-0").type(KeyCode.DELETE);
        assertEquals(List.of(LayerKind.DENSE, LayerKind.DENSE, LayerKind.RNN_OUTPUT), kinds());
        robot.clickOn("#delete-0");
        assertEquals(List.of(LayerKind.DENSE, LayerKind.RNN_OUTPUT), kinds());
        assertEquals("Undo Delete DenseLayer", vm.undoTextProperty().get());
    }

    @Test
    void trainIsReachableOnlyWithAValidModelAndTheThemeSwitches(FxRobot robot) {
        assertTrue(robot.lookup("#train-button").queryAs(Button.class).isDisabled());
        robot.doubleClickOn("#template-ONE_TO_MANY");
        robot.clickOn("#train-button");
        assertEquals(Area.TRAIN, vm.selectedAreaProperty().get());
        assertEquals("The model is valid and ready.",
                robot.lookup("#readiness-Train").queryAs(Label.class).getText());
        robot.clickOn("#nav-model");
        assertEquals(Area.MODEL, vm.selectedAreaProperty().get());

        robot.clickOn("View").clickOn("Dark Theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith(
                ThemeStylesheets.DARK.substring(ThemeStylesheets.DARK.lastIndexOf('/')))));
    }
}
