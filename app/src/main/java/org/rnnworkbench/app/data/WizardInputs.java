package org.rnnworkbench.app.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rnnworkbench.app.project.DataSourceSpec;
import org.rnnworkbench.model.data.AlignmentMode;
import org.rnnworkbench.model.data.CsvFormat;
import org.rnnworkbench.model.data.Delimiter;
import org.rnnworkbench.model.data.FolderFiles;
import org.rnnworkbench.model.data.LabelType;
import org.rnnworkbench.model.data.NormalizationType;
import org.rnnworkbench.model.data.NumberedFiles;
import org.rnnworkbench.model.data.SequenceCsvSpec;
import org.rnnworkbench.model.data.SequenceFiles;

/**
 * The import wizard's inputs at one moment, taken on the UI thread so that the previews can be computed from
 * them on another; and the data source they describe. One component per input of {@link DataViewModel}.
 *
 * @param sourceKind CSV with label files, CSV with label columns, or a character text
 * @param filesMode a numbered pattern or a folder
 * @param featuresPattern e.g. {@code features/%d.csv}
 * @param labelsPattern e.g. {@code labels/%d.csv}
 * @param first first number of the pattern's range
 * @param last last number of the pattern's range
 * @param featuresFolder the features folder
 * @param labelsFolder the labels folder
 * @param extension the folders' file extension, without the dot
 * @param linesToSkip header lines of every file
 * @param delimiter the delimiter chosen, {@code null} to detect it
 * @param labelType classification or regression
 * @param numClasses classes, for classification
 * @param labelColumns the label columns as typed, e.g. {@code 2, 3}
 * @param alignment how features and labels of different lengths are aligned
 * @param minibatchSize examples per minibatch
 * @param shuffle shuffle the training examples every epoch
 * @param seed seeds the shuffle and the split
 * @param validationFraction share of the examples held out
 * @param normalization the normalization to fit, {@code null} for none
 * @param textFile the character model's text file
 * @param exampleLength characters per example
 * @param lowerCase lower-case the text
 * @param minCount rarer characters share the unknown symbol
 * @param previewIndex which minibatch the preview shows, from 0
 * @param baseFolder the folder relative paths resolve against
 */
public record WizardInputs(SourceKind sourceKind, FilesMode filesMode, String featuresPattern, String labelsPattern,
        int first, int last, String featuresFolder, String labelsFolder, String extension, int linesToSkip,
        Delimiter delimiter, LabelType labelType, int numClasses, String labelColumns, AlignmentMode alignment,
        int minibatchSize, boolean shuffle, long seed, double validationFraction, NormalizationType normalization,
        String textFile, int exampleLength, boolean lowerCase, int minCount, int previewIndex, Path baseFolder) {

    /**
     * The engine's spec of the CSV sequences.
     *
     * @throws IllegalArgumentException when an input breaks one of the spec's rules (the message says which)
     */
    public SequenceCsvSpec sequenceSpec() {
        CsvFormat format = CsvFormat.of(linesToSkip, delimiter);
        int classes = labelType == LabelType.CLASSIFICATION ? numClasses : 0;
        if (sourceKind == SourceKind.LABEL_COLUMNS) {
            return SequenceCsvSpec.labelsInColumns(files(featuresPattern, featuresFolder), parsedLabelColumns(),
                    labelType, classes, alignment, format);
        }
        return SequenceCsvSpec.separateFiles(files(featuresPattern, featuresFolder),
                files(labelsPattern, labelsFolder), labelType, classes, alignment, format);
    }

    private SequenceFiles files(String pattern, String folder) {
        return filesMode == FilesMode.NUMBERED ? new NumberedFiles(pattern, first, last)
                : new FolderFiles(folder, extension);
    }

    /**
     * The label columns typed as {@code 2} or {@code 2, 3}.
     *
     * @throws IllegalArgumentException when a part is not a number
     */
    public List<Integer> parsedLabelColumns() {
        List<Integer> columns = new ArrayList<>();
        for (String part : labelColumns.split("[,\\s]+")) {
            if (!part.isBlank()) {
                try {
                    columns.add(Integer.parseInt(part.trim()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("label columns are zero-indexed numbers such as 2 or 2, 3;"
                            + " got \"" + labelColumns + "\"");
                }
            }
        }
        return columns;
    }

    /**
     * The character model's data source.
     *
     * @throws IllegalArgumentException when an input breaks one of its rules
     */
    public DataSourceSpec.CharacterText textSpec() {
        return new DataSourceSpec.CharacterText(textFile, exampleLength, minibatchSize, lowerCase, minCount,
                validationFraction, shuffle, seed);
    }

    /**
     * The data source the inputs describe.
     *
     * @throws IllegalArgumentException when an input breaks a rule
     */
    public DataSourceSpec spec() {
        if (sourceKind == SourceKind.CHARACTER_TEXT) {
            return textSpec();
        }
        return new DataSourceSpec.CsvSequences(sequenceSpec(), minibatchSize, shuffle, seed, validationFraction,
                normalization);
    }
}
