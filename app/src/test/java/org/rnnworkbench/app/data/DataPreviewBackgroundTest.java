package org.rnnworkbench.app.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnworkbench.app.builder.BuilderViewModel;
import org.rnnworkbench.app.builder.Template;
import org.rnnworkbench.app.command.CommandStack;
import org.rnnworkbench.app.concurrent.BackgroundRunner;
import org.rnnworkbench.app.project.ProjectDataSource;
import org.rnnworkbench.model.data.AlignmentMode;

/**
 * The quick previews are computed on the preview runner from the inputs as they were when asked, and shown on the
 * UI thread; a result that newer input has overtaken is dropped, and requests made while one runs collapse into
 * the newest.
 */
class DataPreviewBackgroundTest {
    @TempDir
    Path dir;

    private final ExecutorService previewThread = Executors.newSingleThreadExecutor(r -> new Thread(r,
            "preview-worker"));
    private final CommandStack commands = new CommandStack();

    @AfterEach
    void stop() {
        previewThread.shutdownNow();
    }

    private DataViewModel viewModel(BackgroundRunner importRunner, BackgroundRunner previewRunner) {
        return new DataViewModel(new ProjectDataSource(), new BuilderViewModel(commands,
                Template.CHARACTER_MODEL.draft()), commands, importRunner, previewRunner,
                new SimpleObjectProperty<>(dir));
    }

    private static void runAll(Queue<Runnable> queue) {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }

    @Test
    void thePreviewsAreComputedOnThePreviewThreadAndShownWhenTheUiThreadTakesThem() throws Exception {
        LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
        Set<String> postingThreads = ConcurrentHashMap.newKeySet();
        DataViewModel vm = viewModel(BackgroundRunner.sameThread(), new BackgroundRunner(previewThread, r -> {
            postingThreads.add(Thread.currentThread().getName());
            ui.add(r);
        }));
        pumpUntilShown(vm, ui);
        SequenceFolders.manyToOne(dir, 3, 4, 5, 2, 7, 4, 3);

        vm.featuresFolderProperty().set("features");
        vm.labelsFolderProperty().set("labels");
        assertTrue(vm.previewingProperty().get());
        assertEquals(0, vm.featuresMatchProperty().get().found(), "nothing is computed on the calling thread");
        assertNull(vm.detectionProperty().get());

        pumpUntilShown(vm, ui);
        assertEquals("5 files match", vm.featuresMatchProperty().get().describe());
        assertEquals("5 files match", vm.labelsMatchProperty().get().describe());
        assertEquals(SequenceLayout.MANY_TO_ONE, vm.detectionProperty().get().layout());
        assertEquals("features", vm.rawFileProperty().get().getParent().getFileName().toString());
        assertEquals(Set.of("preview-worker"), postingThreads, "every result comes from the preview thread");
    }

    /** Runs what the preview thread hands to the UI thread, as the FX thread would, until the newest is shown. */
    private static void pumpUntilShown(DataViewModel vm, LinkedBlockingQueue<Runnable> ui) throws Exception {
        while (vm.previewingProperty().get()) {
            Runnable r = ui.poll(20, TimeUnit.SECONDS);
            assertNotNull(r, "the previews never arrived");
            r.run();
        }
    }

    @Test
    void aResultThatNewerInputOvertookIsDroppedAndOnlyTheNewestWaitingRequestRuns() {
        Queue<Runnable> background = new ArrayDeque<>();
        Queue<Runnable> ui = new ArrayDeque<>();
        DataViewModel vm = viewModel(BackgroundRunner.sameThread(), new BackgroundRunner(background::add, ui::add));
        runAll(background);
        runAll(ui);
        SequenceFolders.manyToOne(dir.resolve("five"), 3, 4, 5, 2, 7, 4, 3);
        SequenceFolders.manyToOne(dir.resolve("three"), 3, 4, 5, 2, 7);
        SequenceFolders.manyToOne(dir.resolve("two"), 3, 4, 5, 2);
        String before = vm.featuresMatchProperty().get().describe();

        vm.featuresFolderProperty().set("five/features");
        vm.featuresFolderProperty().set("three/features");
        vm.featuresFolderProperty().set("two/features");
        assertEquals(1, background.size(), "one preview at a time");

        background.poll().run();
        runAll(ui);
        assertEquals(before, vm.featuresMatchProperty().get().describe(), "the result for \"five\" is dropped");
        assertTrue(vm.previewingProperty().get());
        assertEquals(1, background.size(), "\"three\" was overtaken before it started: only \"two\" runs next");

        background.poll().run();
        runAll(ui);
        assertEquals("2 files match", vm.featuresMatchProperty().get().describe());
        assertFalse(vm.previewingProperty().get());
        assertTrue(background.isEmpty());
    }

