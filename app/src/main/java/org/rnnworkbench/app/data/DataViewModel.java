package org.rnnworkbench.app.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
import org.rnnworkbench.app.project.DataSourceSpec;
import org.rnnworkbench.app.project.ProjectDataSource;
import org.rnnworkbench.model.data.AlignmentMode;
import org.rnnworkbench.model.data.BatchSettings;
import org.rnnworkbench.model.data.CharacterVocabulary;
import org.rnnworkbench.model.data.CsvFormat;
import org.rnnworkbench.model.data.CsvSequenceDataSetIterator;
import org.rnnworkbench.model.data.CsvSequenceSource;
import org.rnnworkbench.model.data.Delimiter;
import org.rnnworkbench.model.data.ExampleFiles;
import org.rnnworkbench.model.data.FolderFiles;
import org.rnnworkbench.model.data.LabelType;
import org.rnnworkbench.model.data.NormalizationType;
import org.rnnworkbench.model.data.NumberedFiles;
import org.rnnworkbench.model.data.SequenceCsvSpec;
import org.rnnworkbench.model.data.SequenceDataSet;
import org.rnnworkbench.model.data.SequenceFiles;
import org.rnnworkbench.model.data.SequenceImportException;

/**
 * The Data area's view-model: the wizard's inputs (source, files, task, alignment and batching), what they
 * imply at once (file counts, raw preview, detected task and layout, the preview minibatch exactly as the
 * engine's iterator pads and masks it), and the import, which reads every file in the background with progress
 * and cancel and then puts the data source into the project as one undoable edit that also fits the model's
 * sizes. Inputs are plain properties; every change recomputes the quick outputs (they read one minibatch at
 * most). Engine errors are kept with their file and line so the view can show the file there.
 */
public final class DataViewModel {
    /** Lines of a file the raw preview shows. */
    public static final int RAW_LINES = 12;

