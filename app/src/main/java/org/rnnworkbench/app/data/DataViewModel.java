package org.rnnworkbench.app.data;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rnnworkbench.app.builder.BuilderViewModel;
import org.rnnworkbench.app.command.CommandStack;
import org.rnnworkbench.app.concurrent.BackgroundRunner;
import org.rnnworkbench.app.concurrent.CoalescingRunner;
import org.rnnworkbench.app.project.DataSourceSpec;
import org.rnnworkbench.app.project.ProjectDataSource;
import org.rnnworkbench.model.data.AlignmentMode;
import org.rnnworkbench.model.data.Delimiter;
import org.rnnworkbench.model.data.FolderFiles;
import org.rnnworkbench.model.data.LabelType;
import org.rnnworkbench.model.data.NormalizationType;
import org.rnnworkbench.model.data.NumberedFiles;
import org.rnnworkbench.model.data.SequenceCsvSpec;
import org.rnnworkbench.model.data.SequenceFiles;
import org.rnnworkbench.model.data.SequenceImportException;

/**
 * The Data area's view-model: the wizard's inputs (source, files, task, alignment and batching), what they
 * imply at once (file counts, raw preview, detected task and layout, the preview minibatch exactly as the
 * engine's iterator pads and masks it), and the import, which reads every file in the background with progress
 * and cancel and then puts the data source into the project as one undoable edit that also fits the model's
 * sizes. Inputs are plain properties; every change recomputes the quick outputs from a snapshot of the inputs on
 * the preview runner (listing thousands of files or reading a long text takes a while), newest request first,
 * and shows them when they arrive. Engine errors are kept with their file and line so the view can show the file
 * there.
 */
public final class DataViewModel {
    /** Lines of a file the raw preview shows. */
    public static final int RAW_LINES = 12;

    private final ProjectDataSource project;
    private final BuilderViewModel builder;
    private final CommandStack commands;
    private final BackgroundRunner runner;
    private final CoalescingRunner<QuickPreview> previews;
    /** Reads the file of an import error for the raw preview. */
    private final CoalescingRunner<ErrorFile> errorFiles;

    /** An import error's file as read for the raw preview, and the error. */
    private record ErrorFile(QuickPreview.Raw raw, SequenceImportException error) {
    }
    private final ObservableValue<Path> projectFolder;

