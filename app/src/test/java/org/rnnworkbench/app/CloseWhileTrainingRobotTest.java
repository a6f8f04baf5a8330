package org.rnnworkbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rnnworkbench.app.project.SampleProjects;
import org.rnnworkbench.app.shell.CloseDecision;
import org.rnnworkbench.app.shell.MainWindowView;
import org.rnnworkbench.app.shell.ScriptedDialogs;
import org.rnnworkbench.app.shell.WorkbenchViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Quitting with Ctrl+Q while the main window trains: asked first, and the run stops before the window goes. */
@ExtendWith(ApplicationExtension.class)
class CloseWhileTrainingRobotTest {
    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final AtomicInteger exits = new AtomicInteger();

    @Start
    void start(Stage stage) {
        WorkbenchViewModel vm = Workbench.create(dir.resolve("home"), dialogs, Runnable::run, Runnable::run);
        MainWindowView view = new MainWindowView(vm, new SampleProjects(null));
        view.handleCloseRequests(stage, exits::incrementAndGet);
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    private static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
        assertTrue(condition.call(), what);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void ctrlQAsksAndStopAndCloseEndsTheRunBeforeTheWindowCloses(FxRobot robot) throws Exception {
        robot.doubleClickOn("#template-SEQUENCE_CLASSIFIER");
        robot.clickOn("#train-button");
        robot.clickOn("#train-until-stopped");
        robot.clickOn("#train-start");
        waitFor("training has begun", () -> text(robot, "#train-state").equals("Training")
                && !text(robot, "#train-figures").startsWith("Iteration 0 "));

        dialogs.confirmAnswers.add(false);
        robot.push(KeyCode.CONTROL, KeyCode.Q);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Stop training and close?"), dialogs.questions);
        assertEquals(0, exits.get(), "Cancel keeps the window");
        assertEquals("Training", text(robot, "#train-state"), "Cancel keeps the run going");

        dialogs.confirmAnswers.add(true);
        dialogs.closeAnswers.add(CloseDecision.DISCARD);
        robot.push(KeyCode.CONTROL, KeyCode.Q);
        waitFor("the window closes once the run has ended", () -> exits.get() == 1);
        assertEquals("Ready", text(robot, "#train-state"));
        assertTrue(text(robot, "#train-message").startsWith("Stopped at iteration"), text(robot, "#train-message"));
        assertEquals(List.of("Stop training and close?", "Stop training and close?", "save Untitled"),
                dialogs.questions);
    }
}
