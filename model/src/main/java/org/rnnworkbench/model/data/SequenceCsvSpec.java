package org.rnnworkbench.model.data;

import java.util.List;

/**
 * Everything needed to import CSV sequences, immutable and saved as JSON by {@link SequenceCsvSpecJson}.
 * Covers the four layouts of the DL4J RNN guide:
 * <ol>
 *   <li>features and labels in separate files ({@code labels} given), one step per line in both;</li>
 *   <li>labels in column(s) of the features file ({@code labels == null}, {@code labelColumns} zero-indexed):
 *       one class-index column for classification, one or more columns for regression;</li>
 *   <li>sequences of different lengths, aligned by {@link AlignmentMode#ALIGN_START} or
 *       {@link AlignmentMode#ALIGN_END};</li>
 *   <li>many-to-one (a one-line labels file with {@code ALIGN_END}) and one-to-many (a one-line features file
 *       with {@code ALIGN_START}).</li>
 * </ol>
 * A classification labels file holds one column, the zero-indexed class; a regression labels file's columns
 * are all targets. Features become {@code [miniBatch, nIn, time]}, labels {@code [miniBatch, nOut, time]}
 * with {@code nOut = numClasses} for classification.
 *
 * @param features the feature files (and labels too, when {@code labels} is {@code null})
 * @param labels the label files, paired with the feature files by position, or {@code null}
 * @param labelColumns zero-indexed label columns inside the feature files; empty when {@code labels} is given
 * @param labelType classification (class index per line, one-hot) or regression
 * @param numClasses number of classes for classification; 0 for regression
 * @param alignment how sequences of different lengths are aligned
 * @param format header lines and delimiter, shared by feature and label files
 * @param normalization fitted feature scaling, or {@code null} for raw features
 */
public record SequenceCsvSpec(
        SequenceFiles features,
        SequenceFiles labels,
        List<Integer> labelColumns,
        LabelType labelType,
        int numClasses,
        AlignmentMode alignment,
        CsvFormat format,
        Normalization normalization) {

    public SequenceCsvSpec {
        if (features == null) {
            throw new IllegalArgumentException("the feature files must be given");
        }
        if (labelType == null) {
            throw new IllegalArgumentException("the label type (CLASSIFICATION or REGRESSION) must be given");
        }
        labelColumns = labelColumns == null ? List.of() : List.copyOf(labelColumns);
        alignment = alignment == null ? AlignmentMode.EQUAL_LENGTH : alignment;
        format = format == null ? CsvFormat.detect() : format;
        if (labels == null) {
            checkLabelColumns(labelColumns, labelType);
        } else if (!labelColumns.isEmpty()) {
            throw new IllegalArgumentException("label columns " + labelColumns + " are for labels inside the"
                    + " feature files; with separate label files leave them empty");
        }
        if (labelType == LabelType.CLASSIFICATION && numClasses < 2) {
            throw new IllegalArgumentException("classification needs numClasses >= 2, got " + numClasses);
        }
        if (labelType == LabelType.REGRESSION && numClasses != 0) {
            throw new IllegalArgumentException("numClasses is for classification; use 0 for regression, got "
                    + numClasses);
        }
    }

    private static void checkLabelColumns(List<Integer> labelColumns, LabelType labelType) {
        if (labelColumns.isEmpty()) {
            throw new IllegalArgumentException("without separate label files, give the zero-indexed label"
                    + " column(s) of the feature files");
        }
        if (labelType == LabelType.CLASSIFICATION && labelColumns.size() != 1) {
            throw new IllegalArgumentException("classification takes one label column (the class index), got "
                    + labelColumns);
        }
        if (labelColumns.stream().anyMatch(c -> c < 0) || labelColumns.stream().distinct().count()
                != labelColumns.size()) {
            throw new IllegalArgumentException("label columns must be distinct and zero-indexed (>= 0), got "
                    + labelColumns);
        }
    }

    /** Layout 1 and 4: features and labels in separate files, paired by position. */
    public static SequenceCsvSpec separateFiles(SequenceFiles features, SequenceFiles labels, LabelType labelType,
            int numClasses, AlignmentMode alignment, CsvFormat format) {
        return new SequenceCsvSpec(features, labels, List.of(), labelType, numClasses, alignment, format, null);
    }

    /** Layout 2: label column(s) inside the feature files (zero-indexed, as DL4J's {@code labelIndex}). */
    public static SequenceCsvSpec labelsInColumns(SequenceFiles features, List<Integer> labelColumns,
            LabelType labelType, int numClasses, AlignmentMode alignment, CsvFormat format) {
        return new SequenceCsvSpec(features, null, labelColumns, labelType, numClasses, alignment, format, null);
    }

    /** True when labels are columns of the feature files. */
    public boolean labelsInFeatureFiles() {
        return labels == null;
    }

    /** The same spec with a fitted normalization (or none). */
    public SequenceCsvSpec withNormalization(Normalization fitted) {
        return new SequenceCsvSpec(features, labels, labelColumns, labelType, numClasses, alignment, format, fitted);
    }

    /** The same spec with another alignment mode. */
    public SequenceCsvSpec withAlignment(AlignmentMode mode) {
        return new SequenceCsvSpec(features, labels, labelColumns, labelType, numClasses, mode, format,
                normalization);
    }
}
