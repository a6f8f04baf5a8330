package org.rnnworkbench.app.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnworkbench.app.builder.BuilderViewModel;
import org.rnnworkbench.app.builder.Template;
import org.rnnworkbench.app.command.CommandStack;
import org.rnnworkbench.app.concurrent.BackgroundRunner;
import org.rnnworkbench.app.project.ProjectDataSource;

/** The import runs on the background executor, reports progress to the UI executor, and stops when cancelled. */
class ImportBackgroundTest {
    @TempDir
    Path dir;

    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> new Thread(r, "import-worker"));
    private final LinkedBlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
    private final Set<String> postingThreads = ConcurrentHashMap.newKeySet();

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private DataViewModel viewModel(ProjectDataSource project) {
        BackgroundRunner runner = new BackgroundRunner(background, r -> {
            postingThreads.add(Thread.currentThread().getName());
            uiQueue.add(r);
        });
        CommandStack commands = new CommandStack();
        DataViewModel vm = new DataViewModel(project, new BuilderViewModel(commands, Template.CHARACTER_MODEL.draft()),
                // the previews at once, on the test thread, so that the detection is there before the import
                commands, runner, BackgroundRunner.sameThread(), new javafx.beans.property.SimpleObjectProperty<>(dir));
        int[] lengths = new int[400];
        java.util.Arrays.fill(lengths, 30);
        SequenceFolders.manyToMany(dir, 4, 3, lengths);
        vm.featuresFolderProperty().set("features");
        vm.labelsFolderProperty().set("labels");
        vm.useDetection();
        return vm;
    }

    /** Runs UI callbacks as the FX thread would, until {@code importing} turns false. */
    private void pumpUntilDone(DataViewModel vm, Runnable onFirstProgress) throws InterruptedException {
        boolean first = true;
        while (vm.importingProperty().get()) {
            Runnable r = uiQueue.poll(20, TimeUnit.SECONDS);
            assertTrue(r != null, "the import neither reported nor finished");
            r.run();
            if (first && vm.progressProperty().get() > 0 && onFirstProgress != null) {
                first = false;
                onFirstProgress.run();
            }
        }
    }

    @Test
    void theWorkRunsOffTheCallingThreadAndReportsProgress() throws Exception {
        ProjectDataSource project = new ProjectDataSource();
        DataViewModel vm = viewModel(project);
        vm.importData();
        assertTrue(vm.importingProperty().get(), "importData returns before the work is done");
        pumpUntilDone(vm, null);
        assertEquals(Set.of("import-worker"), postingThreads, "every hand-over comes from the worker thread");
        assertEquals(400, vm.resultProperty().get().statistics().examples());
        assertEquals(1.0, vm.progressProperty().get());
        assertTrue(project.get() != null);
    }

    @Test
    void cancelStopsTheImportAndChangesNothing() throws Exception {
        ProjectDataSource project = new ProjectDataSource();
        DataViewModel vm = viewModel(project);
        vm.importData();
        pumpUntilDone(vm, vm::cancelImport);
        assertNull(project.get());
        assertNull(vm.resultProperty().get());
        assertEquals("Import cancelled; the project's data is unchanged.", vm.progressTextProperty().get());
        assertFalse(vm.importingProperty().get());
    }
}
