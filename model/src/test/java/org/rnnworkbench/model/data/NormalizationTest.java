package org.rnnworkbench.model.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** Fitting on the training split only, applying in the iterator and at inference, saving with the spec. */
class NormalizationTest {
    @TempDir
    Path dir;
    private CsvSequenceSource source;

    @BeforeEach
    void writeExamples() {
        // column 0: 1,3 | 5,7 | 1000 (the outlier file); column 1 constant 2; column 2 the label
        CsvTestFiles.write(dir.resolve("n_0.csv"), "1,2,0", "3,2,0");
        CsvTestFiles.write(dir.resolve("n_1.csv"), "5,2,0", "7,2,0");
        CsvTestFiles.write(dir.resolve("n_2.csv"), "1000,2,0");
        SequenceCsvSpec spec = SequenceCsvSpec.labelsInColumns(new NumberedFiles("n_%d.csv", 0, 2), List.of(2),
                LabelType.REGRESSION, 0, AlignmentMode.ALIGN_START, CsvFormat.detect());
        source = CsvSequenceSource.open(spec, dir);
    }

    private List<ExampleFiles> firstTwo() {
        return source.examples().subList(0, 2);
    }

    @Test
    void standardizationIsFittedOnTheTrainingExamplesOnly() {
        Normalization n = NormalizationFitter.fit(source, firstTwo(), NormalizationType.STANDARDIZE,
                ImportProgress.NONE, () -> false);

        // mean of 1,3,5,7 is 4, population std sqrt(5); the 1000 of the held-out file is not seen
        assertArrayEquals(new double[] {4, 2}, n.shift(), 1e-12);
        assertArrayEquals(new double[] {Math.sqrt(5), 1}, n.scale(), 1e-12, "constant column keeps scale 1");
    }

    @Test
    void minMaxMapsTheTrainingRangeOntoZeroToOne() {
        Normalization n = NormalizationFitter.fit(source, firstTwo(), NormalizationType.MIN_MAX,
                ImportProgress.NONE, () -> false);
        SequenceDataSet ds = source.withNormalization(n).iterator(firstTwo(), BatchSettings.inOrder(2)).next();

        INDArray expected = Nd4j.createFromArray(new double[][][] {
                {{0, 2.0 / 6}, {0, 0}}, {{4.0 / 6, 1}, {0, 0}}}).castTo(DataType.FLOAT);
        assertEquals(expected, ds.features());
    }

    @Test
    void paddingStaysZeroAfterNormalization() {
        Normalization n = new Normalization(NormalizationType.STANDARDIZE, new double[] {10, 10}, new double[] {2, 2});
        SequenceDataSet ds = source.withNormalization(n).iterator(BatchSettings.inOrder(3)).next();

        // example 2 has one step; its padded second step must stay 0, not (0 - 10) / 2
        assertEquals(0.0, ds.features().getDouble(2, 0, 1), 0.0);
        assertEquals(495.0, ds.features().getDouble(2, 0, 0), 1e-3);
        assertEquals(0.0, ds.featuresMask().getDouble(2, 1), 0.0);
    }

    @Test
    void savedWithTheSpecAndReappliedGivesTheSameArrays() {
        Normalization n = NormalizationFitter.fit(source, firstTwo(), NormalizationType.STANDARDIZE,
                ImportProgress.NONE, () -> false);
        SequenceCsvSpec fitted = source.spec().withNormalization(n);
        SequenceCsvSpecJson json = new SequenceCsvSpecJson();

        SequenceCsvSpec reloaded = json.fromJson(json.toJson(fitted));

        SequenceDataSet before = CsvSequenceSource.open(fitted, dir).iterator(BatchSettings.inOrder(3)).next();
        SequenceDataSet after = CsvSequenceSource.open(reloaded, dir).iterator(BatchSettings.inOrder(3)).next();
        assertEquals(before.features(), after.features());
        assertEquals(before.labels(), after.labels());
    }

    @Test
    void applyAtInferenceMatchesTheIteratorForSequencesAndSingleSteps() {
        Normalization n = NormalizationFitter.fit(source, firstTwo(), NormalizationType.STANDARDIZE,
                ImportProgress.NONE, () -> false);
        SequenceDataSet raw = source.iterator(firstTwo(), BatchSettings.inOrder(2)).next();
        SequenceDataSet scaled = source.withNormalization(n).iterator(firstTwo(), BatchSettings.inOrder(2)).next();

        assertEquals(scaled.features(), n.apply(raw.features()));
        INDArray oneStep = raw.features().get(NDArrayIndex.all(),
                NDArrayIndex.all(), NDArrayIndex.point(1));
        assertEquals(scaled.features().get(NDArrayIndex.all(),
                NDArrayIndex.all(), NDArrayIndex.point(1)),
                n.apply(oneStep));
    }

    @Test
    void rawSpecHasNoNormalization() {
        assertNull(source.spec().normalization());
    }
}