    @Test
    void nextOnTheFilesStepTakesTheDetectionThatIsStillBeingComputed() {
        Queue<Runnable> background = new ArrayDeque<>();
        Queue<Runnable> ui = new ArrayDeque<>();
        DataViewModel vm = viewModel(BackgroundRunner.sameThread(), new BackgroundRunner(background::add, ui::add));
        SequenceFolders.manyToOne(dir, 3, 4, 5, 2, 7, 4, 3);
        vm.featuresFolderProperty().set("features");
        vm.labelsFolderProperty().set("labels");
        vm.next();
        vm.next();
        assertEquals(WizardStep.TASK, vm.stepProperty().get());
        assertEquals(AlignmentMode.EQUAL_LENGTH, vm.alignmentProperty().get(), "no detection yet");

        while (!background.isEmpty() || !ui.isEmpty()) {
            runAll(background);
            runAll(ui);
        }
        assertEquals(AlignmentMode.ALIGN_END, vm.alignmentProperty().get(), "many-to-one, detected on arrival");
        assertEquals(4, vm.numClassesProperty().get());
        assertNotNull(vm.previewProperty().get(), vm.previewProblemProperty().get());
    }

    @Test
    void thePreviewsDoNotWaitForARunningImport() {
        Queue<Runnable> importThread = new ArrayDeque<>();
        DataViewModel vm = viewModel(new BackgroundRunner(importThread::add, Runnable::run),
                BackgroundRunner.sameThread());
        SequenceFolders.manyToOne(dir, 3, 4, 5, 2, 7, 4, 3);
        vm.featuresFolderProperty().set("features");
        vm.labelsFolderProperty().set("labels");
        vm.useDetection();
        vm.importData();
        assertTrue(vm.importingProperty().get());
        assertEquals(1, importThread.size(), "the import is held on its thread");

        vm.minibatchSizeProperty().set(2);
        assertEquals(3, vm.batchCountProperty().get(), "the previews follow while the import runs");
        assertEquals(2, vm.previewProperty().get().miniBatch());
    }

    @Test
    void showFileReadsTheErrorsFileOnThePreviewThread() {
        Queue<Runnable> background = new ArrayDeque<>();
        Queue<Runnable> ui = new ArrayDeque<>();
        DataViewModel vm = viewModel(BackgroundRunner.sameThread(), new BackgroundRunner(background::add, ui::add));
        SequenceFolders.manyToOne(dir, 3, 4, 5, 2, 7, 4, 3);
        SequenceFolders.write(dir.resolve("features/2.csv"), "1,2,3\n4,oops,6\n");
        vm.featuresFolderProperty().set("features");
        vm.labelsFolderProperty().set("labels");
        while (!background.isEmpty() || !ui.isEmpty()) {
            runAll(background);
            runAll(ui);
        }
        vm.useDetection();
        vm.importData();
        assertNotNull(vm.errorProperty().get(), "the import found the bad cell");
        while (!background.isEmpty() || !ui.isEmpty()) {
            runAll(background);
            runAll(ui);
        }

        vm.showErrorFile();
        assertEquals(WizardStep.FILES, vm.stepProperty().get());
        assertFalse(dir.resolve("features/2.csv").equals(vm.rawFileProperty().get()), "read on the UI thread");
        assertFalse(background.isEmpty(), "the read waits on the preview thread");

        while (!background.isEmpty() || !ui.isEmpty()) {
            runAll(background);
            runAll(ui);
        }
        assertEquals(dir.resolve("features/2.csv"), vm.rawFileProperty().get());
        assertEquals(2, vm.highlightedLineProperty().get());
        assertEquals("4,oops,6", vm.rawLines().get(1).text());
    }
}
