package org.rnnworkbench.app.step;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rnnworkbench.app.concurrent.BackgroundRunner;
import org.rnnworkbench.app.project.AtomicFileWriter;
import org.rnnworkbench.app.project.DataSourceSpec;
import org.rnnworkbench.app.project.DataSourceStore;

/**
 * The Step area's view-model. Loads the project's trained network, then drives it one step at a time: for a
 * character model through a {@link CharacterSession} (prime, step, run, play, clear, fork, branches, snapshots,
 * verify), for a numeric model through a {@link SequenceSession}. Every engine call runs on the runner's
 * background executor, which must run one task at a time (the network is not thread-safe); results come back
 * as immutable frames on the UI executor, coalesced while a long run or Play is going.
 */
public final class StepViewModel {
    /** What the area shows. */
    public enum Mode { UNAVAILABLE, LOADING, CHARACTER, SEQUENCE }

    /** How the generated text is tinted. */
    public enum Tint { PROBABILITY, UNIT }

    /** Bars in the next-character chart when sampling is not cut to a top k. */
    public static final int DEFAULT_BARS = 10;
    /** The most bars the chart shows. */
    public static final int MAX_BARS = 20;
    /** How often a long run shows its progress, in nanoseconds; the UI gets at most this many frames a second. */
    static final long RUN_PUBLISH_INTERVAL_NANOS = 50_000_000L;

