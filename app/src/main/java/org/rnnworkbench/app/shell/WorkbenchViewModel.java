package org.rnnworkbench.app.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import org.rnnworkbench.app.builder.BuilderViewModel;
import org.rnnworkbench.app.builder.ModelDraft;
import org.rnnworkbench.app.builder.Template;
import org.rnnworkbench.app.command.CommandStack;
import org.rnnworkbench.app.concurrent.BackgroundRunner;
import org.rnnworkbench.app.data.DataSourceIterators;
import org.rnnworkbench.app.data.DataViewModel;
import org.rnnworkbench.app.project.AtomicFileWriter;
import org.rnnworkbench.app.project.DataSourceSpec;
import org.rnnworkbench.app.project.DataSourceStore;
import org.rnnworkbench.app.project.ProjectDataSource;
import org.rnnworkbench.app.project.ProjectDocument;
import org.rnnworkbench.app.project.ProjectFileException;
import org.rnnworkbench.app.project.ProjectStore;
import org.rnnworkbench.app.project.RecentProjects;

/**
 * The main window's view-model: which project is open and where it lives, whether it has unsaved changes (from
 * the command history), the window title, the selected area, the engine's state, the memory figure and the
 * theme. File commands ask the user through the {@link DialogService} and never lose work: closing or
 * replacing a dirty project asks first, a failed save or open leaves everything as it was.
 */
public final class WorkbenchViewModel {
    public static final String APP_NAME = "RNN Workbench";
    static final String UNTITLED = "Untitled";
    /** The input size a new, empty project starts with. */
    static final int NEW_PROJECT_INPUT_SIZE = 10;
    private static final DateTimeFormatter CLOCK_FORMAT = DateTimeFormatter.ofPattern("HH:mm");

    private final ProjectStore store;
    private final RecentProjects recent;
    private final DialogService dialogs;
    private final BackgroundRunner runner;
    private final MemoryProbe memory;
    private final Clock clock;

    private final CommandStack commands = new CommandStack();
    private final BuilderViewModel builder;
    private final ProjectDataSource dataSource = new ProjectDataSource();
    private final Path sampleCopies;
    private final DataSourceStore dataStore = new DataSourceStore(new AtomicFileWriter());
    private final DataViewModel data;

