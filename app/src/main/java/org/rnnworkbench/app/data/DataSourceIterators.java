package org.rnnworkbench.app.data;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.rnnworkbench.app.project.DataSourceSpec;
import org.rnnworkbench.model.data.BatchSettings;
import org.rnnworkbench.model.data.CharacterSequenceIterator;
import org.rnnworkbench.model.data.CharacterVocabulary;
import org.rnnworkbench.model.data.CsvSequenceSource;
import org.rnnworkbench.model.data.ExampleFiles;
import org.rnnworkbench.model.data.ImportProgress;
import org.rnnworkbench.model.data.LabelType;
import org.rnnworkbench.model.data.Normalization;
import org.rnnworkbench.model.data.NormalizationFitter;
import org.rnnworkbench.model.data.SequenceDataSet;
import org.rnnworkbench.model.data.SequenceImportException;
import org.rnnworkbench.model.data.TrainValidationSplit;

/**
 * Opens a project's {@link DataSourceSpec} for training: the training and validation iterators of the engine
 * and the network sizes the data implies. Blocking and possibly long (a normalization is fitted over every
 * training file): call it off the UI thread. Bad input is thrown as {@link SequenceImportException} with file
 * and line.
 */
public final class DataSourceIterators {

    private DataSourceIterators() {
    }

    /**
     * Opens {@code spec} for training.
     *
     * @param spec the data source
     * @param projectFolder folder that relative paths are resolved against
     * @param vocabulary for a character model, the saved vocabulary to keep indices stable; {@code null} builds
     *     one from the text with the spec's lower-casing and minimum count
     * @param progress told how far a normalization fit has come
     * @param cancelled polled between files
     * @throws SequenceImportException for missing or bad files
     * @throws CancellationException when cancelled
     */
    public static TrainingData open(DataSourceSpec spec, Path projectFolder, CharacterVocabulary vocabulary,
            ImportProgress progress, BooleanSupplier cancelled) {
        Objects.requireNonNull(spec, "spec");
        if (spec instanceof DataSourceSpec.CsvSequences) {
            return openCsv((DataSourceSpec.CsvSequences) spec, projectFolder, progress, cancelled);
        }
        return openText((DataSourceSpec.CharacterText) spec, projectFolder, vocabulary);
    }

    /**
     * The sizes the data implies, reading only the first example (or, for text, the whole text once).
     *
     * @throws SequenceImportException for missing or bad files
     */
    public static DataShape shape(DataSourceSpec spec, Path projectFolder, CharacterVocabulary vocabulary) {
        if (spec instanceof DataSourceSpec.CsvSequences) {
            DataSourceSpec.CsvSequences csv = (DataSourceSpec.CsvSequences) spec;
            return shapeOf(CsvSequenceSource.open(csv.sequences(), projectFolder), csv.sequences().labelType());
        }
        DataSourceSpec.CharacterText text = (DataSourceSpec.CharacterText) spec;
        CharacterVocabulary used = vocabulary != null ? vocabulary : vocabularyOf(text, projectFolder);
        return new DataShape(used.size(), used.size(), LabelType.CLASSIFICATION);
    }

    /** The vocabulary of a character source's text, as its lower-casing and minimum count say. */
    public static CharacterVocabulary vocabularyOf(DataSourceSpec.CharacterText spec, Path projectFolder) {
        Path file = projectFolder.resolve(spec.textFile());
        String text = TextFiles.read(file);
        if (text.isEmpty()) {
            throw SequenceImportException.inFile(file, "the file is empty; expected text");
        }
        try {
            return CharacterVocabulary.build(text, spec.lowerCase(), spec.minCount());
        } catch (IllegalArgumentException e) {
            throw SequenceImportException.inFile(file, e.getMessage());
        }
    }

    /**
     * A CSV source as training sees it: split into training and validation files with the spec's seed, and
     * normalised (when the spec asks for it) with the normalisation fitted on the training files only.
     *
     * @param source the source, carrying the normalisation
     * @param split which files train and which are held out
     */
    public record PreparedCsv(CsvSequenceSource source, TrainValidationSplit split) {
        /** The normalisation the features get, when there is one. */
        public Optional<Normalization> normalization() {
            return Optional.ofNullable(source.spec().normalization());
        }
    }