    private final ProjectDataSource project;
    private final BuilderViewModel builder;
    private final CommandStack commands;
    private final BackgroundRunner runner;
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
     * @param projectFolder the project's folder (relative paths resolve there), or {@code null} when unsaved
     */
    public DataViewModel(ProjectDataSource project, BuilderViewModel builder, CommandStack commands,
            BackgroundRunner runner, ObservableValue<Path> projectFolder) {
        this.project = Objects.requireNonNull(project, "project");
        this.builder = Objects.requireNonNull(builder, "builder");
        this.commands = Objects.requireNonNull(commands, "commands");
        this.runner = Objects.requireNonNull(runner, "runner");
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
                refreshPreview();
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

    /** Recomputes every quick output from the inputs. */
    public void refresh() {
        if (sourceKind.get() == SourceKind.CHARACTER_TEXT) {
            refreshText();
            return;
        }
        vocabulary.clear();
        exampleText.set("");
        Path base = baseFolder();
        boolean separate = sourceKind.get() == SourceKind.SEPARATE_LABEL_FILES;
        if (filesMode.get() == FilesMode.NUMBERED) {
            featuresMatch.set(FileMatch.numbered(base, featuresPattern.get(), first.get(), last.get()));
            labelsMatch.set(separate ? FileMatch.numbered(base, labelsPattern.get(), first.get(), last.get()) : null);
        } else {
            featuresMatch.set(FileMatch.folder(base, featuresFolder.get(), extension.get()));
            labelsMatch.set(separate ? FileMatch.folder(base, labelsFolder.get(), extension.get()) : null);
        }
        CsvSequenceSource source = null;
        try {
            source = CsvSequenceSource.open(sequenceSpec(), base);
            detectedDelimiter.set(source.featureDelimiter());
            specProblem.set("");
        } catch (IllegalArgumentException | SequenceImportException e) {
            specProblem.set(e.getMessage());
            detectedDelimiter.set(null);
        }
        Path firstFile = featuresMatch.get().firstFile();
        if (highlightedLine.get() == 0) {
            showRaw(firstFile, 0);
        }
        detect(source);
        exampleCount.set(source == null ? 0 : source.examples().size());
        batchCount.set(source == null ? 0 : (exampleCount.get() + minibatchSize.get() - 1)
                / Math.max(1, minibatchSize.get()));
        refreshPreview(source);
    }

    private void showRaw(Path file, int line) {
        rawFile.set(file);
        highlightedLine.set(line);
        if (file == null) {
            rawLines.clear();
            return;
        }
        Delimiter d = delimiter.get() != null ? delimiter.get()
                : detectedDelimiter.get() != null ? detectedDelimiter.get() : Delimiter.COMMA;
        try {
            rawLines.setAll(RawPreview.read(file, linesToSkip.get(), d, Math.max(RAW_LINES, line + 4)));
        } catch (IOException | RuntimeException e) {
            rawLines.setAll(new RawLine(1, "could not read " + file + ": " + e.getMessage(), true, List.of()));
        }
    }

    private void detect(CsvSequenceSource source) {
        if (source == null) {
            detection.set(null);
            return;
        }
        try {
            detection.set(Detection.of(source.examples(), linesToSkip.get(), source.featureDelimiter(),
                    source.labelDelimiter() == null ? source.featureDelimiter() : source.labelDelimiter(),
                    parsedLabelColumns()));
        } catch (IOException | RuntimeException e) {
            detection.set(null);
        }
    }

    private void refreshPreview() {
        if (sourceKind.get() == SourceKind.CHARACTER_TEXT) {
            refreshText();
            return;
        }
        try {
            refreshPreview(CsvSequenceSource.open(sequenceSpec(), baseFolder()));
        } catch (IllegalArgumentException | SequenceImportException e) {
            refreshPreview(null);
        }
    }

    /** Reads the chosen minibatch through the engine's own iterator, in file order. */
    private void refreshPreview(CsvSequenceSource source) {
        if (source == null) {
            preview.set(null);
            previewProblem.set(specProblem.get());
            return;
        }
        int size = Math.max(1, minibatchSize.get());
        int index = Math.max(0, Math.min(previewIndex.get(), batchCount.get() - 1));
        List<ExampleFiles> examples = source.examples();
        List<ExampleFiles> chosen = examples.subList(index * size, Math.min(examples.size(), (index + 1) * size));
        try {
            CsvSequenceDataSetIterator iterator = source.iterator(chosen, BatchSettings.inOrder(size));
            SequenceDataSet batch = iterator.next();
            List<String> names = new ArrayList<>();
            for (ExampleFiles files : chosen) {
                names.add(files.features().getFileName().toString());
            }
            preview.set(PreviewBatch.of(index, batch, names));
            previewProblem.set("");
        } catch (SequenceImportException e) {
            preview.set(null);
            previewProblem.set(e.getMessage());
        }
    }

    private void refreshText() {
        featuresMatch.set(null);
        labelsMatch.set(null);
        detection.set(null);
        preview.set(null);
        vocabulary.clear();
        exampleText.set("");
        Path file = textFile.get().isBlank() ? null : baseFolder().resolve(textFile.get());
        if (highlightedLine.get() == 0) {
            showRaw(file, 0);
        }
        try {
            DataSourceSpec.CharacterText spec = textSpec();
            String text = TextFiles.read(baseFolder().resolve(spec.textFile()));
            CharacterVocabulary vocab = CharacterVocabulary.build(text, spec.lowerCase(), spec.minCount());
            Map<Integer, Long> counts = CharacterVocabulary.count(text, spec.lowerCase());
            List<VocabularyEntry> entries = new ArrayList<>();
            long unknown = 0;
            for (Map.Entry<Integer, Long> e : counts.entrySet()) {
                if (e.getValue() >= spec.minCount()) {
                    entries.add(new VocabularyEntry(vocab.indexOf(e.getKey()), e.getKey(), e.getValue()));
                } else {
                    unknown += e.getValue();
                }
            }
            if (vocab.hasUnknown()) {
                entries.add(new VocabularyEntry(vocab.size() - 1, CharacterVocabulary.UNKNOWN_CHARACTER, unknown));
            }
            vocabulary.setAll(entries);
            int[] encoded = vocab.encode(text);
            int length = Math.min(spec.exampleLength(), encoded.length - 1);
            if (length < 1) {
                throw SequenceImportException.inFile(baseFolder().resolve(spec.textFile()),
                        "the text is too short for one example");
            }
            SequenceDataSet example = new org.rnnworkbench.model.data.CharacterSequenceIterator(
                    Arrays.copyOf(encoded, length + 1), vocab, length, BatchSettings.inOrder(1)).next();
            exampleText.set(vocab.decode(Arrays.copyOf(encoded, length)));
            exampleCount.set((encoded.length - 1) / spec.exampleLength());
            batchCount.set((exampleCount.get() + spec.minibatchSize() - 1) / spec.minibatchSize());
            preview.set(PreviewBatch.of(0, example, List.of("example 0")));
            specProblem.set("");
            previewProblem.set("");
        } catch (IllegalArgumentException | SequenceImportException e) {
            specProblem.set(e.getMessage());
            previewProblem.set(e.getMessage());
            exampleCount.set(0);
            batchCount.set(0);
        }
    }

    // ---- building the spec -------------------------------------------------------------------------------

    /**
     * The engine's spec from the inputs.
     *
     * @throws IllegalArgumentException when an input breaks one of the spec's rules (the message says which)
     */
    public SequenceCsvSpec sequenceSpec() {
        CsvFormat format = CsvFormat.of(linesToSkip.get(), delimiter.get());
        int classes = labelType.get() == LabelType.CLASSIFICATION ? numClasses.get() : 0;
        if (sourceKind.get() == SourceKind.LABEL_COLUMNS) {
            return SequenceCsvSpec.labelsInColumns(files(featuresPattern.get(), featuresFolder.get()),
                    parsedLabelColumns(), labelType.get(), classes, alignment.get(), format);
        }
        return SequenceCsvSpec.separateFiles(files(featuresPattern.get(), featuresFolder.get()),
                files(labelsPattern.get(), labelsFolder.get()), labelType.get(), classes, alignment.get(), format);
    }

    private SequenceFiles files(String pattern, String folder) {
        return filesMode.get() == FilesMode.NUMBERED ? new NumberedFiles(pattern, first.get(), last.get())
                : new FolderFiles(folder, extension.get());
    }

    /** The label columns typed as {@code 2} or {@code 2, 3}. */
    List<Integer> parsedLabelColumns() {
        List<Integer> columns = new ArrayList<>();
        for (String part : labelColumns.get().split("[,\\s]+")) {
            if (!part.isBlank()) {
                try {
                    columns.add(Integer.parseInt(part.trim()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("label columns are zero-indexed numbers such as 2 or 2, 3;"
                            + " got \"" + labelColumns.get() + "\"");
                }
            }
        }
        return columns;
    }

    private DataSourceSpec.CharacterText textSpec() {
        return new DataSourceSpec.CharacterText(textFile.get(), exampleLength.get(), minibatchSize.get(),
                lowerCase.get(), minCount.get(), validationFraction.get(), shuffle.get(), seed.get());
    }

    /**
     * The data source the inputs describe.
     *
     * @throws IllegalArgumentException when an input breaks a rule
     */
    public DataSourceSpec spec() {
        if (sourceKind.get() == SourceKind.CHARACTER_TEXT) {
            return textSpec();
        }
        return new DataSourceSpec.CsvSequences(sequenceSpec(), minibatchSize.get(), shuffle.get(), seed.get(),
                validationFraction.get(), normalization.get());
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
            useDetectionOnce();
        }
    }

    private boolean detectionUsed;

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
        showRaw(Path.of(e.file()), e.line());
        step.set(WizardStep.FILES);
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
