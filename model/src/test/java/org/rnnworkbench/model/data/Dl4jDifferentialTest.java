package org.rnnworkbench.model.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.datavec.api.records.reader.SequenceRecordReader;
import org.datavec.api.records.reader.impl.csv.CSVSequenceRecordReader;
import org.datavec.api.split.NumberedFileInputSplit;
import org.deeplearning4j.datasets.datavec.SequenceRecordReaderDataSetIterator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * The same generated CSV files through DL4J 1.0.0-M2.1's {@link SequenceRecordReaderDataSetIterator} and
 * through ours give identical features, labels and both masks, minibatch by minibatch.
 */
class Dl4jDifferentialTest {
    private static final int EXAMPLES = 7;
    private static final int N_IN = 3;
    private static final int CLASSES = 4;
    private static final int REGRESSION_OUTPUTS = 2;

    @TempDir
    Path dir;

    /** How long each example's features and labels are. */
    enum Lengths {
        EQUAL, VARIABLE, MANY_TO_ONE, ONE_TO_MANY
    }

    static Stream<Arguments> separateFileCases() {
        return Stream.of(
                Arguments.of(Lengths.EQUAL, AlignmentMode.EQUAL_LENGTH, LabelType.CLASSIFICATION, 1),
                Arguments.of(Lengths.EQUAL, AlignmentMode.EQUAL_LENGTH, LabelType.CLASSIFICATION, 3),
                Arguments.of(Lengths.EQUAL, AlignmentMode.EQUAL_LENGTH, LabelType.REGRESSION, 3),
                Arguments.of(Lengths.VARIABLE, AlignmentMode.ALIGN_START, LabelType.CLASSIFICATION, 1),
                Arguments.of(Lengths.VARIABLE, AlignmentMode.ALIGN_START, LabelType.CLASSIFICATION, 3),
                Arguments.of(Lengths.VARIABLE, AlignmentMode.ALIGN_START, LabelType.REGRESSION, 3),
                Arguments.of(Lengths.VARIABLE, AlignmentMode.ALIGN_END, LabelType.CLASSIFICATION, 1),
                Arguments.of(Lengths.VARIABLE, AlignmentMode.ALIGN_END, LabelType.CLASSIFICATION, 3),
                Arguments.of(Lengths.VARIABLE, AlignmentMode.ALIGN_END, LabelType.REGRESSION, 3),
                Arguments.of(Lengths.MANY_TO_ONE, AlignmentMode.ALIGN_END, LabelType.CLASSIFICATION, 3),
                Arguments.of(Lengths.MANY_TO_ONE, AlignmentMode.ALIGN_END, LabelType.REGRESSION, 1),
                Arguments.of(Lengths.ONE_TO_MANY, AlignmentMode.ALIGN_START, LabelType.CLASSIFICATION, 3),
                Arguments.of(Lengths.ONE_TO_MANY, AlignmentMode.ALIGN_START, LabelType.REGRESSION, 1));
    }

    @ParameterizedTest(name = "{0} {1} {2} minibatch {3}")
    @MethodSource("separateFileCases")
    void separateFilesGiveDl4jsArrays(Lengths lengths, AlignmentMode mode, LabelType type, int batchSize)
            throws Exception {
        writeSeparateFiles(lengths, type, new Random(42));
        int numClasses = type == LabelType.CLASSIFICATION ? CLASSES : 0;
        SequenceCsvSpec spec = SequenceCsvSpec.separateFiles(new NumberedFiles("f_%d.csv", 0, EXAMPLES - 1),
                new NumberedFiles("l_%d.csv", 0, EXAMPLES - 1), type, numClasses, mode,
                CsvFormat.of(0, Delimiter.COMMA));
        SequenceRecordReaderDataSetIterator theirs = new SequenceRecordReaderDataSetIterator(reader("f_%d.csv"),
                reader("l_%d.csv"), batchSize, type == LabelType.CLASSIFICATION ? CLASSES : -1,
                type == LabelType.REGRESSION, dl4jMode(mode));

        assertSameBatches(theirs, CsvSequenceSource.open(spec, dir).iterator(BatchSettings.inOrder(batchSize)));
    }

