package org.rnnworkbench.app.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnworkbench.app.project.DataSourceSpec;
import org.rnnworkbench.model.data.AlignmentMode;
import org.rnnworkbench.model.data.CsvFormat;
import org.rnnworkbench.model.data.FolderFiles;
import org.rnnworkbench.model.data.ImportProgress;
import org.rnnworkbench.model.data.LabelType;
import org.rnnworkbench.model.data.NormalizationType;
import org.rnnworkbench.model.data.SequenceCsvSpec;
import org.rnnworkbench.model.data.SequenceDataSet;
import org.rnnworkbench.model.data.SequenceImportException;

class DataSourceIteratorsTest {
    @TempDir
    Path dir;

    private DataSourceSpec.CsvSequences manyToOne(double validation, NormalizationType normalization) {
        SequenceFolders.manyToOne(dir, 3, 4, 5, 2, 7, 4, 3, 6, 5, 2, 3, 4);
        SequenceCsvSpec spec = SequenceCsvSpec.separateFiles(new FolderFiles("features", "csv"),
                new FolderFiles("labels", "csv"), LabelType.CLASSIFICATION, 4, AlignmentMode.ALIGN_END,
                CsvFormat.detect());
        return new DataSourceSpec.CsvSequences(spec, 4, false, 1, validation, normalization);
    }

    @Test
    void csvSequencesGiveTrainingAndValidationIteratorsAndTheirSizes() {
        TrainingData data = DataSourceIterators.open(manyToOne(0.2, null), dir, null, ImportProgress.NONE,
                () -> false);
        assertEquals(new DataShape(3, 4, LabelType.CLASSIFICATION), data.shape());
        assertEquals(8, data.trainExamples());
        assertEquals(2, data.validationExamples());
        SequenceDataSet first = data.train().next();
        assertEquals(4, first.miniBatchSize());
        assertEquals(3, first.features().size(1));
        assertNotNull(first.labelsMask(), "many-to-one labels are masked");
        assertTrue(data.validationIterator().isPresent());
        assertEquals(2, data.validation().next().miniBatchSize());
    }

    @Test
    void nothingHeldOutGivesNoValidationIterator() {
        TrainingData data = DataSourceIterators.open(manyToOne(0, null), dir, null, ImportProgress.NONE, () -> false);
        assertNull(data.validation());
        assertEquals(10, data.trainExamples());
    }

    @Test
    void aNormalizationIsFittedOnTheTrainingFilesWhenAsked() {
        int[] seen = new int[2];
        TrainingData data = DataSourceIterators.open(manyToOne(0.2, NormalizationType.STANDARDIZE), dir, null,
                (done, total) -> {
                    seen[0] = done;
                    seen[1] = total;
                }, () -> false);
        assertEquals(8, seen[0]);
        assertEquals(8, seen[1]);
        double max = data.train().next().features().maxNumber().doubleValue();
        assertTrue(max < 5, "standardized features stay small, got " + max);
    }

    @Test
    void cancellingStopsTheFit() {
        assertThrows(CancellationException.class, () -> DataSourceIterators.open(
                manyToOne(0.2, NormalizationType.MIN_MAX), dir, null, ImportProgress.NONE, () -> true));
    }

    @Test
    void aBrokenFileIsReportedWithFileAndLine() {
        DataSourceSpec.CsvSequences spec = manyToOne(0, null);
        SequenceFolders.write(dir.resolve("features/0.csv"), "0.1,0.2,0.3\n0.4,x,0.6\n");
        SequenceImportException e = assertThrows(SequenceImportException.class,
                () -> DataSourceIterators.shape(spec, dir, null));
        assertEquals(2, e.line());
        assertTrue(e.file().endsWith("0.csv"), e.file());
    }

    @Test
    void characterTextIsSplitAtItsEndAndSizedByItsVocabulary() {
        SequenceFolders.write(dir.resolve("text.txt"), "abcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcd");
        DataSourceSpec.CharacterText spec = new DataSourceSpec.CharacterText("text.txt", 5, 2, false, 2, 0.2, false, 3);
        TrainingData data = DataSourceIterators.open(spec, dir, null, ImportProgress.NONE, () -> false);
        // "d" occurs once, below the minimum count: a, b, c and the unknown symbol
        assertEquals(new DataShape(4, 4, LabelType.CLASSIFICATION), data.shape());
        assertEquals(4, data.vocabulary().size());
        assertEquals(9, data.trainExamples());
        assertEquals(2, data.validationExamples());
        SequenceDataSet batch = data.train().next();
        assertEquals(5, batch.timeSeriesLength());
        assertFalse(batch.hasMasks());
        assertEquals(DataSourceIterators.shape(spec, dir, null), data.shape());
    }
}
