package org.rnnworkbench.app.project;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.nio.file.Path;
import java.util.Objects;
import org.rnnworkbench.model.data.AlignmentMode;
import org.rnnworkbench.model.data.BatchSettings;
import org.rnnworkbench.model.data.FolderFiles;
import org.rnnworkbench.model.data.NormalizationType;
import org.rnnworkbench.model.data.NumberedFiles;
import org.rnnworkbench.model.data.SequenceCsvSpec;
import org.rnnworkbench.model.data.SequenceFiles;

/**
 * What a project trains on, saved beside {@code project.json} as {@code data.json} by {@link DataSourceStore}.
 * Two kinds: CSV sequences (the engine's {@link SequenceCsvSpec} with how to batch and split it) and a text
 * file for a character model. Relative paths are resolved against the project folder; a project never saved
 * keeps absolute paths. Immutable; each kind validates its numbers in its constructor. The arrays a source
 * produces are features {@code [miniBatch, nIn, time]}, labels {@code [miniBatch, nOut, time]} and masks
 * {@code [miniBatch, time]}; {@code org.rnnworkbench.app.data.DataSourceIterators} builds them.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = DataSourceSpec.CsvSequences.class, name = "csvSequences"),
        @JsonSubTypes.Type(value = DataSourceSpec.CharacterText.class, name = "characterText")
})
public sealed interface DataSourceSpec permits DataSourceSpec.CsvSequences, DataSourceSpec.CharacterText {

    /** Examples per minibatch (the last minibatch of a pass may be smaller). */
    int minibatchSize();

    /** Share of the data held out for validation, in [0, 1). */
    double validationFraction();

    /** Whether the training examples are shuffled, anew each epoch. */
    boolean shuffle();

    /** Seed of the shuffle and of the validation split, so a run repeats. */
    long seed();

    /** One line for a status bar or a log, such as {@code CSV sequences, ALIGN_END, minibatch 32}. */
    String summary();

    /**
     * The same source with every relative file path made absolute against {@code folder}: for a project opened
     * without a folder of its own (a sample opened as an untitled copy), whose data stays where it was.
     */
    DataSourceSpec resolvedAgainst(Path folder);

    private static String absolute(Path folder, String path) {
        Path p = Path.of(path);
        return p.isAbsolute() ? path : folder.toAbsolutePath().normalize().resolve(p).toString();
    }

    private static SequenceFiles absolute(Path folder,
            SequenceFiles files) {
        if (files instanceof NumberedFiles n) {
            return new NumberedFiles(absolute(folder, n.pattern()), n.first(), n.last());
        }
        if (files instanceof FolderFiles f) {
            return new FolderFiles(absolute(folder, f.directory()), f.extension());
        }
        return files;
    }

    /** How the training iterator cuts minibatches, in float arrays. */
    default BatchSettings trainingBatches() {
        return new BatchSettings(minibatchSize(), shuffle(), seed(), null);
    }

    /**
     * CSV sequences, one sequence per file, imported by the engine.
     *
     * @param sequences files, layout, label type, number of classes, alignment, CSV format and (once fitted) the
     *     feature normalization
     * @param minibatchSize examples per minibatch
     * @param shuffle shuffle the training examples each epoch
     * @param seed seed of the shuffle and of the split by file
     * @param validationFraction share of the files held out for validation, in [0, 1)
     * @param normalizationType the normalization to fit on the training files, or {@code null} for raw features;
     *     when the spec already holds a fitted normalization that one is used as it is
     */
    record CsvSequences(SequenceCsvSpec sequences, int minibatchSize, boolean shuffle, long seed,
            double validationFraction, NormalizationType normalizationType) implements DataSourceSpec {

        public CsvSequences {
            Objects.requireNonNull(sequences, "sequences");
            checkBatching(minibatchSize, validationFraction);
        }

        /** The alignment mode, as the engine's spec holds it. */
        public AlignmentMode alignment() {
            return sequences.alignment();
        }

        /** The same source with another alignment mode. */
        public CsvSequences withAlignment(AlignmentMode mode) {
            return new CsvSequences(sequences.withAlignment(mode), minibatchSize, shuffle, seed, validationFraction,
                    normalizationType);
        }

        @Override
        public CsvSequences resolvedAgainst(Path folder) {
            SequenceCsvSpec spec = new SequenceCsvSpec(absolute(folder, sequences.features()),
                    sequences.labels() == null ? null : absolute(folder, sequences.labels()),
                    sequences.labelColumns(), sequences.labelType(), sequences.numClasses(), sequences.alignment(),
                    sequences.format(), sequences.normalization());
            return new CsvSequences(spec, minibatchSize, shuffle, seed, validationFraction, normalizationType);
        }

        @Override
        public String summary() {
            return "CSV sequences, " + sequences.labelType().name().toLowerCase(java.util.Locale.ROOT) + ", "
                    + sequences.alignment() + ", minibatch " + minibatchSize;
        }
    }

    /**
     * A text file for a character model: consecutive examples of {@code exampleLength} characters, the labels
     * being the next characters. The vocabulary built from the file is saved beside {@code data.json} as
     * {@code vocabulary.json}.
     *
     * @param textFile the UTF-8 text, relative to the project folder or absolute
     * @param exampleLength characters per example (time steps)
     * @param minibatchSize examples per minibatch
     * @param lowerCase lower-case the text before building the vocabulary
     * @param minCount characters seen fewer times share one "unknown" symbol
     * @param validationFraction share of the text, taken from its end, held out for validation, in [0, 1)
     * @param shuffle shuffle the training examples each epoch
     * @param seed seed of the shuffle
     */
    record CharacterText(String textFile, int exampleLength, int minibatchSize, boolean lowerCase, int minCount,
            double validationFraction, boolean shuffle, long seed) implements DataSourceSpec {

        public CharacterText {
            if (textFile == null || textFile.isBlank()) {
                throw new IllegalArgumentException("a text file is needed");
            }
            if (exampleLength < 1) {
                throw new IllegalArgumentException("the example length must be at least 1, got " + exampleLength);
            }
            if (minCount < 1) {
                throw new IllegalArgumentException("the minimum count must be at least 1, got " + minCount);
            }
            checkBatching(minibatchSize, validationFraction);
        }

        @Override
        public CharacterText resolvedAgainst(Path folder) {
            return new CharacterText(absolute(folder, textFile), exampleLength, minibatchSize, lowerCase, minCount,
                    validationFraction, shuffle, seed);
        }

        @Override
        public String summary() {
            return "Character text " + textFile + ", examples of " + exampleLength + ", minibatch " + minibatchSize;
        }
    }

    private static void checkBatching(int minibatchSize, double validationFraction) {
        if (minibatchSize < 1) {
            throw new IllegalArgumentException("the minibatch size must be at least 1, got " + minibatchSize);
        }
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("the validation fraction must be in [0, 1), got " + validationFraction);
        }
    }
}