    static Stream<Arguments> sameFileCases() {
        return Stream.of(
                Arguments.of(LabelType.CLASSIFICATION, 1),
                Arguments.of(LabelType.CLASSIFICATION, 3),
                Arguments.of(LabelType.REGRESSION, 1),
                Arguments.of(LabelType.REGRESSION, 3));
    }

    @ParameterizedTest(name = "label column, {0}, minibatch {1}")
    @MethodSource("sameFileCases")
    void labelColumnGivesDl4jsArrays(LabelType type, int batchSize) throws Exception {
        Random random = new Random(7);
        int labelIndex = 1;
        for (int i = 0; i < EXAMPLES; i++) {
            double[][] rows = new double[5][N_IN + 1];
            for (double[] row : rows) {
                for (int c = 0; c < row.length; c++) {
                    row[c] = c == labelIndex && type == LabelType.CLASSIFICATION
                            ? random.nextInt(CLASSES) : Math.round(random.nextGaussian() * 1000) / 1000.0;
                }
            }
            CsvTestFiles.writeRows(dir.resolve("s_" + i + ".csv"), rows);
        }
        int numClasses = type == LabelType.CLASSIFICATION ? CLASSES : 0;
        SequenceCsvSpec spec = SequenceCsvSpec.labelsInColumns(new NumberedFiles("s_%d.csv", 0, EXAMPLES - 1),
                List.of(labelIndex), type, numClasses, AlignmentMode.EQUAL_LENGTH, CsvFormat.detect());
        SequenceRecordReaderDataSetIterator theirs = new SequenceRecordReaderDataSetIterator(reader("s_%d.csv"),
                batchSize, type == LabelType.CLASSIFICATION ? CLASSES : -1, labelIndex,
                type == LabelType.REGRESSION);

        assertSameBatches(theirs, CsvSequenceSource.open(spec, dir).iterator(BatchSettings.inOrder(batchSize)));
    }

    private void writeSeparateFiles(Lengths lengths, LabelType type, Random random) {
        for (int i = 0; i < EXAMPLES; i++) {
            int length = lengths == Lengths.EQUAL ? 6 : 2 + random.nextInt(6);
            int featureLength = lengths == Lengths.ONE_TO_MANY ? 1 : length;
            int labelLength = lengths == Lengths.MANY_TO_ONE ? 1 : length;
            double[][] features = new double[featureLength][N_IN];
            for (double[] step : features) {
                for (int c = 0; c < N_IN; c++) {
                    // three decimals, so text -> float is exact to the same float in both readers
                    step[c] = Math.round(random.nextGaussian() * 1000) / 1000.0;
                }
            }
            int labelColumns = type == LabelType.CLASSIFICATION ? 1 : REGRESSION_OUTPUTS;
            double[][] labels = new double[labelLength][labelColumns];
            for (double[] step : labels) {
                for (int c = 0; c < labelColumns; c++) {
                    step[c] = type == LabelType.CLASSIFICATION ? random.nextInt(CLASSES)
                            : Math.round(random.nextGaussian() * 1000) / 1000.0;
                }
            }
            CsvTestFiles.writeRows(dir.resolve("f_" + i + ".csv"), features);
            CsvTestFiles.writeRows(dir.resolve("l_" + i + ".csv"), labels);
        }
    }

    private SequenceRecordReader reader(String pattern) throws IOException, InterruptedException {
        CSVSequenceRecordReader reader = new CSVSequenceRecordReader(0, ",");
        reader.initialize(new NumberedFileInputSplit(dir.resolve(pattern).toString(), 0, EXAMPLES - 1));
        return reader;
    }

    private static SequenceRecordReaderDataSetIterator.AlignmentMode dl4jMode(AlignmentMode mode) {
        return SequenceRecordReaderDataSetIterator.AlignmentMode.valueOf(mode.name());
    }

