package org.rnnworkbench.app.exchange;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;
import org.rnnworkbench.app.concurrent.BackgroundRunner;
import org.rnnworkbench.interop.dl4j.UnsupportedDl4jModelException;

/**
 * File → Export to DL4J and File → Import DL4J Model. Reading, converting and writing networks runs in the
 * background; the questions go through {@link ExchangeDialogs}; one exchange runs at a time.
 */
public final class ExchangeViewModel {
    private final ObservableValue<Path> projectFolder;
    private final Dl4jExchange exchange;
    private final BackgroundRunner runner;
    private final ExchangeDialogs dialogs;
    private final Consumer<Path> openProject;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /**
     * @param projectFolder the open project's folder ({@code null} while it has none)
     * @param openProject opens the project an import made (asking about unsaved changes first)
     */
    public ExchangeViewModel(ObservableValue<Path> projectFolder, Dl4jExchange exchange, BackgroundRunner runner,
            ExchangeDialogs dialogs, Consumer<Path> openProject) {
        this.projectFolder = Objects.requireNonNull(projectFolder, "projectFolder");
        this.exchange = Objects.requireNonNull(exchange, "exchange");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.openProject = Objects.requireNonNull(openProject, "openProject");
    }

    /** Exports the open project's trained network as a DL4J zip, after showing what DL4J will do differently. */
    public void exportToDl4j() {
        Path folder = projectFolder.getValue();
        if (folder == null) {
            dialogs.showError("Nothing to export", "Save the project and train its network first: the export "
                    + "writes the project's trained network (model.rnnwb).");
            return;
        }
        if (busy.get()) {
            return;
        }
        busy.set(true);
        runner.run(() -> exchange.plan(folder), plan -> {
            var choice = dialogs.askExport(plan);
            if (choice.isEmpty()) {
                busy.set(false);
                return;
            }
            Path zip = choice.get().zip();
            runner.run(() -> {
                exchange.export(plan, zip, choice.get().includeUpdaterState());
                return zip;
            }, written -> {
                busy.set(false);
                dialogs.showInformation("Exported to DL4J", "Wrote " + written + ". DL4J 1.0.0-M2.1 restores it with "
                        + "ModelSerializer.restoreMultiLayerNetwork.");
            }, error -> failed("Could not export", error));
        }, error -> failed("Could not export", error));
    }

    /** Makes a new project of a DL4J model zip and opens it. */
    public void importFromDl4j() {
        if (busy.get()) {
            return;
        }
        var zip = dialogs.chooseDl4jModel();
        if (zip.isEmpty()) {
            return;
        }
        String name = zip.get().getFileName().toString().replaceFirst("(?i)\\.zip$", "");
        var folder = dialogs.chooseNewProjectFolder(name);
        if (folder.isEmpty()) {
            return;
        }
        busy.set(true);
        runner.run(() -> exchange.importAsProject(zip.get(), folder.get()), network -> {
            busy.set(false);
            openProject.accept(folder.get());
        }, error -> failed("Could not import " + zip.get().getFileName(), error));
    }

    private void failed(String title, Exception error) {
        busy.set(false);
        String message = error.getMessage() == null ? error.toString() : error.getMessage();
        if (error instanceof UnsupportedDl4jModelException unsupported && !unsupported.problems().isEmpty()) {
            message = "The engine has no equivalent of:\n  • " + String.join("\n  • ", unsupported.problems());
        }
        dialogs.showError(title, message);
    }

    /** True while an export or import is running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