    private final ReadOnlyStringWrapper projectName = new ReadOnlyStringWrapper(this, "projectName", UNTITLED);
    private final ReadOnlyObjectWrapper<Path> projectFolder = new ReadOnlyObjectWrapper<>(this, "projectFolder");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper(this, "notes", "");
    private final StringBinding title;
    private final ObjectProperty<Area> selectedArea = new SimpleObjectProperty<>(this, "selectedArea", Area.MODEL);
    private final ReadOnlyObjectWrapper<EngineState> engineState =
            new ReadOnlyObjectWrapper<>(this, "engineState", EngineState.IDLE);
    private final ReadOnlyStringWrapper memoryText = new ReadOnlyStringWrapper(this, "memoryText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>(this, "theme", ThemeChoice.LIGHT);
    private final BooleanBinding canTrain;
    private final StringBinding trainBlockedReason;

    /** The trained network in a project folder, as the Train area writes it and the Step area reads it. */
    static final String TRAINED_MODEL_FILE = "model.rnnwb";

    /**
     * @param store reads and writes project folders
     * @param recent the recent projects list
     * @param dialogs asks the user
     * @param runner runs autosaves and the import in the background
     * @param dataPreviews computes the Data area's quick previews; a thread of its own in the application, so that
     *     they never wait behind an import or an autosave
     * @param memory the memory figure's source
     * @param clock tells the time of an autosave
     * @param sampleCopies the folder where the user's copies of sample projects are made
     */
    public WorkbenchViewModel(ProjectStore store, RecentProjects recent, DialogService dialogs,
            BackgroundRunner runner, BackgroundRunner dataPreviews, MemoryProbe memory, Clock clock,
            Path sampleCopies) {
        this.sampleCopies = Objects.requireNonNull(sampleCopies, "sampleCopies");
        this.store = Objects.requireNonNull(store, "store");
        this.recent = Objects.requireNonNull(recent, "recent");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.memory = Objects.requireNonNull(memory, "memory");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.builder = new BuilderViewModel(commands, ModelDraft.empty(NEW_PROJECT_INPUT_SIZE));
        this.title = Bindings.createStringBinding(
                () -> (commands.isDirty() ? "*" : "") + projectName.get() + " — " + APP_NAME,
                projectName, commands.dirtyProperty());
        this.canTrain = builder.validProperty().and(engineState.isEqualTo(EngineState.IDLE));
        this.trainBlockedReason = Bindings.createStringBinding(() -> {
            if (!builder.isValid()) {
                return "The model is not valid yet: " + builder.statusTextProperty().get();
            }
            if (engineState.get() != EngineState.IDLE) {
                return "The engine is busy: " + engineState.get().label();
            }
            return "";
        }, builder.validProperty(), builder.statusTextProperty(), engineState);
        this.data = new DataViewModel(dataSource, builder, commands, runner, dataPreviews, projectFolder);
        data.importingProperty().addListener((obs, was, is) -> {
            if (is || engineState.get() == EngineState.IMPORTING) {
                engineState.set(is ? EngineState.IMPORTING : EngineState.IDLE);
            }
        });
        refreshMemory();
    }

    // ---- project lifecycle -------------------------------------------------------------------------------

    /**
     * What happens at start: opens {@code location} when given, otherwise starts an untitled project and offers
     * back an autosave that a previous run left.
     */
    public void startup(Optional<Path> location) {
        if (location.isPresent()) {
            open(location.get());
            return;
        }
        Optional<Path> pending = store.pendingAutosave(null);
        if (pending.isPresent() && dialogs.confirm("Restore unsaved work?",
                "The workbench stopped last time before an untitled project was saved. Restore it?")) {
            try {
                ProjectDocument doc = store.readFile(pending.get());
                show(doc, null);
                commands.markUnsaved();
                return;
            } catch (ProjectFileException e) {
                dialogs.showError("Could not restore", e.getMessage());
            }
        }
        store.discardAutosave(null);
    }

    /** Starts a new project, empty or from a template; asks first when there are unsaved changes. */
    public boolean newProject(Optional<Template> template) {
        if (!confirmDiscardOrSave()) {
            return false;
        }
        ModelDraft draft = template.map(Template::draft).orElse(ModelDraft.empty(NEW_PROJECT_INPUT_SIZE));
        show(new ProjectDocument(UNTITLED, draft, ""), null);
        selectedArea.set(Area.MODEL);
        return true;
    }

    /** File → Open: asks for a project, then opens it. */
    public boolean open() {
        if (!confirmDiscardOrSave()) {
            return false;
        }
        Optional<Path> chosen = dialogs.chooseProjectToOpen();
        return chosen.isPresent() && openWithoutAsking(chosen.get());
    }

    /** Opens the project at {@code location}; asks first when there are unsaved changes. */
    public boolean open(Path location) {
        return confirmDiscardOrSave() && openWithoutAsking(location);
    }

    private boolean openWithoutAsking(Path location) {
        Path folder = ProjectStore.folderOf(location);
        ProjectDocument doc;
        try {
            doc = store.load(folder);
        } catch (ProjectFileException e) {
            dialogs.showError("Could not open the project", e.getMessage());
            return false;
        }
        boolean restored = false;
        Optional<Path> pending = store.pendingAutosave(folder);
        if (pending.isPresent() && dialogs.confirm("Restore unsaved changes?",
                "This project has changes that were autosaved but never saved. Restore them?")) {
            try {
                doc = store.readFile(pending.get()).withName(doc.name());
                restored = true;
            } catch (ProjectFileException e) {
                dialogs.showError("Could not restore the autosave", e.getMessage());
            }
        }
        if (pending.isPresent() && !restored) {
            store.discardAutosave(folder);
        }
        show(doc, folder);
        if (restored) {
            commands.markUnsaved();
        }
        recent.add(folder);
        message.set("Opened " + folder);
        return true;
    }

    /**
     * Opens the user's own copy of a sample project, making it on first use in the sample-copies folder: the
     * shipped sample stays as it is, and every area (data, trained model, snapshots, runs) works on a real
     * project folder whose work is kept from one start to the next. A sample that ships a trained network opens
     * on the Step area.
     */
    public boolean openSample(Path sample) {
        if (!confirmDiscardOrSave()) {
            return false;
        }
        Path copy = sampleCopies.resolve(sample.getFileName().toString());
        boolean fresh = !Files.isRegularFile(copy.resolve(ProjectStore.PROJECT_FILE));
        if (fresh) {
            try {
                SampleCopies.copy(sample, copy);
            } catch (IOException e) {
                dialogs.showError("Could not copy the sample", "The sample " + sample.getFileName()
                        + " could not be copied to " + copy + ": " + e.getMessage());
                return false;
            }
        }
        if (!openWithoutAsking(copy)) {
            return false;
        }
        selectedArea.set(Files.isRegularFile(copy.resolve(TRAINED_MODEL_FILE)) ? Area.STEP : Area.MODEL);
        message.set((fresh ? "Opened a new copy of the sample " : "Opened your copy of the sample ")
                + sample.getFileName() + " (" + copy + ")");
        return true;
    }

    /** File → Save: saves in place, or asks where when the project has no folder yet. True when saved. */
    public boolean save() {
        Path folder = projectFolder.get();
        if (folder == null) {
            return saveAs();
        }
        return saveTo(folder, projectName.get());
    }

    /** File → Save As: asks for a folder and saves there; the project's name becomes the folder's name. */
    public boolean saveAs() {
        Optional<Path> chosen = dialogs.chooseSaveLocation(projectName.get());
        if (chosen.isEmpty()) {
            return false;
        }
        Path folder = chosen.get().toAbsolutePath().normalize();
        String name = folder.getFileName() == null ? projectName.get() : folder.getFileName().toString();
        Path previous = projectFolder.get();
        if (!saveTo(folder, name)) {
            return false;
        }
        if (previous == null) {
            store.discardAutosave(null);
        }
        return true;
    }

    private boolean saveTo(Path folder, String name) {
        int savedAt = commands.position();
        try {
            store.save(folder, document().withName(name));
            saveDataSource(folder);
        } catch (ProjectFileException e) {
            dialogs.showError("Could not save the project", e.getMessage()
                    + "\n\nThe previous file is unchanged; your work is still open.");
            return false;
        }
        projectFolder.set(folder);
        projectName.set(name);
        commands.markSavedAt(savedAt);
        recent.add(folder);
        message.set("Saved " + folder.resolve(ProjectStore.PROJECT_FILE));
        return true;
    }

    /** File → Close: closes the project (asking first when dirty) and leaves an empty untitled one. */
    public boolean close() {
        if (!confirmDiscardOrSave()) {
            return false;
        }
        if (projectFolder.get() == null) {
            store.discardAutosave(null);
        }
        show(new ProjectDocument(UNTITLED, ModelDraft.empty(NEW_PROJECT_INPUT_SIZE), ""), null);
        return true;
    }

    /** The window is about to close; true when it may. */
    public boolean requestExit() {
        if (!confirmDiscardOrSave()) {
            return false;
        }
        if (projectFolder.get() == null) {
            store.discardAutosave(null);
        }
        return true;
    }

    /**
     * Writes an autosave of unsaved changes in the background; called every few minutes. Does nothing when
     * everything is saved.
     */
    public void autosave() {
        if (!commands.isDirty()) {
            return;
        }
        ProjectDocument snapshot = document();
        Path folder = projectFolder.get();
        runner.run(() -> {
            store.autosave(folder, snapshot);
            return LocalTime.now(clock);
        }, time -> message.set("Autosaved at " + CLOCK_FORMAT.format(time)),
            error -> message.set("Autosave failed: " + error.getMessage()));
    }

    /** Asks about unsaved changes; true when the caller may go on (saved, discarded, or nothing to save). */
    private boolean confirmDiscardOrSave() {
        if (!commands.isDirty()) {
            return true;
        }
        switch (dialogs.askSaveChanges(projectName.get())) {
            case SAVE:
                return save();
            case DISCARD:
                return true;
            case CANCEL:
            default:
                return false;
        }
    }

    /** Writes the data source (and a character model's vocabulary) beside the project file. */
    private void saveDataSource(Path folder) throws ProjectFileException {
        DataSourceSpec spec = dataSource.get();
        if (spec == null) {
            return;
        }
        dataStore.save(folder, spec);
        if (spec instanceof DataSourceSpec.CharacterText) {
            try {
                dataStore.saveVocabulary(folder, DataSourceIterators.vocabularyOf(
                        (DataSourceSpec.CharacterText) spec, folder));
            } catch (RuntimeException e) {
                // the text is unreadable now; data.json is saved and the Data area shows the file's problem
                message.set("The vocabulary was not saved: " + e.getMessage());
            }
        }
    }

    private void show(ProjectDocument doc, Path folder) {
        DataSourceSpec data = null;
        if (folder != null) {
            try {
                data = dataStore.load(folder).orElse(null);
            } catch (ProjectFileException e) {
                dialogs.showError("Could not read the data source", e.getMessage()
                        + "\n\nThe project opens without it; the file stays as it is until the project is saved"
                        + " with a new data source.");
            }
        }
        builder.apply(doc.model(), -1);
        commands.clear();
        projectName.set(doc.name());
        projectFolder.set(folder);
        dataSource.set(data);
        notes.set(doc.notes());
    }

    /** The project as it would be saved now. */
    public ProjectDocument document() {
        return new ProjectDocument(projectName.get(), builder.draft(), notes.get());
    }

    // ---- edit ------------------------------------------------------------------------------------------

    public void undo() {
        commands.undo();
    }

    public void redo() {
        commands.redo();
    }

    /** Edit → Delete: deletes the selected layer when the model area is showing. */
    public void delete() {
        if (selectedArea.get() == Area.MODEL) {
            builder.removeSelected();
        }
    }

    /** The menu text for undo, e.g. {@code Undo Add LSTM}. */
    public StringBinding undoTextProperty() {
        return Bindings.createStringBinding(() -> commands.canUndoProperty().get()
                ? "Undo " + commands.undoDescriptionProperty().get() : "Undo",
                commands.canUndoProperty(), commands.undoDescriptionProperty());
    }

    /** The menu text for redo, e.g. {@code Redo Add LSTM}. */
    public StringBinding redoTextProperty() {
        return Bindings.createStringBinding(() -> commands.canRedoProperty().get()
                ? "Redo " + commands.redoDescriptionProperty().get() : "Redo",
                commands.canRedoProperty(), commands.redoDescriptionProperty());
    }

    // ---- status ----------------------------------------------------------------------------------------

    /** Re-reads the memory figure; the view calls it every couple of seconds. */
    public void refreshMemory() {
        long mb = 1024 * 1024;
        memoryText.set("Heap " + memory.usedBytes() / mb + " / " + memory.maxBytes() / mb + " MB");
    }

    /** Sets what the engine is doing; the training, import and evaluation services report here. */
    public void setEngineState(EngineState state) {
        engineState.set(Objects.requireNonNull(state, "state"));
    }

    // ---- properties ------------------------------------------------------------------------------------

    public CommandStack commands() {
        return commands;
    }

    public BuilderViewModel builder() {
        return builder;
    }

    /** The Data area: the import wizard and its previews. */
    public DataViewModel data() {
        return data;
    }

    /** The project's data source, saved as {@code data.json} beside the project file. */
    public ProjectDataSource dataSource() {
        return dataSource;
    }

    public ObservableList<Path> recentProjects() {
        return recent.entries();
    }

    public StringBinding titleProperty() {
        return title;
    }

    public ReadOnlyStringProperty projectNameProperty() {
        return projectName.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> projectFolderProperty() {
        return projectFolder.getReadOnlyProperty();
    }

    public ObjectProperty<Area> selectedAreaProperty() {
        return selectedArea;
    }

    public ReadOnlyObjectProperty<EngineState> engineStateProperty() {
        return engineState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty memoryTextProperty() {
        return memoryText.getReadOnlyProperty();
    }

    /** The last thing that happened to the project (saved, opened, autosaved), for the status bar. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }

    /** True when training may start: the engine accepts the model and is idle. */
    public BooleanBinding canTrainProperty() {
        return canTrain;
    }

    /** Why training cannot start, empty when it can. */
    public StringBinding trainBlockedReasonProperty() {
        return trainBlockedReason;
    }
}