    private static void assertSameBatches(SequenceRecordReaderDataSetIterator theirs, CsvSequenceDataSetIterator ours) {
        int batch = 0;
        while (theirs.hasNext()) {
            assertTrue(ours.hasNext(), "ours ended before DL4J at minibatch " + batch);
            DataSet expected = theirs.next();
            SequenceDataSet actual = ours.next();
            String where = "minibatch " + batch;
            assertEquals(expected.getFeatures(), actual.features(), "features, " + where);
            assertEquals(expected.getLabels(), actual.labels(), "labels, " + where);
            assertMask(expected.getFeaturesMaskArray(), actual.featuresMask(), "features mask, " + where);
            assertMask(expected.getLabelsMaskArray(), actual.labelsMask(), "labels mask, " + where);
            batch++;
        }
        assertFalse(ours.hasNext(), "ours has more minibatches than DL4J");
        assertEquals((EXAMPLES + ours.batchSize() - 1) / ours.batchSize(), batch);
    }

    private static void assertMask(INDArray expected, INDArray actual, String what) {
        if (expected == null || actual == null) {
            assertEquals(expected, actual, what);
        } else {
            assertEquals(expected.castTo(actual.dataType()), actual, what);
        }
    }

    // Where we are stricter: DL4J builds a data set silently, we refuse with the position.

    private SequenceRecordReaderDataSetIterator dl4jPair(String f0, String l0) throws Exception {
        CsvTestFiles.write(dir.resolve("f_0.csv"), f0.split("\n"));
        CsvTestFiles.write(dir.resolve("l_0.csv"), l0.split("\n"));
        CSVSequenceRecordReader features = new CSVSequenceRecordReader(0, ",");
        features.initialize(new NumberedFileInputSplit(dir.resolve("f_%d.csv").toString(), 0, 0));
        CSVSequenceRecordReader labels = new CSVSequenceRecordReader(0, ",");
        labels.initialize(new NumberedFileInputSplit(dir.resolve("l_%d.csv").toString(), 0, 0));
        return new SequenceRecordReaderDataSetIterator(features, labels, 1, 2, false,
                SequenceRecordReaderDataSetIterator.AlignmentMode.EQUAL_LENGTH);
    }

    private SequenceImportException oursFails() {
        SequenceCsvSpec spec = SequenceCsvSpec.separateFiles(new NumberedFiles("f_%d.csv", 0, 0),
                new NumberedFiles("l_%d.csv", 0, 0), LabelType.CLASSIFICATION, 2, AlignmentMode.EQUAL_LENGTH,
                CsvFormat.of(0, Delimiter.COMMA));
        CsvSequenceDataSetIterator ours = CsvSequenceSource.open(spec, dir).iterator(BatchSettings.inOrder(1));
        return assertThrows(SequenceImportException.class, ours::next);
    }

    @org.junit.jupiter.api.Test
    void equalLengthWithShorterLabelsDl4jGivesMismatchedTimeAxesWeRefuse() throws Exception {
        DataSet theirs = dl4jPair("1\n2", "1").next();
        assertEquals(2, theirs.getFeatures().size(2));
        assertEquals(1, theirs.getLabels().size(2), "DL4J: labels one step long next to two feature steps");

        SequenceImportException e = oursFails();
        assertTrue(e.file().endsWith("l_0.csv") && e.getMessage().contains("EQUAL_LENGTH"), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void raggedLineDl4jZeroFillsWeRefuse() throws Exception {
        DataSet theirs = dl4jPair("1,2\n3", "1\n0").next();
        assertEquals(0.0, theirs.getFeatures().getDouble(0, 1, 1), 0.0, "DL4J: the missing value became 0");

        SequenceImportException e = oursFails();
        assertEquals(2, e.line());
        assertTrue(e.file().endsWith("f_0.csv") && e.problem().contains("expected 2 columns"), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void nanDl4jPassesOnWeRefuse() throws Exception {
        DataSet theirs = dl4jPair("NaN", "1").next();
        assertTrue(Double.isNaN(theirs.getFeatures().getDouble(0, 0, 0)), "DL4J: NaN reaches the network");

        SequenceImportException e = oursFails();
        assertEquals(1, e.line());
        assertEquals(1, e.column());
        assertTrue(e.problem().contains("finite number, found \"NaN\""), e.getMessage());
    }
}
