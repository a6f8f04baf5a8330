package org.rnnworkbench.app.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rnnworkbench.app.Workbench;
import org.rnnworkbench.app.project.SampleProjects;
import org.rnnworkbench.app.shell.Area;
import org.rnnworkbench.app.shell.MainWindowView;
import org.rnnworkbench.app.shell.ScriptedDialogs;
import org.rnnworkbench.app.shell.WorkbenchViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real Step area in the main window, headless: the project holds a small trained character model,
 * and the area's own worker thread does the stepping, so the robot waits for it as a user would.
 */
@ExtendWith(ApplicationExtension.class)
class StepRobotTest {
    @TempDir
    static Path dir;

    private WorkbenchViewModel vm;

    @Start
    void start(Stage stage) {
        vm = Workbench.create(dir.resolve("home"), new ScriptedDialogs(), Runnable::run, Runnable::run);
        stage.setScene(new Scene(new MainWindowView(vm, new SampleProjects(null)), 1280, 800));
        stage.show();
    }

    private Path projectWithModel(String name) throws Exception {
        Path folder = dir.resolve(name);
        TinyCharacterModel.writeInto(folder);
        Files.copy(Path.of("..", "sample-projects", "character-model", "project.json"), folder.resolve("project.json"));
        return folder;
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<Label> characters(FxRobot robot) {
        TextFlow flow = robot.lookup("#stream-text-0").queryAs(TextFlow.class);
        return flow.getChildren().stream().filter(n -> n instanceof Label).map(n -> (Label) n).toList();
    }

    private static String text(FxRobot robot) {
        StringBuilder sb = new StringBuilder();
        characters(robot).forEach(l -> sb.append("↵".equals(l.getText()) ? "\n" : l.getText()));
        return sb.toString();
    }

    /** The character sample as shipped, with its trained network: Open Sample goes straight to the Step area. */
    @Test
    void primeStepTwentyTimesShowsTheBarsAndClearResets(FxRobot robot) throws Exception {
        robot.interact(() -> vm.openSample(Path.of("..", "sample-projects", "character-model")));
        waitFor(() -> robot.lookup("#step-button").tryQuery().isPresent());
        Button step = robot.lookup("#step-button").queryAs(Button.class);
        waitFor(() -> !step.isDisabled());

        robot.clickOn("#prime").push(KeyCode.CONTROL, KeyCode.A).write("The ");
        for (int i = 0; i < 20; i++) {
            robot.clickOn(step);
            waitFor(() -> !step.isDisabled());
        }
        String text = text(robot);
        assertTrue(text.startsWith("The "), text);
        assertEquals(24, text.length(), text);

        List<Node> bars = List.copyOf(robot.lookup(".next-bar").queryAll());
        assertEquals(StepViewModel.DEFAULT_BARS, bars.size());
        double sum = bars.stream().mapToDouble(b -> (Double) b.getUserData()).sum();
        assertTrue(sum > 0 && sum <= 1 + 1e-6, "bars sum to " + sum);

        robot.clickOn("#verify-button");
        waitFor(() -> !robot.lookup("#verify-result").queryAs(Label.class).getText().isEmpty());
        assertTrue(robot.lookup("#verify-result").queryAs(Label.class).getText().contains("equal output()"));

        robot.clickOn("#clear-button");
        waitFor(() -> characters(robot).isEmpty());
        assertTrue(robot.lookup(".next-bar").queryAll().isEmpty());
    }

    @Test
    void clickingAGeneratedCharacterForksAndTheOldBranchStays(FxRobot robot) throws Exception {
        Path folder = projectWithModel("forks");
        robot.interact(() -> vm.open(folder));
        robot.clickOn("#nav-step");
        waitFor(() -> robot.lookup("#run-button").tryQuery().isPresent());
        Button run = robot.lookup("#run-button").queryAs(Button.class);
        waitFor(() -> !run.isDisabled());
        robot.clickOn(run);
        waitFor(() -> !run.isDisabled() && characters(robot).size() > 100);
        String before = text(robot);

        Label tenth = characters(robot).get(10);
        robot.clickOn(tenth);
        waitFor(() -> robot.lookup(".context-menu").tryQuery().isPresent());
        Node other = robot.lookup(".menu-item").queryAll().stream()
                .filter(n -> n.getId() != null && n.getId().startsWith("fork-"))
                .filter(n -> !((javafx.scene.control.Label) robot.from(n).lookup(".label").query()).getText()
                        .contains("as before"))
                .findFirst().orElseThrow();
        robot.clickOn(other);
        ListView<?> branches = robot.lookup("#branch-list").queryAs(ListView.class);
        waitFor(() -> branches.getItems().size() == 2);
        String forked = text(robot);
        assertEquals(before.substring(0, 10), forked.substring(0, 10));
        assertEquals(11, forked.length(), forked);

        robot.clickOn(robot.from(branches).lookup(".list-cell").nth(0).queryAs(Node.class));
        waitFor(() -> text(robot).equals(before));
    }

    @Test
    void withoutATrainedModelTheAreaSaysSoAndOffersTraining(FxRobot robot) throws Exception {
        Path folder = dir.resolve("untrained");
        Files.createDirectories(folder);
        Files.copy(Path.of("..", "sample-projects", "character-model", "project.json"), folder.resolve("project.json"));
        robot.interact(() -> vm.open(folder));
        robot.clickOn("#nav-step");
        waitFor(() -> robot.lookup("#step-unavailable").tryQuery().isPresent());
        assertTrue(robot.lookup("#step-unavailable").queryAs(Label.class).getText().contains("Train the model first"));
        robot.clickOn("#step-remedy");
        assertEquals(Area.TRAIN, vm.selectedAreaProperty().get());
    }
}