    // ---- inputs ------------------------------------------------------------------------------------------
    private final ObjectProperty<WizardStep> step = new SimpleObjectProperty<>(this, "step", WizardStep.SOURCE);
    private final ObjectProperty<SourceKind> sourceKind =
            new SimpleObjectProperty<>(this, "sourceKind", SourceKind.SEPARATE_LABEL_FILES);
    private final ObjectProperty<FilesMode> filesMode = new SimpleObjectProperty<>(this, "filesMode", FilesMode.FOLDER);
    private final StringProperty featuresPattern = new SimpleStringProperty(this, "featuresPattern", "features/%d.csv");
    private final StringProperty labelsPattern = new SimpleStringProperty(this, "labelsPattern", "labels/%d.csv");
    private final IntegerProperty first = new SimpleIntegerProperty(this, "first", 0);
    private final IntegerProperty last = new SimpleIntegerProperty(this, "last", 0);
    private final StringProperty featuresFolder = new SimpleStringProperty(this, "featuresFolder", "");
    private final StringProperty labelsFolder = new SimpleStringProperty(this, "labelsFolder", "");
    private final StringProperty extension = new SimpleStringProperty(this, "extension", "csv");
    private final IntegerProperty linesToSkip = new SimpleIntegerProperty(this, "linesToSkip", 0);
    private final ObjectProperty<Delimiter> delimiter = new SimpleObjectProperty<>(this, "delimiter");
    private final ObjectProperty<LabelType> labelType =
            new SimpleObjectProperty<>(this, "labelType", LabelType.CLASSIFICATION);
    private final IntegerProperty numClasses = new SimpleIntegerProperty(this, "numClasses", 2);
    private final StringProperty labelColumns = new SimpleStringProperty(this, "labelColumns", "0");
    private final ObjectProperty<AlignmentMode> alignment =
            new SimpleObjectProperty<>(this, "alignment", AlignmentMode.EQUAL_LENGTH);
    private final IntegerProperty minibatchSize = new SimpleIntegerProperty(this, "minibatchSize", 8);
    private final BooleanProperty shuffle = new SimpleBooleanProperty(this, "shuffle", true);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 123);
    private final DoubleProperty validationFraction = new SimpleDoubleProperty(this, "validationFraction", 0.2);
    private final ObjectProperty<NormalizationType> normalization = new SimpleObjectProperty<>(this, "normalization");
    private final StringProperty textFile = new SimpleStringProperty(this, "textFile", "");
    private final IntegerProperty exampleLength = new SimpleIntegerProperty(this, "exampleLength", 50);
    private final BooleanProperty lowerCase = new SimpleBooleanProperty(this, "lowerCase", false);
    private final IntegerProperty minCount = new SimpleIntegerProperty(this, "minCount", 1);
    private final IntegerProperty previewIndex = new SimpleIntegerProperty(this, "previewIndex", 0);

    // ---- outputs -----------------------------------------------------------------------------------------
    private final ReadOnlyObjectWrapper<FileMatch> featuresMatch = new ReadOnlyObjectWrapper<>(this, "featuresMatch");
    private final ReadOnlyObjectWrapper<FileMatch> labelsMatch = new ReadOnlyObjectWrapper<>(this, "labelsMatch");
    private final ReadOnlyObjectWrapper<Delimiter> detectedDelimiter =
            new ReadOnlyObjectWrapper<>(this, "detectedDelimiter");
    private final ObservableList<RawLine> rawLines = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Path> rawFile = new ReadOnlyObjectWrapper<>(this, "rawFile");
    private final ReadOnlyIntegerWrapper highlightedLine = new ReadOnlyIntegerWrapper(this, "highlightedLine", 0);
    private final ReadOnlyObjectWrapper<Detection> detection = new ReadOnlyObjectWrapper<>(this, "detection");
    private final ReadOnlyStringWrapper specProblem = new ReadOnlyStringWrapper(this, "specProblem", "");
    private final ReadOnlyObjectWrapper<PreviewBatch> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper previewProblem = new ReadOnlyStringWrapper(this, "previewProblem", "");
    private final ReadOnlyIntegerWrapper batchCount = new ReadOnlyIntegerWrapper(this, "batchCount", 0);
    private final ReadOnlyIntegerWrapper exampleCount = new ReadOnlyIntegerWrapper(this, "exampleCount", 0);
    private final ObservableList<VocabularyEntry> vocabulary = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper exampleText = new ReadOnlyStringWrapper(this, "exampleText", "");
    private final ReadOnlyBooleanWrapper previewing = new ReadOnlyBooleanWrapper(this, "previewing");

    // ---- import ------------------------------------------------------------------------------------------
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(this, "importing");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyObjectWrapper<ImportResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<SequenceImportException> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final ReadOnlyStringWrapper errorText = new ReadOnlyStringWrapper(this, "errorText", "");
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper(this, "resultText", "");
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private final AtomicReference<int[]> pendingProgress = new AtomicReference<>();
    private volatile Thread importThread;

    private boolean loading;
    private DataSourceSpec applied;

    /**
     * @param project the project's data source, which an import replaces
     * @param builder the model, whose sizes an import fits to the data
     * @param commands where the import's edit goes, for undo
     * @param runner runs the import off the UI thread
     * @param previewRunner computes the quick previews off the UI thread; give it a thread of its own, so that the
     *     previews never wait behind an import (tests hand in {@link BackgroundRunner#sameThread()})
     * @param projectFolder the project's folder (relative paths resolve there), or {@code null} when unsaved
     */
    public DataViewModel(ProjectDataSource project, BuilderViewModel builder, CommandStack commands,
            BackgroundRunner runner, BackgroundRunner previewRunner, ObservableValue<Path> projectFolder) {
        this.project = Objects.requireNonNull(project, "project");
        this.builder = Objects.requireNonNull(builder, "builder");
        this.commands = Objects.requireNonNull(commands, "commands");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.previews = new CoalescingRunner<>(previewRunner, this::show, this::previewFailed);
        this.errorFiles = new CoalescingRunner<>(previewRunner, this::showErrorFile, this::previewFailed);
        this.projectFolder = Objects.requireNonNull(projectFolder, "projectFolder");
        for (Observable input : new Observable[] {sourceKind, filesMode, featuresPattern, labelsPattern, first, last,
                featuresFolder, labelsFolder, extension, linesToSkip, delimiter, labelType, numClasses, labelColumns,
                alignment, minibatchSize, validationFraction, normalization, textFile, exampleLength, lowerCase,
                minCount, shuffle, seed}) {
            input.addListener(o -> inputsChanged());
        }
        // relative paths now resolve elsewhere, e.g. after Save As or when a project opens
        projectFolder.addListener(o -> refresh());
        previewIndex.addListener(o -> {
            if (!loading) {
                refresh();
            }
        });
        project.specProperty().addListener((obs, was, is) -> {
            if (is != null && !is.equals(applied)) {
                load(is);
            }
        });
        if (project.get() != null) {
            load(project.get());
        }
        refresh();
    }

    // ---- recomputation -----------------------------------------------------------------------------------

    private void inputsChanged() {
        if (loading) {
            return;
        }
        highlightedLine.set(0);
        refresh();
    }

    /** The folder relative paths resolve against: the project's, or the working folder for an unsaved one. */
    public Path baseFolder() {
        Path folder = projectFolder.getValue();
        return folder != null ? folder : Path.of("").toAbsolutePath();
    }

    /**
     * Recomputes every quick output from the inputs on the preview runner: the inputs are taken now, and the
     * outputs change when the result arrives on the UI thread (at once with a same-thread runner). While one
     * recomputation runs, only the newest of the requests made meanwhile runs next, and a result that an input
     * change has overtaken is dropped.
     */
    public void refresh() {
        WizardInputs inputs = inputs();
        // the raw preview stays on an error's file until an input changes
        boolean readRaw = highlightedLine.get() == 0;
        previewing.set(true);
        previews.submit(() -> QuickPreview.of(inputs, readRaw));
        previewing.set(previews.busy());
    }

    /** Shows the newest request's previews. */
    private void show(QuickPreview p) {
        featuresMatch.set(p.featuresMatch());
        labelsMatch.set(p.labelsMatch());
        detectedDelimiter.set(p.detectedDelimiter());
        specProblem.set(p.specProblem());
        if (p.raw() != null && highlightedLine.get() == 0) {
            showRaw(p.raw(), 0);
        }
        detection.set(p.detection());
        exampleCount.set(p.exampleCount());
        batchCount.set(p.batchCount());
        vocabulary.setAll(p.vocabulary());
        exampleText.set(p.exampleText());
        preview.set(p.preview());
        previewProblem.set(p.previewProblem());
        previewing.set(previews.busy());
        if (detectionOnArrival && !previews.busy()) {
            detectionOnArrival = false;
            useDetectionOnce();
        }
    }

    private void previewFailed(Exception e) {
        show(QuickPreview.failed("the files could not be previewed: "
                + (e.getMessage() == null ? e.toString() : e.getMessage())));
    }

    private void showRaw(QuickPreview.Raw raw, int line) {
        rawFile.set(raw.file());
        highlightedLine.set(line);
        rawLines.setAll(raw.lines());
    }

    // ---- building the spec -------------------------------------------------------------------------------

    /** The inputs as they are now, to compute from on another thread. */
    public WizardInputs inputs() {
        return new WizardInputs(sourceKind.get(), filesMode.get(), featuresPattern.get(), labelsPattern.get(),
                first.get(), last.get(), featuresFolder.get(), labelsFolder.get(), extension.get(), linesToSkip.get(),
                delimiter.get(), labelType.get(), numClasses.get(), labelColumns.get(), alignment.get(),
                minibatchSize.get(), shuffle.get(), seed.get(), validationFraction.get(), normalization.get(),
                textFile.get(), exampleLength.get(), lowerCase.get(), minCount.get(), previewIndex.get(), baseFolder());
    }

    /**
     * The engine's spec from the inputs.
     *
     * @throws IllegalArgumentException when an input breaks one of the spec's rules (the message says which)
     */
    public SequenceCsvSpec sequenceSpec() {
        return inputs().sequenceSpec();
    }

    /**
     * The data source the inputs describe.
     *
     * @throws IllegalArgumentException when an input breaks a rule
     */
    public DataSourceSpec spec() {
        return inputs().spec();
    }

    /** Fills the inputs from a saved data source, e.g. when a project opens or an import is undone. */
    public void load(DataSourceSpec spec) {
        loading = true;
        try {
            minibatchSize.set(spec.minibatchSize());
            shuffle.set(spec.shuffle());
            seed.set(spec.seed());
            validationFraction.set(spec.validationFraction());
            if (spec instanceof DataSourceSpec.CharacterText) {
                DataSourceSpec.CharacterText text = (DataSourceSpec.CharacterText) spec;
                sourceKind.set(SourceKind.CHARACTER_TEXT);
                textFile.set(text.textFile());
                exampleLength.set(text.exampleLength());
                lowerCase.set(text.lowerCase());
                minCount.set(text.minCount());
            } else {
                loadCsv((DataSourceSpec.CsvSequences) spec);
            }
        } finally {
            loading = false;
        }
        refresh();
    }

    private void loadCsv(DataSourceSpec.CsvSequences csv) {
        SequenceCsvSpec s = csv.sequences();
        sourceKind.set(s.labelsInFeatureFiles() ? SourceKind.LABEL_COLUMNS : SourceKind.SEPARATE_LABEL_FILES);
        normalization.set(csv.normalizationType());
        loadFiles(s.features(), true);
        if (s.labels() != null) {
            loadFiles(s.labels(), false);
        }
        labelColumns.set(s.labelColumns().stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("0"));
        labelType.set(s.labelType());
        if (s.numClasses() > 0) {
            numClasses.set(s.numClasses());
        }
        alignment.set(s.alignment());
        linesToSkip.set(s.format().linesToSkip());
        delimiter.set(s.format().delimiter());
    }

    private void loadFiles(SequenceFiles files, boolean features) {
        if (files instanceof NumberedFiles) {
            NumberedFiles n = (NumberedFiles) files;
            filesMode.set(FilesMode.NUMBERED);
            (features ? featuresPattern : labelsPattern).set(n.pattern());
            first.set(n.first());
            last.set(n.last());
        } else {
            FolderFiles f = (FolderFiles) files;
            filesMode.set(FilesMode.FOLDER);
            (features ? featuresFolder : labelsFolder).set(f.directory());
            extension.set(f.extension());
        }
    }

    // ---- commands ----------------------------------------------------------------------------------------

    /** Takes the detected task, number of classes and the alignment its layout needs. */
    public void useDetection() {
        Detection d = detection.get();
        if (d == null) {
            return;
        }
        loading = true;
        try {
            labelType.set(d.labelType());
            if (d.numClasses() > 0) {
                numClasses.set(d.numClasses());
            }
            alignment.set(d.layout().suggestedAlignment());
        } finally {
            loading = false;
        }
        refresh();
    }

    /** Moves to the next step of the wizard (stays on the last). */
    public void next() {
        WizardStep s = step.get();
        step.set(WizardStep.values()[Math.min(s.ordinal() + 1, WizardStep.values().length - 1)]);
        if (s == WizardStep.FILES) {
            if (previews.busy()) {
                // the detection shown is of earlier inputs: take the one being computed when it arrives
                detectionOnArrival = true;
            } else {
                useDetectionOnce();
            }
        }
    }

    private boolean detectionUsed;
    private boolean detectionOnArrival;

    /** Leaving the files step the first time takes the detection, so the task step starts from it. */
    private void useDetectionOnce() {
        if (!detectionUsed && applied == null) {
            detectionUsed = true;
            useDetection();
        }
    }

    public void back() {
        step.set(WizardStep.values()[Math.max(step.get().ordinal() - 1, 0)]);
    }

    /**
     * Reads every file in the background (progress, cancel), then puts the data source into the project and fits
     * the model to it as one undoable edit. A bad file leaves the project as it was and shows file and line.
     */
    public void importData() {
        if (importing.get()) {
            return;
        }
        DataSourceSpec spec;
        try {
            spec = spec();
        } catch (IllegalArgumentException e) {
            errorText.set(e.getMessage());
            return;
        }
        Path base = baseFolder();
        cancelRequested.set(false);
        error.set(null);
        errorText.set("");
        resultText.set("");
        importing.set(true);
        progress.set(0);
        progressText.set("Reading…");
        runner.run(() -> {
            importThread = Thread.currentThread();
            try {
                return work(spec, base);
            } finally {
                importThread = null;
            }
        }, this::imported, this::failed);
    }

    private ImportResult work(DataSourceSpec spec, Path base) {
        if (spec instanceof DataSourceSpec.CsvSequences) {
            return ImportJob.run((DataSourceSpec.CsvSequences) spec, base, this::reportProgress, cancelRequested::get);
        }
        TrainingData data = DataSourceIterators.open(spec, base, null, this::reportProgress, cancelRequested::get);
        return new ImportResult(spec, data.shape(), null, data.trainExamples(), data.validationExamples());
    }

    /** Called on the working thread; hands at most one update at a time to the UI thread. */
    private void reportProgress(int done, int total) {
        if (pendingProgress.getAndSet(new int[] {done, total}) == null) {
            runner.uiExecutor().execute(() -> {
                int[] latest = pendingProgress.getAndSet(null);
                if (latest != null && importing.get()) {
                    progress.set(latest[1] == 0 ? 0 : (double) latest[0] / latest[1]);
                    progressText.set("Read " + latest[0] + " of " + latest[1] + " sequences");
                }
            });
        }
    }

    /** Asks the running import to stop; it stops at the next file or minibatch and nothing changes. */
    public void cancelImport() {
        cancelRequested.set(true);
    }

    private void imported(ImportResult r) {
        importing.set(false);
        progress.set(1);
        progressText.set("");
        result.set(r);
        ModelFit fit = ModelFit.of(builder.draft(), r.shape());
        applied = r.spec();
        commands.execute(new ApplyDataSourceCommand(project, builder, r.spec(), fit.draft()));
        resultText.set("Imported " + (r.trainExamples() + r.validationExamples()) + " sequences ("
                + r.trainExamples() + " for training, " + r.validationExamples() + " held out for validation): "
                + r.shape().describe() + ". " + fit.message());
    }

    private void failed(Exception e) {
        importing.set(false);
        progress.set(0);
        if (e instanceof CancellationException) {
            progressText.set("Import cancelled; the project's data is unchanged.");
            return;
        }
        progressText.set("");
        if (e instanceof SequenceImportException) {
            error.set((SequenceImportException) e);
        }
        errorText.set(e.getMessage() == null ? e.toString() : e.getMessage());
    }

    /** Opens the raw preview on the file of the last error, at its line. */
    public void showErrorFile() {
        SequenceImportException e = error.get();
        if (e == null || e.file() == null) {
            return;
        }
        Delimiter d = delimiter.get() != null ? delimiter.get()
                : detectedDelimiter.get() != null ? detectedDelimiter.get() : Delimiter.COMMA;
        Path file = Path.of(e.file());
        int skip = linesToSkip.get();
        step.set(WizardStep.FILES);
        // the file is read up to the error's line, which may be far down: on the preview thread
        errorFiles.submit(() -> new ErrorFile(QuickPreview.Raw.read(file, skip, d, e.line()), e));
    }

    private void showErrorFile(ErrorFile shown) {
        // a new import or a changed input has moved on from this error meanwhile
        if (error.get() == shown.error()) {
            showRaw(shown.raw(), shown.error().line());
        }
    }

    /** True while the import's work runs on {@code thread}; lets a test see where the work runs. */
    boolean importRunsOn(Thread thread) {
        return importThread == thread;
    }

    // ---- properties --------------------------------------------------------------------------------------

    public ObjectProperty<WizardStep> stepProperty() {
        return step;
    }

    public ObjectProperty<SourceKind> sourceKindProperty() {
        return sourceKind;
    }

    public ObjectProperty<FilesMode> filesModeProperty() {
        return filesMode;
    }

    public StringProperty featuresPatternProperty() {
        return featuresPattern;
    }

    public StringProperty labelsPatternProperty() {
        return labelsPattern;
    }

    public IntegerProperty firstProperty() {
        return first;
    }

    public IntegerProperty lastProperty() {
        return last;
    }

    public StringProperty featuresFolderProperty() {
        return featuresFolder;
    }

    public StringProperty labelsFolderProperty() {
        return labelsFolder;
    }

    public StringProperty extensionProperty() {
        return extension;
    }

    public IntegerProperty linesToSkipProperty() {
        return linesToSkip;
    }

    /** The delimiter chosen by the user, {@code null} to detect it. */
    public ObjectProperty<Delimiter> delimiterProperty() {
        return delimiter;
    }

    public ObjectProperty<LabelType> labelTypeProperty() {
        return labelType;
    }

    public IntegerProperty numClassesProperty() {
        return numClasses;
    }

    public StringProperty labelColumnsProperty() {
        return labelColumns;
    }

    public ObjectProperty<AlignmentMode> alignmentProperty() {
        return alignment;
    }

    public IntegerProperty minibatchSizeProperty() {
        return minibatchSize;
    }

    public BooleanProperty shuffleProperty() {
        return shuffle;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public DoubleProperty validationFractionProperty() {
        return validationFraction;
    }

    /** The normalization to fit, {@code null} for raw features. */
    public ObjectProperty<NormalizationType> normalizationProperty() {
        return normalization;
    }

    public StringProperty textFileProperty() {
        return textFile;
    }

    public IntegerProperty exampleLengthProperty() {
        return exampleLength;
    }

    public BooleanProperty lowerCaseProperty() {
        return lowerCase;
    }

    public IntegerProperty minCountProperty() {
        return minCount;
    }

    /** Which minibatch the preview shows, from 0. */
    public IntegerProperty previewIndexProperty() {
        return previewIndex;
    }

    public ReadOnlyObjectProperty<FileMatch> featuresMatchProperty() {
        return featuresMatch.getReadOnlyProperty();
    }

    /** The label files' match, {@code null} when labels are columns. */
    public ReadOnlyObjectProperty<FileMatch> labelsMatchProperty() {
        return labelsMatch.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Delimiter> detectedDelimiterProperty() {
        return detectedDelimiter.getReadOnlyProperty();
    }

    /** The first lines of the previewed file. */
    public ObservableList<RawLine> rawLines() {
        return rawLines;
    }

    public ReadOnlyObjectProperty<Path> rawFileProperty() {
        return rawFile.getReadOnlyProperty();
    }

    /** The line the raw preview points at (an error's line), 0 for none. */
    public ReadOnlyIntegerProperty highlightedLineProperty() {
        return highlightedLine.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Detection> detectionProperty() {
        return detection.getReadOnlyProperty();
    }

    /** Why the inputs do not make a data source yet, empty when they do. */
    public ReadOnlyStringProperty specProblemProperty() {
        return specProblem.getReadOnlyProperty();
    }

    /** The previewed minibatch, {@code null} when it cannot be read (see {@link #previewProblemProperty()}). */
    public ReadOnlyObjectProperty<PreviewBatch> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** The engine's message when the preview minibatch cannot be made (e.g. EQUAL_LENGTH on varying lengths). */
    public ReadOnlyStringProperty previewProblemProperty() {
        return previewProblem.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty batchCountProperty() {
        return batchCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty exampleCountProperty() {
        return exampleCount.getReadOnlyProperty();
    }

    /** The character model's vocabulary with counts. */
    public ObservableList<VocabularyEntry> vocabulary() {
        return vocabulary;
    }

    /** The first example of the text, as characters. */
    public ReadOnlyStringProperty exampleTextProperty() {
        return exampleText.getReadOnlyProperty();
    }

    /**
     * True while the quick previews are being recomputed in the background; until then the outputs still show
     * the previous inputs.
     */
    public ReadOnlyBooleanProperty previewingProperty() {
        return previewing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** The last successful import. */
    public ReadOnlyObjectProperty<ImportResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The engine's error of the last import, with file and line; {@code null} after a success. */
    public ReadOnlyObjectProperty<SequenceImportException> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorTextProperty() {
        return errorText.getReadOnlyProperty();
    }

    /** What the last import did, including how the model was fitted. */
    public ReadOnlyStringProperty resultTextProperty() {
        return resultText.getReadOnlyProperty();
    }
}
