package org.rnnworkbench.model.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The four layouts of the DL4J RNN guide, each on generated files, with exact arrays and masks. */
class SequenceCsvLayoutsTest {
    @TempDir
    Path dir;

    private static INDArray floats(double[][][] values) {
        return Nd4j.createFromArray(values).castTo(DataType.FLOAT);
    }

    private static INDArray floats(double[][] values) {
        return Nd4j.createFromArray(values).castTo(DataType.FLOAT);
    }

    private SequenceDataSet onlyBatch(SequenceCsvSpec spec, int batchSize) {
        CsvSequenceDataSetIterator it = CsvSequenceSource.open(spec, dir).iterator(BatchSettings.inOrder(batchSize));
        SequenceDataSet ds = it.next();
        assertFalse(it.hasNext(), "all examples fit one minibatch");
        return ds;
    }

    @Test
    void example1SeparateFilesEqualLengthClassification() {
        CsvTestFiles.write(dir.resolve("f_0.csv"), "1,2", "3,4", "5,6");
        CsvTestFiles.write(dir.resolve("f_1.csv"), "7,8", "9,10", "11,12");
        CsvTestFiles.write(dir.resolve("l_0.csv"), "0", "1", "2");
        CsvTestFiles.write(dir.resolve("l_1.csv"), "2", "2", "0");
        SequenceCsvSpec spec = SequenceCsvSpec.separateFiles(new NumberedFiles("f_%d.csv", 0, 1),
                new NumberedFiles("l_%d.csv", 0, 1), LabelType.CLASSIFICATION, 3, AlignmentMode.EQUAL_LENGTH,
                CsvFormat.detect());

        SequenceDataSet ds = onlyBatch(spec, 2);

        assertEquals(floats(new double[][][] {{{1, 3, 5}, {2, 4, 6}}, {{7, 9, 11}, {8, 10, 12}}}), ds.features());
        assertEquals(floats(new double[][][] {
                {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
                {{0, 0, 1}, {0, 0, 0}, {1, 1, 0}}}), ds.labels());
        assertNull(ds.featuresMask());
        assertNull(ds.labelsMask());
    }

    @Test
    void example2LabelColumnInSameFileClassification() {
        // label in the middle column, so the remaining feature columns keep their order around it
        CsvTestFiles.write(dir.resolve("s_0.csv"), "0.5,1,7", "0.25,0,8");
        SequenceCsvSpec spec = SequenceCsvSpec.labelsInColumns(new NumberedFiles("s_%d.csv", 0, 0), List.of(1),
                LabelType.CLASSIFICATION, 2, AlignmentMode.EQUAL_LENGTH, CsvFormat.detect());

        SequenceDataSet ds = onlyBatch(spec, 1);

        assertEquals(floats(new double[][][] {{{0.5, 0.25}, {7, 8}}}), ds.features());
        assertEquals(floats(new double[][][] {{{0, 1}, {1, 0}}}), ds.labels());
    }

    @Test
    void example2SeveralRegressionLabelColumns() {
        CsvTestFiles.write(dir.resolve("r_0.csv"), "1,10,2,20", "3,30,4,40");
        SequenceCsvSpec spec = SequenceCsvSpec.labelsInColumns(new NumberedFiles("r_%d.csv", 0, 0), List.of(3, 1),
                LabelType.REGRESSION, 0, AlignmentMode.EQUAL_LENGTH, CsvFormat.detect());

        SequenceDataSet ds = onlyBatch(spec, 1);

        assertEquals(floats(new double[][][] {{{1, 3}, {2, 4}}}), ds.features());
        // labels keep the order the columns were given in: column 3, then column 1
        assertEquals(floats(new double[][][] {{{20, 40}, {10, 30}}}), ds.labels());
    }

    private SequenceCsvSpec variableLengths(AlignmentMode mode) {
        CsvTestFiles.write(dir.resolve("v_0.csv"), "1,0", "2,1", "3,1");
        CsvTestFiles.write(dir.resolve("v_1.csv"), "4,1");
        return SequenceCsvSpec.labelsInColumns(new NumberedFiles("v_%d.csv", 0, 1), List.of(1),
                LabelType.REGRESSION, 0, mode, CsvFormat.detect());
    }

    @Test
    void example3AlignStartPadsAfterTheEnd() {
        SequenceDataSet ds = onlyBatch(variableLengths(AlignmentMode.ALIGN_START), 2);

        assertEquals(floats(new double[][][] {{{1, 2, 3}}, {{4, 0, 0}}}), ds.features());
        assertEquals(floats(new double[][][] {{{0, 1, 1}}, {{1, 0, 0}}}), ds.labels());
        INDArray mask = floats(new double[][] {{1, 1, 1}, {1, 0, 0}});
        assertEquals(mask, ds.featuresMask());
        assertEquals(mask, ds.labelsMask());
    }

    @Test
    void example3AlignEndWithEqualFeatureAndLabelLengthsPadsAfterTheEndToo() {
        // alignment is per example (as DL4J does it): features and labels of one example already end together
        SequenceDataSet ds = onlyBatch(variableLengths(AlignmentMode.ALIGN_END), 2);

        assertEquals(floats(new double[][][] {{{1, 2, 3}}, {{4, 0, 0}}}), ds.features());
        assertEquals(floats(new double[][][] {{{0, 1, 1}}, {{1, 0, 0}}}), ds.labels());
        INDArray mask = floats(new double[][] {{1, 1, 1}, {1, 0, 0}});
        assertEquals(mask, ds.featuresMask());
        assertEquals(mask, ds.labelsMask());
    }

    @Test
    void example3EqualLengthRefusesVariableLengthsAndSuggestsAlignment() {
        SequenceCsvSpec spec = variableLengths(AlignmentMode.EQUAL_LENGTH);
        CsvSequenceDataSetIterator it = CsvSequenceSource.open(spec, dir).iterator(BatchSettings.inOrder(2));

        SequenceImportException e = assertThrows(SequenceImportException.class, it::next);

        assertTrue(e.file().endsWith("v_1.csv"), e.getMessage());
        assertTrue(e.getMessage().contains("ALIGN_START") && e.getMessage().contains("ALIGN_END"), e.getMessage());
        assertTrue(e.getMessage().contains("has 1 steps, but v_0.csv has 3"), e.getMessage());
    }

    @Test
    void example3EqualLengthRefusesAcrossMinibatchesToo() {
        // batch size 1: each minibatch alone is fine, the second sequence still differs from the first
        SequenceCsvSpec spec = variableLengths(AlignmentMode.EQUAL_LENGTH);
        CsvSequenceDataSetIterator it = CsvSequenceSource.open(spec, dir).iterator(BatchSettings.inOrder(1));
        it.next();

        assertThrows(SequenceImportException.class, it::next);
    }

    @Test
    void example4ManyToOneLabelAtTheLastStepOfEachSequence() {
        CsvTestFiles.write(dir.resolve("m_0.csv"), "1", "2", "3");
        CsvTestFiles.write(dir.resolve("m_1.csv"), "4", "5");
        CsvTestFiles.write(dir.resolve("y_0.csv"), "1");
        CsvTestFiles.write(dir.resolve("y_1.csv"), "0");
        SequenceCsvSpec spec = SequenceCsvSpec.separateFiles(new NumberedFiles("m_%d.csv", 0, 1),
                new NumberedFiles("y_%d.csv", 0, 1), LabelType.CLASSIFICATION, 2, AlignmentMode.ALIGN_END,
                CsvFormat.detect());

        SequenceDataSet ds = onlyBatch(spec, 2);

        assertEquals(floats(new double[][][] {{{1, 2, 3}}, {{4, 5, 0}}}), ds.features());
        assertEquals(floats(new double[][][] {{{0, 0, 0}, {0, 0, 1}}, {{0, 1, 0}, {0, 0, 0}}}), ds.labels());
        assertEquals(floats(new double[][] {{1, 1, 1}, {1, 1, 0}}), ds.featuresMask());
        assertEquals(floats(new double[][] {{0, 0, 1}, {0, 1, 0}}), ds.labelsMask());
    }

    @Test
    void example4OneToManyInputAtTheFirstStep() {
        CsvTestFiles.write(dir.resolve("in_0.csv"), "7,8");
        CsvTestFiles.write(dir.resolve("out_0.csv"), "0.5", "0.25", "0.125");
        SequenceCsvSpec spec = SequenceCsvSpec.separateFiles(new NumberedFiles("in_%d.csv", 0, 0),
                new NumberedFiles("out_%d.csv", 0, 0), LabelType.REGRESSION, 0, AlignmentMode.ALIGN_START,
                CsvFormat.detect());

        SequenceDataSet ds = onlyBatch(spec, 1);

        assertEquals(floats(new double[][][] {{{7, 0, 0}, {8, 0, 0}}}), ds.features());
        assertEquals(floats(new double[][][] {{{0.5, 0.25, 0.125}}}), ds.labels());
        assertEquals(floats(new double[][] {{1, 0, 0}}), ds.featuresMask());
        assertNull(ds.labelsMask(), "every label step is present");
    }

    @Test
    void manyToOneUnderEqualLengthIsRefusedWithTheAlignmentToUse() {
        CsvTestFiles.write(dir.resolve("m_0.csv"), "1", "2", "3");
        CsvTestFiles.write(dir.resolve("y_0.csv"), "1");
        SequenceCsvSpec spec = SequenceCsvSpec.separateFiles(new NumberedFiles("m_%d.csv", 0, 0),
                new NumberedFiles("y_%d.csv", 0, 0), LabelType.CLASSIFICATION, 2, AlignmentMode.EQUAL_LENGTH,
                CsvFormat.detect());
        CsvSequenceDataSetIterator it = CsvSequenceSource.open(spec, dir).iterator(BatchSettings.inOrder(1));

        SequenceImportException e = assertThrows(SequenceImportException.class, it::next);

        assertTrue(e.file().endsWith("y_0.csv"), e.getMessage());
        assertTrue(e.getMessage().contains("features have 3 steps but the labels have 1"), e.getMessage());
        assertTrue(e.getMessage().contains("many-to-one") && e.getMessage().contains("ALIGN_END"), e.getMessage());
    }

    @Test
    void doubleArraysWhenAsked() {
        CsvTestFiles.write(dir.resolve("d_0.csv"), "0.1,1");
        SequenceCsvSpec spec = SequenceCsvSpec.labelsInColumns(new NumberedFiles("d_%d.csv", 0, 0), List.of(1),
                LabelType.REGRESSION, 0, AlignmentMode.EQUAL_LENGTH, CsvFormat.detect());
        SequenceDataSet ds = CsvSequenceSource.open(spec, dir)
                .iterator(new BatchSettings(1, false, 0, DataType.DOUBLE)).next();

        assertEquals(DataType.DOUBLE, ds.features().dataType());
        assertEquals(0.1, ds.features().getDouble(0, 0, 0), 0.0);
    }
}
