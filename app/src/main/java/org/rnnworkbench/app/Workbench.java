package org.rnnworkbench.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executor;
import org.rnnworkbench.app.concurrent.BackgroundRunner;
import org.rnnworkbench.app.project.AtomicFileWriter;
import org.rnnworkbench.app.project.ProjectFormat;
import org.rnnworkbench.app.project.ProjectStore;
import org.rnnworkbench.app.project.RecentProjects;
import org.rnnworkbench.app.shell.DialogService;
import org.rnnworkbench.app.shell.MemoryProbe;
import org.rnnworkbench.app.shell.WorkbenchViewModel;

/**
 * Wires a workbench together from the few things that differ between the application and a test: the folder
 * for the workbench's own files (recent list, untitled autosave), the dialogs, and the executors.
 */
public final class Workbench {
    private Workbench() {
    }

    /**
     * @param home the workbench's own folder, e.g. {@code ~/.rnnworkbench}
     * @param dialogs how the user is asked
     * @param background runs background work: autosaves, the import
     * @param previews computes the Data area's quick previews; a thread of its own, so that they never wait behind
     *     an import
     * @param ui runs results on the UI thread
     */
    public static WorkbenchViewModel create(Path home, DialogService dialogs, Executor background, Executor previews,
            Executor ui) {
        AtomicFileWriter writer = new AtomicFileWriter();
        ProjectStore store = new ProjectStore(new ProjectFormat(), writer, home.resolve("untitled.autosave.json"));
        RecentProjects recent = new RecentProjects(home.resolve("recent-projects.txt"), writer);
        return new WorkbenchViewModel(store, recent, dialogs, new BackgroundRunner(background, ui),
                new BackgroundRunner(previews, ui), MemoryProbe.ofRuntime(), Clock.systemDefaultZone(),
                home.resolve("sample-copies"));
    }

    /**
     * A workbench whose previews run on {@code background} as well: for tests that run everything on the calling
     * thread ({@code Runnable::run} twice).
     */
    public static WorkbenchViewModel create(Path home, DialogService dialogs, Executor background, Executor ui) {
        return create(home, dialogs, background, background, ui);
    }
}