    private final ObservableValue<Path> projectFolder;
    private final BackgroundRunner runner;
    private final StepModelLoader loader;
    private final SnapshotStore snapshots;

    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.LOADING);
    private final ReadOnlyStringWrapper unavailableText = new ReadOnlyStringWrapper(this, "unavailableText", "");
    private final ReadOnlyObjectWrapper<StepRemedy> remedy = new ReadOnlyObjectWrapper<>(this, "remedy");
    private final ReadOnlyStringWrapper modelText = new ReadOnlyStringWrapper(this, "modelText", "");
    private final ReadOnlyStringWrapper noteText = new ReadOnlyStringWrapper(this, "noteText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");

    private final StringProperty prime = new SimpleStringProperty(this, "prime", "The ");
    private final DoubleProperty temperature = new SimpleDoubleProperty(this, "temperature", 1.0);
    private final IntegerProperty topK = new SimpleIntegerProperty(this, "topK", 0);
    private final BooleanProperty greedy = new SimpleBooleanProperty(this, "greedy", false);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 42);
    private final IntegerProperty streams = new SimpleIntegerProperty(this, "streams", 1);
    private final IntegerProperty runCount = new SimpleIntegerProperty(this, "runCount", 200);
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 20);
    private final IntegerProperty focusedStream = new SimpleIntegerProperty(this, "focusedStream", 0);
    private final ObjectProperty<Tint> tint = new SimpleObjectProperty<>(this, "tint", Tint.PROBABILITY);
    private final ObjectProperty<MemorySource> memorySource = new SimpleObjectProperty<>(this, "memorySource");
    private final IntegerProperty memorySteps = new SimpleIntegerProperty(this, "memorySteps", 60);
    private final IntegerProperty selectedUnit = new SimpleIntegerProperty(this, "selectedUnit", 0);
    private final StringProperty snapshotName = new SimpleStringProperty(this, "snapshotName", "");

    private final ReadOnlyObjectWrapper<StepFrame> frame = new ReadOnlyObjectWrapper<>(this, "frame",
            StepFrame.EMPTY);
    private final ObservableList<Alternative> nextAlternatives = FXCollections.observableArrayList();
    private final ObservableList<MemorySource> memorySources = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<HeatMap> heatMap = new ReadOnlyObjectWrapper<>(this, "heatMap",
            HeatMap.EMPTY);
    private final ObservableList<String> snapshotNames = FXCollections.observableArrayList();
    private final ObservableList<String> projectSequenceNames = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper projectSequencesText = new ReadOnlyStringWrapper(this, "projectSequencesText");
    private final ReadOnlyStringWrapper verifyText = new ReadOnlyStringWrapper(this, "verifyText", "");
    private final ReadOnlyObjectWrapper<SequenceFrame> sequenceFrame = new ReadOnlyObjectWrapper<>(this,
            "sequenceFrame");

    private LoadedModel model;
    private CharacterSession characters;
    private SequenceSession sequence;
    // the project's own sequences for a numeric model; read and written on the worker thread only
    private ProjectSequences projectSequences;
    private Path loadedFolder;
    private FileTime loadedStamp;
    // read by the worker while Play runs, so that the sliders take effect at once
    private volatile SamplingSettings liveSettings = SamplingSettings.defaults();
    private volatile double liveSpeed = 20;
    private volatile boolean stopRequested;

    /**
     * @param projectFolder the open project's folder ({@code null} while it has none)
     * @param runner background work; its background executor must run one task at a time
     * @param loader finds the model in the project folder
     * @param snapshots reads and writes state snapshots
     */
    public StepViewModel(ObservableValue<Path> projectFolder, BackgroundRunner runner, StepModelLoader loader,
            SnapshotStore snapshots) {
        this.projectFolder = Objects.requireNonNull(projectFolder, "projectFolder");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        for (ObservableValue<?> o : List.of(temperature, topK, greedy, seed)) {
            o.addListener((obs, was, is) -> updateSettings());
        }
        speed.addListener((obs, was, is) -> liveSpeed = Math.max(0.5, is.doubleValue()));
        seed.addListener((obs, was, is) -> submitQuietly(() -> {
            if (characters != null) {
                characters.reseed(is.longValue());
            }
        }));
        focusedStream.addListener((obs, was, is) -> showFocused());
        memorySource.addListener((obs, was, is) -> showFocused());
        memorySteps.addListener((obs, was, is) -> showFocused());
        topK.addListener((obs, was, is) -> showFocused());
    }

    /**
     * A view-model with a worker thread of its own: stepping must not wait behind autosaves or training on the
     * shared background thread, and the network needs one thread at a time, which a single daemon thread gives.
     *
     * @param ui runs results on the UI thread ({@code Platform::runLater})
     */
    public static StepViewModel withOwnWorker(ObservableValue<Path> projectFolder, java.util.concurrent.Executor ui) {
        return new StepViewModel(projectFolder, BackgroundRunner.withOwnThread("step-worker", ui), new StepModelLoader(),
                new SnapshotStore(new org.rnnworkbench.app.project.AtomicFileWriter()));
    }

    // ---- loading -----------------------------------------------------------------------------------------

    /**
     * Loads the model when the project folder changed or its model file is newer than the one loaded; the view
     * calls it whenever the area is shown, so a model trained meanwhile is picked up.
     */
    public void refresh() {
        Path folder = projectFolder.getValue();
        FileTime stamp = stampOf(folder);
        if (mode.get() != Mode.LOADING && Objects.equals(folder, loadedFolder) && Objects.equals(stamp, loadedStamp)
                && (mode.get() != Mode.UNAVAILABLE || stamp == null)) {
            return;
        }
        reload();
    }

    /** Loads the model again, whatever was loaded before. */
    public void reload() {
        if (playing.get()) {
            stopRequested = true;
        }
        Path folder = projectFolder.getValue();
        loadedFolder = folder;
        loadedStamp = stampOf(folder);
        mode.set(Mode.LOADING);
        busy.set(true);
        runner.run(() -> loader.load(folder), this::show, error -> {
            busy.set(false);
            model = null;
            characters = null;
            sequence = null;
            frame.set(StepFrame.EMPTY);
            sequenceFrame.set(null);
            memorySources.clear();
            modelText.set("");
            noteText.set("");
            unavailableText.set(error.getMessage());
            remedy.set(error instanceof StepUnavailableException u ? u.remedy() : StepRemedy.RELOAD);
            mode.set(Mode.UNAVAILABLE);
        });
    }

    private void show(LoadedModel loaded) {
        busy.set(false);
        model = loaded;
        characters = loaded.isCharacterModel() ? new CharacterSession(loaded.network(), loaded.vocabulary()) : null;
        sequence = loaded.isCharacterModel() ? null : new SequenceSession(loaded.network(), loaded.isClassifier());
        modelText.set(loaded.description());
        noteText.set(loaded.note());
        unavailableText.set("");
        remedy.set(null);
        frame.set(StepFrame.EMPTY);
        sequenceFrame.set(null);
        verifyText.set("");
        memorySources.setAll(MemorySource.of(loaded.network()));
        memorySource.set(memorySources.isEmpty() ? null : memorySources.get(0));
        selectedUnit.set(0);
        focusedStream.set(0);
        refreshSnapshots();
        message.set(loaded.isCharacterModel() ? "Type a prime and press Step."
                : "Pick one of the project's sequences, or open a CSV file with one sequence.");
        mode.set(loaded.isCharacterModel() ? Mode.CHARACTER : Mode.SEQUENCE);
        showFocused();
        projectSequenceNames.clear();
        projectSequencesText.set("");
        if (!loaded.isCharacterModel()) {
            loadProjectSequences(projectFolder.getValue());
        }
    }

    /** Opens the project's CSV data (on the worker: it fits the normalisation) and lists its sequences. */
    private void loadProjectSequences(Path folder) {
        runner.run(() -> {
            projectSequences = null;
            Optional<DataSourceSpec> spec = folder == null ? Optional.empty()
                    : new DataSourceStore(new AtomicFileWriter()).load(folder);
            if (spec.isPresent() && spec.get() instanceof DataSourceSpec.CsvSequences csv) {
                projectSequences = ProjectSequences.open(csv, folder);
            }
            return Optional.ofNullable(projectSequences);
        }, found -> {
            if (found.isEmpty()) {
                projectSequencesText.set("The project has no CSV data source: open a CSV file with one sequence.");
                return;
            }
            ProjectSequences p = found.get();
            projectSequenceNames.setAll(p.names());
            projectSequencesText.set((p.heldOut() ? "Validation sequences" : "Training sequences (none are held out)")
                    + " of the project's data" + (p.normalization().isPresent()
                            ? ", normalised as in training; a CSV file you open is normalised the same way" : ""));
        }, error -> projectSequencesText.set("The project's data could not be read: " + error.getMessage()));
    }

    private static FileTime stampOf(Path folder) {
        if (folder == null) {
            return null;
        }
        try {
            return Files.getLastModifiedTime(folder.resolve(StepModelLoader.MODEL_FILE));
        } catch (IOException e) {
            return null;
        }
    }

    // ---- character model commands ------------------------------------------------------------------------

    /** One character in every stream; primes first when nothing is primed. */
    public void step() {
        runCharacters(1, false);
    }

    /** {@link #runCountProperty()} characters in every stream, showing progress as it goes. */
    public void run() {
        runCharacters(Math.max(1, runCount.get()), false);
    }

    /** Starts writing at {@link #speedProperty()} characters a second, or pauses. */
    public void togglePlay() {
        if (playing.get()) {
            stopRequested = true;
            return;
        }
        runCharacters(Long.MAX_VALUE, true);
    }

    private void runCharacters(long count, boolean paced) {
        CharacterSession session = characters;
        if (session == null || busy.get()) {
            return;
        }
        String primeText = prime.get();
        int streamCount = Math.max(1, Math.min(CharacterSession.MAX_STREAMS, streams.get()));
        long seedValue = seed.get();
        stopRequested = false;
        busy.set(true);
        playing.set(paced);
        LatestValuePublisher<StepFrame> progress = new LatestValuePublisher<>(runner.uiExecutor(), this::showFrame);
        runner.run(() -> {
            if (!session.isStarted()) {
                session.prime(primeText, streamCount, seedValue);
            }
            long lastPublish = System.nanoTime();
            long due = System.nanoTime();
            for (long i = 0; i < count && !stopRequested; i++) {
                session.step(liveSettings);
                long now = System.nanoTime();
                if (paced) {
                    progress.offer(session.frame());
                    due += (long) (1e9 / liveSpeed);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    } else {
                        due = System.nanoTime(); // fell behind: do not try to catch up in a burst
                    }
                } else if (count > 1 && now - lastPublish > RUN_PUBLISH_INTERVAL_NANOS) {
                    progress.offer(session.frame());
                    lastPublish = now;
                }
            }
            return session.frame();
        }, result -> {
            finish();
            showFrame(result);
            message.set(result.steps() + " steps since the prime");
        }, this::fail);
    }

    /** Forgets the stored state ({@code rnnClearPreviousState}) and the text; the next Step primes again. */
    public void clearState() {
        stopRequested = true;
        CharacterSession session = characters;
        SequenceSession seq = sequence;
        submit(() -> {
            if (session != null) {
                return session.clear();
            }
            return seq == null ? StepFrame.EMPTY : null;
        }, result -> {
            if (result != null) {
                showFrame(result);
            }
            verifyText.set("");
            message.set("State cleared (rnnClearPreviousState); the next Step feeds the prime again.");
        });
    }

    /**
     * Continues stream {@code stream} from just before character {@code position} with character {@code index}
     * instead; the old text stays as a branch.
     */
    public void fork(int stream, int position, int index) {
        CharacterSession session = characters;
        if (session == null) {
            return;
        }
        submit(() -> session.fork(stream, position, index), result -> {
            showFrame(result);
            focusedStream.set(stream);
            message.set("Forked stream " + (stream + 1) + " at character " + position
                    + " (state restored with rnnSetPreviousState).");
        });
    }

    /** Shows another branch of a stream and continues from its end. */
    public void switchBranch(int stream, int branchId) {
        CharacterSession session = characters;
        if (session == null) {
            return;
        }
        submit(() -> session.switchBranch(stream, branchId), this::showFrame);
    }

    /** The most probable characters at a position of a stream, from the distribution it was chosen from. */
    public List<Alternative> alternativesAt(int stream, int position, int k) {
        StepFrame f = frame.get();
        if (model == null || !model.isCharacterModel() || stream >= f.streams().size()) {
            return List.of();
        }
        List<Token> tokens = f.streams().get(stream).tokens();
        if (position < 0 || position >= tokens.size() || tokens.get(position).distribution() == null) {
            return List.of();
        }
        return top(tokens.get(position).distribution(), k);
    }

    /** Compares stepped outputs with {@code output()} on the whole sequence of the focused stream. */
    public void verify() {
        CharacterSession session = characters;
        SequenceSession seq = sequence;
        int stream = focusedStream.get();
        submit(() -> session != null ? session.verify(stream) : seq.verify(), max -> {
            boolean ok = max < 1e-5;
            verifyText.set(String.format("Max difference %.2e %s", max, ok
                    ? "— stepped outputs equal output() on the whole sequence" : "— larger than 1e-5: please report"));
        });
    }

    // ---- snapshots -----------------------------------------------------------------------------------------

    /** Saves the current state of every stream under {@link #snapshotNameProperty()} in the project folder. */
    public void saveSnapshot() {
        CharacterSession session = characters;
        Path folder = projectFolder.getValue();
        String name = snapshotName.get() == null ? "" : snapshotName.get().strip();
        if (session == null || folder == null) {
            return;
        }
        if (name.isEmpty()) {
            message.set("Give the snapshot a name first.");
            return;
        }
        submit(() -> {
            Snapshot s = session.snapshot(name);
            return snapshots.save(folder, s);
        }, file -> {
            refreshSnapshots();
            message.set("Snapshot '" + name + "' saved to " + file);
        });
    }

    /** Replaces the streams with a saved snapshot and continues from it. */
    public void restoreSnapshot(String name) {
        CharacterSession session = characters;
        Path folder = projectFolder.getValue();
        if (session == null || folder == null || name == null) {
            return;
        }
        submit(() -> session.restore(snapshots.load(folder, name)), result -> {
            showFrame(result);
            focusedStream.set(0);
            verifyText.set("");
            message.set("Restored snapshot '" + name + "'; Step continues from it.");
        });
    }

    private void refreshSnapshots() {
        Path folder = projectFolder.getValue();
        snapshotNames.setAll(folder == null ? List.of() : snapshots.list(folder));
    }

    // ---- numeric sequence commands -------------------------------------------------------------------------

    /** Loads one sequence from a CSV file (see {@link SequenceCsv}) and starts at its first step. */
    public void openSequence(Path csv) {
        SequenceSession seq = sequence;
        LoadedModel m = model;
        if (seq == null) {
            return;
        }
        submit(() -> {
            SequenceData raw = SequenceCsv.read(csv, m.network().getConfiguration().inputSize(),
                    m.network().getConfiguration().outputSize(), m.isClassifier());
            return seq.load(projectSequences == null ? raw : projectSequences.normalise(raw));
        }, f -> {
            sequenceFrame.set(f);
            verifyText.set("");
            message.set("Loaded " + f.data().length() + " steps from " + csv.getFileName());
        });
    }

    /** Loads the project's sequence at {@code index} of {@link #projectSequenceNames()} and starts at its first step. */
    public void openProjectSequence(int index) {
        SequenceSession seq = sequence;
        if (seq == null || index < 0 || index >= projectSequenceNames.size()) {
            return;
        }
        submit(() -> seq.load(projectSequences.read(index)), f -> {
            sequenceFrame.set(f);
            verifyText.set("");
            message.set("Loaded " + f.data().length() + " steps of " + f.data().source());
        });
    }

    /** One time step of the sequence. */
    public void sequenceStep() {
        SequenceSession seq = sequence;
        if (seq != null && seq.hasSequence()) {
            submit(seq::step, sequenceFrame::set);
        }
    }

    /** Steps to the end of the sequence. */
    public void sequenceRunToEnd() {
        SequenceSession seq = sequence;
        if (seq != null && seq.hasSequence()) {
            submit(seq::runToEnd, sequenceFrame::set);
        }
    }

    /** Back to the first step of the sequence. */
    public void sequenceReset() {
        SequenceSession seq = sequence;
        if (seq != null && seq.hasSequence()) {
            submit(seq::reset, f -> {
                sequenceFrame.set(f);
                verifyText.set("");
            });
        }
    }

    // ---- plumbing -----------------------------------------------------------------------------------------

    private <T> void submit(Callable<T> work, Consumer<T> onSuccess) {
        if (busy.get() && !playing.get()) {
            return;
        }
        boolean wasPlaying = playing.get();
        if (!wasPlaying) {
            busy.set(true);
        }
        runner.run(work, result -> {
            if (!wasPlaying) {
                finish();
            }
            onSuccess.accept(result);
        }, error -> {
            if (!wasPlaying) {
                finish();
            }
            fail(error);
        });
    }

    private void submitQuietly(Runnable work) {
        runner.run(() -> {
            work.run();
            return Boolean.TRUE;
        }, ok -> { }, this::fail);
    }

    private void finish() {
        busy.set(false);
        playing.set(false);
    }

    private void fail(Exception error) {
        finish();
        message.set(error.getMessage() == null ? error.toString() : error.getMessage());
    }

    private void updateSettings() {
        try {
            liveSettings = settings();
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
        }
    }

    /** The sampling settings as the controls say now. */
    public SamplingSettings settings() {
        double t = Math.max(0, Math.min(SamplingSettings.MAX_TEMPERATURE, temperature.get()));
        return new SamplingSettings(t, Math.max(0, topK.get()), greedy.get(), seed.get());
    }

    private void showFrame(StepFrame f) {
        frame.set(f);
        if (focusedStream.get() >= f.streams().size()) {
            focusedStream.set(0);
        }
        showFocused();
    }

    private void showFocused() {
        StepFrame f = frame.get();
        int s = focusedStream.get();
        if (model == null || !model.isCharacterModel() || s >= f.streams().size()) {
            nextAlternatives.clear();
            heatMap.set(HeatMap.EMPTY);
            return;
        }
        StreamFrame stream = f.streams().get(s);
        nextAlternatives.setAll(top(stream.next(), bars()));
        heatMap.set(HeatMap.of(stream, memorySource.get(), Math.max(1, memorySteps.get())));
    }

    /** How many bars the next-character chart shows: the sampling top k, or {@value #DEFAULT_BARS}. */
    public int bars() {
        int k = topK.get();
        return k > 0 ? Math.min(k, MAX_BARS) : DEFAULT_BARS;
    }

    private List<Alternative> top(float[] distribution, int k) {
        List<Alternative> result = new ArrayList<>();
        if (distribution == null || distribution.length == 0) {
            return result;
        }
        for (int i : Sampler.topIndices(distribution, k)) {
            result.add(new Alternative(i, model.vocabulary().decode(i), distribution[i]));
        }
        return result;
    }

    // ---- properties ----------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** Why nothing can be stepped, with what to do; empty when a model is loaded. */
    public ReadOnlyStringProperty unavailableTextProperty() {
        return unavailableText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StepRemedy> remedyProperty() {
        return remedy.getReadOnlyProperty();
    }

    /** One line about the loaded model. */
    public ReadOnlyStringProperty modelTextProperty() {
        return modelText.getReadOnlyProperty();
    }

    /** Something the user should know about how the model was loaded, or empty. */
    public ReadOnlyStringProperty noteTextProperty() {
        return noteText.getReadOnlyProperty();
    }

    /** What the last command did, or why it could not. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public StringProperty primeProperty() {
        return prime;
    }

    public DoubleProperty temperatureProperty() {
        return temperature;
    }

    /** Sample among the k most probable characters; 0 for all. */
    public IntegerProperty topKProperty() {
        return topK;
    }

    public BooleanProperty greedyProperty() {
        return greedy;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    /** Streams side by side (the minibatch size), 1 to 4; takes effect at the next prime. */
    public IntegerProperty streamsProperty() {
        return streams;
    }

    public IntegerProperty runCountProperty() {
        return runCount;
    }

    /** Characters a second while playing. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** The stream whose next characters, branches and memory are shown. */
    public IntegerProperty focusedStreamProperty() {
        return focusedStream;
    }

    public ObjectProperty<Tint> tintProperty() {
        return tint;
    }

    public ObjectProperty<MemorySource> memorySourceProperty() {
        return memorySource;
    }

    public IntegerProperty memoryStepsProperty() {
        return memorySteps;
    }

    /** The unit whose value tints the text when {@link #tintProperty()} is {@link Tint#UNIT}. */
    public IntegerProperty selectedUnitProperty() {
        return selectedUnit;
    }

    public StringProperty snapshotNameProperty() {
        return snapshotName;
    }

    public ReadOnlyObjectProperty<StepFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** The focused stream's most probable next characters, most probable first. */
    public ObservableList<Alternative> nextAlternatives() {
        return nextAlternatives;
    }

    public ObservableList<MemorySource> memorySources() {
        return memorySources;
    }

    public ReadOnlyObjectProperty<HeatMap> heatMapProperty() {
        return heatMap.getReadOnlyProperty();
    }

    public ObservableList<String> projectSequenceNames() {
        return projectSequenceNames;
    }

    /** Where the project's sequences come from and how they are scaled, or why there are none. */
    public ReadOnlyStringProperty projectSequencesTextProperty() {
        return projectSequencesText.getReadOnlyProperty();
    }

    public ObservableList<String> snapshotNames() {
        return snapshotNames;
    }

    public ReadOnlyStringProperty verifyTextProperty() {
        return verifyText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SequenceFrame> sequenceFrameProperty() {
        return sequenceFrame.getReadOnlyProperty();
    }

    /** Whether snapshots can be saved: a character model and a project folder. */
    public boolean canSaveSnapshots() {
        return characters != null && projectFolder.getValue() != null;
    }
}
