package org.rnnworkbench.model.data;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Turns the file(s) of one example into a {@link SequenceExample} as the spec says: splits label columns from
 * feature columns, turns class indices into one-hot vectors, applies the normalization. Every problem is
 * reported with file, line and column.
 */
final class ExampleParser {
    private final SequenceCsvSpec spec;
    private final CsvSequenceFileReader featureReader;
    private final CsvSequenceFileReader labelReader;

    ExampleParser(SequenceCsvSpec spec, Delimiter featureDelimiter, Delimiter labelDelimiter) {
        this.spec = spec;
        int skip = spec.format().linesToSkip();
        this.featureReader = new CsvSequenceFileReader(skip, featureDelimiter);
        this.labelReader = labelDelimiter == null ? null : new CsvSequenceFileReader(skip, labelDelimiter);
    }

    SequenceExample parse(ExampleFiles files) {
        ParsedCsv featureCsv = featureReader.read(files.features());
        StepValues features;
        StepValues labels;
        if (files.labels() == null) {
            List<Integer> labelColumns = spec.labelColumns();
            checkLabelColumnsExist(featureCsv, labelColumns);
            features = withoutColumns(featureCsv.values(), labelColumns);
            labels = labelValues(featureCsv, labelColumns);
        } else {
            if (labelReader == null) {
                throw new IllegalStateException("the spec has no label files but example " + files + " has one");
            }
            ParsedCsv labelCsv = labelReader.read(files.labels());
            if (spec.labelType() == LabelType.CLASSIFICATION && labelCsv.columns() != 1) {
                throw SequenceImportException.atLine(labelCsv.file(), labelCsv.firstLine(), "expected 1 column (the"
                        + " zero-indexed class) in a classification labels file, found " + labelCsv.columns());
            }
            features = featureCsv.values();
            labels = labelValues(labelCsv, allColumns(labelCsv.columns()));
        }
        normalize(files.features(), features);
        return new SequenceExample(files, features, labels);
    }

    private void checkLabelColumnsExist(ParsedCsv csv, List<Integer> labelColumns) {
        for (int column : labelColumns) {
            if (column >= csv.columns()) {
                throw SequenceImportException.atLine(csv.file(), csv.firstLine(), "label column " + column
                        + " (zero-indexed) does not exist; the line has " + csv.columns() + " columns (0 to "
                        + (csv.columns() - 1) + ")");
            }
        }
        if (labelColumns.size() >= csv.columns()) {
            throw SequenceImportException.atLine(csv.file(), csv.firstLine(), "every column is a label column;"
                    + " expected at least one feature column");
        }
    }

    private StepValues labelValues(ParsedCsv csv, List<Integer> columns) {
        StepValues values = csv.values();
        int steps = csv.length();
        if (spec.labelType() == LabelType.CLASSIFICATION) {
            int numClasses = spec.numClasses();
            int column = columns.get(0);
            double[] oneHot = new double[steps * numClasses];
            for (int step = 0; step < steps; step++) {
                oneHot[step * numClasses + classIndex(csv, step, column, values.get(step, column))] = 1.0;
            }
            return new StepValues(oneHot, steps, numClasses);
        }
        int width = columns.size();
        double[] labels = new double[steps * width];
        for (int step = 0; step < steps; step++) {
            for (int i = 0; i < width; i++) {
                labels[step * width + i] = values.get(step, columns.get(i));
            }
        }
        return new StepValues(labels, steps, width);
    }

    private int classIndex(ParsedCsv csv, int step, int column, double value) {
        int numClasses = spec.numClasses();
        if (value != Math.rint(value)) {
            throw SequenceImportException.atCell(csv.file(), csv.lineOf(step), column + 1, "expected a whole-number"
                    + " class index (zero-indexed, 0 to " + (numClasses - 1) + "), found " + value);
        }
        if (value < 0 || value >= numClasses) {
            throw SequenceImportException.atCell(csv.file(), csv.lineOf(step), column + 1, "class index "
                    + (long) value + " is out of range; classes are zero-indexed, expected 0 to " + (numClasses - 1)
                    + " for " + numClasses + " classes");
        }
        return (int) value;
    }

    private void normalize(Path file, StepValues features) {
        Normalization normalization = spec.normalization();
        if (normalization == null) {
            return;
        }
        if (normalization.columns() != features.columns()) {
            throw SequenceImportException.inFile(file, "has " + features.columns() + " feature columns, but the"
                    + " normalization was fitted on " + normalization.columns());
        }
        normalization.applyInPlace(features.values());
    }

    private static StepValues withoutColumns(StepValues values, List<Integer> removed) {
        int columns = values.columns();
        int[] kept = new int[columns - removed.size()];
        for (int c = 0, k = 0; c < columns; c++) {
            if (!removed.contains(c)) {
                kept[k++] = c;
            }
        }
        int steps = values.steps();
        double[] result = new double[steps * kept.length];
        for (int step = 0; step < steps; step++) {
            for (int k = 0; k < kept.length; k++) {
                result[step * kept.length + k] = values.get(step, kept[k]);
            }
        }
        return new StepValues(result, steps, kept.length);
    }

    private static List<Integer> allColumns(int columns) {
        return IntStream.range(0, columns).boxed().toList();
    }
}
