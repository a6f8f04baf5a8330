package org.rnnworkbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rnnworkbench.app.data.SequenceFolders;
import org.rnnworkbench.app.data.WizardStep;
import org.rnnworkbench.app.project.SampleProjects;
import org.rnnworkbench.app.shell.MainWindowView;
import org.rnnworkbench.app.shell.ScriptedDialogs;
import org.rnnworkbench.app.shell.WorkbenchViewModel;
import org.rnnworkbench.app.ui.Styles;
import org.rnnworkbench.model.data.AlignmentMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real Data area with the robot, headless: folders in, alignment switched, masks read off the grid. The
 * previews are computed on a thread of their own and arrive through {@code Platform.runLater}, as in the
 * application; the import runs on the FX thread here, so it is done when its click returns.
 */
@ExtendWith(ApplicationExtension.class)
class DataRobotTest {
    private static final int[] LENGTHS = {5, 2, 7, 4};

    @TempDir
    Path dir;

    private final ExecutorService previews = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "data-preview");
        t.setDaemon(true);
        return t;
    });
    private WorkbenchViewModel vm;

    @Start
    void start(Stage stage) {
        vm = Workbench.create(dir.resolve("home"), new ScriptedDialogs(), Runnable::run, previews, Platform::runLater);
        stage.setScene(new Scene(new MainWindowView(vm, new SampleProjects(null)), 1280, 860));
        stage.show();
    }

    @AfterEach
    void stopPreviews() {
        previews.shutdownNow();
    }

    /** Waits until the newest previews are on the page. */
    private void waitForPreviews() throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> !vm.data().previewingProperty().get()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void type(FxRobot robot, String query, String text) {
        robot.clickOn(query).push(KeyCode.CONTROL, KeyCode.A).write(text).type(KeyCode.ENTER);
    }

    private static String cell(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    @Test
    void theLabelsMaskFollowsTheAlignmentAndABrokenFileIsShownAtItsLine(FxRobot robot) throws TimeoutException {
        Path data = SequenceFolders.manyToOne(dir.resolve("walks"), 2, 3, LENGTHS);
        robot.clickOn("#nav-data");
        robot.clickOn("#step-files");
        type(robot, "#features-folder", data.resolve("features").toString());
        type(robot, "#labels-folder", data.resolve("labels").toString());
        waitForPreviews();
        assertTrue(robot.lookup("4 files match").tryQuery().isPresent());
        robot.clickOn("#data-next");
        assertEquals(WizardStep.TASK, vm.data().stepProperty().get());

        robot.clickOn("#step-preview");
        robot.clickOn("#preview-align-ALIGN_END");
        assertEquals(AlignmentMode.ALIGN_END, vm.data().alignmentProperty().get());
        waitForPreviews();
        for (int i = 0; i < LENGTHS.length; i++) {
            for (int t = 0; t < 7; t++) {
                assertEquals(t == LENGTHS[i] - 1 ? "1" : "0", cell(robot, "lm-" + i + "-" + t), "example " + i
                        + ", step " + t);
                assertEquals(t < LENGTHS[i] ? "1" : "0", cell(robot, "fm-" + i + "-" + t));
            }
        }

        robot.clickOn("#preview-align-ALIGN_START");
        waitForPreviews();
        for (int i = 0; i < LENGTHS.length; i++) {
            for (int t = 0; t < 7; t++) {
                assertEquals(t == 0 ? "1" : "0", cell(robot, "lm-" + i + "-" + t), "example " + i + ", step " + t);
            }
        }

        SequenceFolders.write(data.resolve("features/2.csv"), "0.1,0.2\n0.3,0.4\n0.5,bad\n");
        robot.clickOn("#data-import");
        String error = robot.lookup("#data-error").queryAs(Label.class).getText();
        assertTrue(error.endsWith("2.csv, line 3, column 2: expected a number, found \"bad\""), error);
        assertNull(vm.dataSource().get(), "nothing is imported");

        robot.clickOn("#data-show-file");
        Node line = robot.lookup("#raw-line-3").query();
        assertTrue(line.getStyleClass().contains(Styles.RAW_HIGHLIGHT));
    }

    @Test
    void anImportFitsTheModelAndUndoTakesItBack(FxRobot robot) throws TimeoutException {
        Path data = SequenceFolders.manyToOne(dir.resolve("walks"), 2, 3, LENGTHS);
        robot.doubleClickOn("#template-SEQUENCE_CLASSIFIER");
        robot.clickOn("#nav-data");
        robot.clickOn("#step-files");
        type(robot, "#features-folder", data.resolve("features").toString());
        type(robot, "#labels-folder", data.resolve("labels").toString());
        waitForPreviews();
        robot.clickOn("#data-next");
        robot.clickOn("#data-import");
        String status = robot.lookup("#data-status").queryAs(Label.class).getText();
        assertTrue(status.startsWith("Imported 4 sequences"), status);
        assertEquals(2, vm.builder().draft().settings().inputSize());
        assertTrue(vm.dataSource().get() != null);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertNull(vm.dataSource().get());
    }
}
