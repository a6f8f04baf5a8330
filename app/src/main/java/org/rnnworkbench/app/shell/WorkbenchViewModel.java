package org.rnnworkbench.app.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
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
import org.rnnworkbench.model.data.CharacterVocabulary;

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
    private final TrainingGuard training;

    /** The trained network in a project folder, as the Train area writes it and the Step area reads it. */
    static final String TRAINED_MODEL_FILE = "model.rnnwb";
    /** How a sample copy set aside for a newer sample is renamed. */
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

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
        this.training = new TrainingGuard(dialogs);
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
                restoreAutosavedData(null);
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
        if (!mayReplaceProject(Leaving.NEW)) {
            return false;
        }
        ModelDraft draft = template.map(Template::draft).orElse(ModelDraft.empty(NEW_PROJECT_INPUT_SIZE));
        return afterTraining(() -> {
            show(new ProjectDocument(UNTITLED, draft, ""), null);
            selectedArea.set(Area.MODEL);
            return true;
        });
    }

    /** File → Open: asks for a project, then opens it. */
    public boolean open() {
        if (!mayReplaceProject(Leaving.OPEN)) {
            return false;
        }
        Optional<Path> chosen = dialogs.chooseProjectToOpen();
        return chosen.isPresent() && afterTraining(() -> openWithoutAsking(chosen.get()));
    }

    /** Opens the project at {@code location}; asks first when there are unsaved changes or a run is going. */
    public boolean open(Path location) {
        return mayReplaceProject(Leaving.OPEN) && afterTraining(() -> openWithoutAsking(location));
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
            restoreAutosavedData(folder);
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
        if (!mayReplaceProject(Leaving.OPEN)) {
            return false;
        }
        Path copy = sampleCopies.resolve(sample.getFileName().toString());
        boolean exists = Files.isRegularFile(copy.resolve(ProjectStore.PROJECT_FILE));
        boolean replace = false;
        try {
            if (exists && SampleCopies.isOutdated(sample, copy)) {
                replace = dialogs.confirm("A newer version of the sample", "The sample " + sample.getFileName()
                        + " that comes with this workbench has changed since your copy was made. Replace your copy "
                        + "with the new version? Your copy is kept beside it, renamed.");
                if (!replace) {
                    SampleCopies.markCurrent(sample, copy);
                }
            }
        } catch (IOException e) {
            dialogs.showError("Could not read the sample", "The sample " + sample.getFileName() + " or your copy "
                    + copy + " could not be read: " + e.getMessage());
            return false;
        }
        boolean fresh = !exists || replace;
        boolean setAsideFirst = replace;
        // the copy is made or replaced only once no run is writing into the open project (it may be this copy)
        return afterTraining(() -> {
            Path setAside = null;
            try {
                if (setAsideFirst) {
                    setAside = SampleCopies.setAside(copy, LocalDateTime.now(clock).format(STAMP));
                }
                if (fresh) {
                    SampleCopies.copy(sample, copy);
                }
            } catch (IOException e) {
                dialogs.showError("Could not copy the sample", "The sample " + sample.getFileName()
                        + " could not be copied to " + copy + ": " + e.getMessage());
                return false;
            }
            if (!openWithoutAsking(copy)) {
                return false;
            }
            selectedArea.set(Files.isRegularFile(copy.resolve(TRAINED_MODEL_FILE)) ? Area.STEP : Area.MODEL);
            message.set((fresh ? "Opened a new copy of the sample " : "Opened your copy of the sample ")
                    + sample.getFileName() + " (" + copy + ")"
                    + (setAside == null ? "" : "; your previous copy is now " + setAside));
            return true;
        });
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
        String dataNote;
        try {
            store.save(folder, document().withName(name));
            dataNote = saveDataSource(folder);
        } catch (ProjectFileException e) {
            dialogs.showError("Could not save the project", e.getMessage()
                    + "\n\nThe previous file is unchanged; your work is still open.");
            return false;
        }
        projectFolder.set(folder);
        projectName.set(name);
        commands.markSavedAt(savedAt);
        recent.add(folder);
        message.set("Saved " + folder.resolve(ProjectStore.PROJECT_FILE) + (dataNote.isEmpty() ? "" : ". " + dataNote));
        return true;
    }

    /** File → Close: closes the project (asking first when dirty) and leaves an empty untitled one. */
    public boolean close() {
        if (!mayReplaceProject(Leaving.CLOSE_PROJECT)) {
            return false;
        }
        return afterTraining(() -> {
            if (projectFolder.get() == null) {
                store.discardAutosave(null);
            }
            show(new ProjectDocument(UNTITLED, ModelDraft.empty(NEW_PROJECT_INPUT_SIZE), ""), null);
            return true;
        });
    }

    /**
     * The window is asked to close (its close button, File → Quit). Asks "Stop training and close?" while a run
     * is going, then about unsaved changes; when the answers allow it, runs {@code exit} at once, or, with a run
     * going, tells the run to stop and runs {@code exit} once it has ended (after the minibatch in progress).
     * Cancel at either question leaves everything as it was, the run going on.
     */
    public void requestExit(Runnable exit) {
        if (!mayReplaceProject(Leaving.EXIT)) {
            return;
        }
        afterTraining(() -> {
            if (projectFolder.get() == null) {
                store.discardAutosave(null);
            }
            exit.run();
            return true;
        });
    }

    /**
     * Connects the Train area's run: whether one is going (training, paused or stopping) and how to stop it
     * after the minibatch in progress. Closing the window or replacing the project asks first while it runs.
     */
    public void attachTraining(ObservableBooleanValue running, Runnable stop) {
        training.attach(running, stop);
    }

    /** True while the workbench waits for a stopped run to end before closing or replacing the project. */
    public ReadOnlyBooleanProperty waitingForTrainingProperty() {
        return training.waitingProperty();
    }

    /** Why the project is about to go away, and what the question about a running run says. */
    private enum Leaving {
        EXIT("Stop training and close?", "Stop and Close"),
        CLOSE_PROJECT("Stop training and close the project?", "Stop and Close"),
        OPEN("Stop training and open another project?", "Stop and Open"),
        NEW("Stop training and start a new project?", "Stop and Start New");

        final String question;
        final String action;

        Leaving(String question, String action) {
            this.question = question;
            this.action = action;
        }
    }

    /**
     * Asks what must be asked before the project goes away: whether to stop a running training run, then about
     * unsaved changes. True when the caller may go on; nothing has been stopped yet.
     */
    private boolean mayReplaceProject(Leaving leaving) {
        if (training.isWaiting()) {
            // a confirmed stop is under way; what was asked then happens when the run ends
            return false;
        }
        String kept = projectFolder.get() != null
                ? " The network trained so far is kept and saved in the project folder."
                : " This project is not saved, so the network trained so far is lost.";
        String detail = "A training run is in progress. It stops after the minibatch in progress." + kept;
        return training.confirmStop(leaving.question, detail, leaving.action) && confirmDiscardOrSave();
    }

    /**
     * Runs {@code action} now when no training run is going, and returns its result; otherwise stops the run,
     * runs {@code action} once the run has ended, and returns false (nothing has happened yet).
     */
    private boolean afterTraining(java.util.function.BooleanSupplier action) {
        if (!training.isRunning()) {
            return action.getAsBoolean();
        }
        message.set("Stopping training after the minibatch in progress…");
        training.stopThen(action::getAsBoolean);
        return false;
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
        DataSourceSpec data = dataSource.get();
        Path folder = projectFolder.get();
        runner.run(() -> {
            // the data source first: an autosave found without its data would restore an older data source
            if (data != null) {
                dataStore.saveFile(store.dataAutosaveFile(folder), data);
            } else {
                Files.deleteIfExists(store.dataAutosaveFile(folder));
            }
            store.autosave(folder, snapshot);
            return LocalTime.now(clock);
        }, time -> message.set("Autosaved at " + CLOCK_FORMAT.format(time)),
            error -> message.set("Autosave failed: " + error.getMessage()));
    }

    /** Puts back the data source autosaved with the project, if there is one. */
    private void restoreAutosavedData(Path folder) {
        try {
            dataStore.loadFile(store.dataAutosaveFile(folder)).ifPresent(dataSource::set);
        } catch (ProjectFileException e) {
            dialogs.showError("Could not restore the data source", e.getMessage()
                    + "\n\nThe project's other changes are restored; the data source is the last saved one.");
        }
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

    /**
     * Writes the data source (and a character model's vocabulary) beside the project file.
     *
     * @return what the user should know about it, or empty
     */
    private String saveDataSource(Path folder) throws ProjectFileException {
        DataSourceSpec spec = dataSource.get();
        if (spec == null) {
            return "";
        }
        dataStore.save(folder, spec);
        if (spec instanceof DataSourceSpec.CharacterText) {
            CharacterVocabulary fresh;
            try {
                fresh = DataSourceIterators.vocabularyOf((DataSourceSpec.CharacterText) spec, folder);
            } catch (RuntimeException e) {
                // the text is unreadable now; data.json is saved and the Data area shows the file's problem
                return "The vocabulary was not saved: " + e.getMessage();
            }
            Optional<CharacterVocabulary> saved = savedVocabulary(folder);
            if (saved.isPresent() && saved.get().equals(fresh)) {
                return "";
            }
            if (saved.isPresent() && Files.isRegularFile(folder.resolve(TRAINED_MODEL_FILE))) {
                // the trained network reads characters by the saved indices; a new vocabulary would scramble them
                return "Kept the vocabulary the trained model uses (" + saved.get().size() + " characters; the text "
                        + "now gives " + fresh.size() + "). Delete model.rnnwb to train on the new vocabulary.";
            }
            dataStore.saveVocabulary(folder, fresh);
        }
        return "";
    }

    private Optional<CharacterVocabulary> savedVocabulary(Path folder) {
        try {
            return dataStore.loadVocabulary(folder);
        } catch (ProjectFileException e) {
            return Optional.empty(); // unreadable: writing a good one over it is the cure
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