    /**
     * Splits and normalises a CSV source exactly as a training run does, so that other areas see the data the
     * network saw.
     *
     * @throws SequenceImportException for missing or bad files
     * @throws CancellationException when cancelled
     */
    public static PreparedCsv prepare(DataSourceSpec.CsvSequences spec, Path folder, ImportProgress progress,
            BooleanSupplier cancelled) {
        CsvSequenceSource source = CsvSequenceSource.open(spec.sequences(), folder);
        TrainValidationSplit split = source.split(spec.validationFraction(), spec.seed());
        if (spec.normalizationType() != null && spec.sequences().normalization() == null) {
            // fitted on the training files only: fitting on held-out files would leak them into training
            Normalization fitted = NormalizationFitter.fit(source, split.train(), spec.normalizationType(), progress,
                    cancelled);
            source = source.withNormalization(fitted);
        }
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("opening the data was cancelled");
        }
        return new PreparedCsv(source, split);
    }

    private static TrainingData openCsv(DataSourceSpec.CsvSequences spec, Path folder, ImportProgress progress,
            BooleanSupplier cancelled) {
        PreparedCsv prepared = prepare(spec, folder, progress, cancelled);
        CsvSequenceSource source = prepared.source();
        TrainValidationSplit split = prepared.split();
        DataShape shape = shapeOf(source, spec.sequences().labelType());
        List<ExampleFiles> validation = split.validation();
        return new TrainingData(
                source.iterator(split.train(), spec.trainingBatches()),
                validation.isEmpty() ? null : source.iterator(validation, BatchSettings.inOrder(spec.minibatchSize())),
                shape, null, split.train().size(), validation.size());
    }

    private static DataShape shapeOf(CsvSequenceSource source, LabelType labelType) {
        SequenceDataSet first = source.iterator(source.examples().subList(0, 1), BatchSettings.inOrder(1)).next();
        return new DataShape((int) first.features().size(1), (int) first.labels().size(1), labelType);
    }

    private static TrainingData openText(DataSourceSpec.CharacterText spec, Path folder,
            CharacterVocabulary vocabulary) {
        Path file = folder.resolve(spec.textFile());
        String text = TextFiles.read(file);
        if (text.isEmpty()) {
            throw SequenceImportException.inFile(file, "the file is empty; expected text");
        }
        CharacterVocabulary used = vocabulary;
        if (used == null) {
            try {
                used = CharacterVocabulary.build(text, spec.lowerCase(), spec.minCount());
            } catch (IllegalArgumentException e) {
                throw SequenceImportException.inFile(file, e.getMessage());
            }
        }
        int[] encoded;
        try {
            encoded = used.encode(text);
        } catch (IllegalArgumentException e) {
            throw SequenceImportException.inFile(file, e.getMessage() + "; rebuild the vocabulary in the Data area");
        }
        int length = spec.exampleLength();
        int held = (int) Math.round(encoded.length * spec.validationFraction());
        // The held-out part is the end of the text, so no example straddles both parts; it must hold one example
        // and its next character, or nothing is held out.
        if (held < length + 1) {
            held = 0;
        }
        int[] train = Arrays.copyOfRange(encoded, 0, encoded.length - held);
        if (train.length < length + 1) {
            throw SequenceImportException.inFile(file, "the text has " + train.length + " characters for training;"
                    + " an example of " + length + " needs at least " + (length + 1));
        }
        CharacterSequenceIterator trainIterator = new CharacterSequenceIterator(train, used, length,
                spec.trainingBatches());
        CharacterSequenceIterator validation = held == 0 ? null : new CharacterSequenceIterator(
                Arrays.copyOfRange(encoded, encoded.length - held, encoded.length), used, length,
                BatchSettings.inOrder(spec.minibatchSize()));
        return new TrainingData(trainIterator, validation, new DataShape(used.size(), used.size(),
                LabelType.CLASSIFICATION), used, trainIterator.totalExamples(),
                validation == null ? 0 : validation.totalExamples());
    }
}
