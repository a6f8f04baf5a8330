package org.rnnworkbench.model.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input gives a message naming the file, the line and column, and what was expected. */
class SequenceImportErrorTest {
    @TempDir
    Path dir;

    private SequenceCsvSpec regressionColumn(String pattern, int last, int linesToSkip) {
        return SequenceCsvSpec.labelsInColumns(new NumberedFiles(pattern, 0, last), List.of(0),
                LabelType.REGRESSION, 0, AlignmentMode.ALIGN_START, CsvFormat.of(linesToSkip, null));
    }

    private SequenceImportException firstError(SequenceCsvSpec spec) {
        return assertThrows(SequenceImportException.class,
                () -> CsvSequenceSource.open(spec, dir).check(ImportProgress.NONE, () -> false));
    }

    private static void assertAt(SequenceImportException e, String fileName, int line, int column, String text) {
        assertTrue(e.file() != null && e.file().endsWith(fileName), "file in " + e.getMessage());
        assertEquals(line, e.line(), "line in " + e.getMessage());
        assertEquals(column, e.column(), "column in " + e.getMessage());
        assertTrue(e.getMessage().contains(text), "'" + text + "' in " + e.getMessage());
        if (line > 0) {
            assertTrue(e.getMessage().contains("line " + line), e.getMessage());
        }
        if (column > 0) {
            assertTrue(e.getMessage().contains("column " + column), e.getMessage());
        }
    }

    @Test
    void raggedLineNamesTheColumnCountOfTheFirstLine() {
        CsvTestFiles.write(dir.resolve("a_0.csv"), "1,2,3", "4,5,6", "7,8");
        assertAt(firstError(regressionColumn("a_%d.csv", 0, 0)), "a_0.csv", 3, 0,
                "expected 3 columns as on line 1 (the first data line), found 2");
    }

    @Test
    void nonNumericValueIsQuoted() {
        CsvTestFiles.write(dir.resolve("a_0.csv"), "1,2", "3,abc");
        assertAt(firstError(regressionColumn("a_%d.csv", 0, 0)), "a_0.csv", 2, 2, "expected a number, found \"abc\"");
    }

    @Test
    void emptyValueIsNamed() {
        CsvTestFiles.write(dir.resolve("a_0.csv"), "1,2", ",4");
        assertAt(firstError(regressionColumn("a_%d.csv", 0, 0)), "a_0.csv", 2, 1, "found an empty value");
    }

    @Test
    void emptyFile() {
        CsvTestFiles.writeRaw(dir.resolve("a_0.csv"), "");
        assertAt(firstError(regressionColumn("a_%d.csv", 0, 0)), "a_0.csv", 0, 0, "the file is empty");
    }

    @Test
    void fileWithOnlyItsHeader() {
        CsvTestFiles.write(dir.resolve("a_0.csv"), "x,y");
        assertAt(firstError(regressionColumn("a_%d.csv", 0, 1)), "a_0.csv", 0, 0,
                "no lines of numbers after the 1 skipped line(s)");
    }

    @Test
    void fileMissingFromTheNumberedRange() {
        CsvTestFiles.write(dir.resolve("a_0.csv"), "1,2");
        CsvTestFiles.write(dir.resolve("a_2.csv"), "1,2");
        SequenceImportException e = assertThrows(SequenceImportException.class,
                () -> CsvSequenceSource.open(regressionColumn("a_%d.csv", 2, 0), dir));
        assertAt(e, "a_1.csv", 0, 0, "file 1 of the numbered range 0..2 is missing");
    }

    private SequenceCsvSpec classColumn(int numClasses) {
        return SequenceCsvSpec.labelsInColumns(new NumberedFiles("c_%d.csv", 0, 0), List.of(1),
                LabelType.CLASSIFICATION, numClasses, AlignmentMode.EQUAL_LENGTH, CsvFormat.detect());
    }

    @Test
    void classIndexTooLargeSaysZeroIndexed() {
        CsvTestFiles.write(dir.resolve("c_0.csv"), "0.5,0", "0.5,3");
        assertAt(firstError(classColumn(3)), "c_0.csv", 2, 2, "class index 3 is out of range; classes are"
                + " zero-indexed, expected 0 to 2 for 3 classes");
    }

    @Test
    void negativeClassIndex() {
        CsvTestFiles.write(dir.resolve("c_0.csv"), "0.5,-1");
        assertAt(firstError(classColumn(3)), "c_0.csv", 1, 2, "class index -1 is out of range");
    }

    @Test
    void classIndexWithFractionIsRefusedButWholeNumberFloatIsAccepted() {
        CsvTestFiles.write(dir.resolve("c_0.csv"), "0.5,1.0", "0.5,1.5");
        assertAt(firstError(classColumn(3)), "c_0.csv", 2, 2, "expected a whole-number class index");

        CsvTestFiles.write(dir.resolve("c_0.csv"), "0.5,1.0", "0.5,2");
        SequenceDataSet ds = CsvSequenceSource.open(classColumn(3), dir).iterator(BatchSettings.inOrder(1)).next();
        assertEquals(1.0, ds.labels().getDouble(0, 1, 0), 0.0, "1.0 read as class 1");
    }

    @Test
    void classificationLabelsFileWithSeveralColumns() {
        CsvTestFiles.write(dir.resolve("f_0.csv"), "1", "2");
        CsvTestFiles.write(dir.resolve("l_0.csv"), "0,1", "1,0");
        SequenceCsvSpec spec = SequenceCsvSpec.separateFiles(new NumberedFiles("f_%d.csv", 0, 0),
                new NumberedFiles("l_%d.csv", 0, 0), LabelType.CLASSIFICATION, 2, AlignmentMode.EQUAL_LENGTH,
                CsvFormat.detect());
        assertAt(firstError(spec), "l_0.csv", 1, 0, "expected 1 column (the zero-indexed class)");
    }

    @Test
    void labelColumnOutsideTheFile() {
        CsvTestFiles.write(dir.resolve("c_0.csv"), "0.5,1");
        SequenceCsvSpec spec = SequenceCsvSpec.labelsInColumns(new NumberedFiles("c_%d.csv", 0, 0), List.of(2),
                LabelType.REGRESSION, 0, AlignmentMode.EQUAL_LENGTH, CsvFormat.detect());
        assertAt(firstError(spec), "c_0.csv", 1, 0, "label column 2 (zero-indexed) does not exist");
    }

    @Test
    void featuresAndLabelsOfDifferentLengthsUnderEqualLength() {
        CsvTestFiles.write(dir.resolve("f_0.csv"), "1", "2", "3");
        CsvTestFiles.write(dir.resolve("l_0.csv"), "0", "1");
        SequenceCsvSpec spec = SequenceCsvSpec.separateFiles(new NumberedFiles("f_%d.csv", 0, 0),
                new NumberedFiles("l_%d.csv", 0, 0), LabelType.CLASSIFICATION, 2, AlignmentMode.EQUAL_LENGTH,
                CsvFormat.detect());
        assertAt(firstError(spec), "l_0.csv", 0, 0, "the features have 3 steps but the labels have 2");
    }

    @Test
    void differentNumbersOfFeatureAndLabelFiles() throws Exception {
        Files.createDirectories(dir.resolve("features"));
        for (int i = 0; i < 3; i++) {
            CsvTestFiles.write(dir.resolve("features/f_" + i + ".csv"), "1");
        }
        for (int i = 0; i < 2; i++) {
            CsvTestFiles.write(dir.resolve("labels/l_" + i + ".csv"), "1");
        }
        SequenceCsvSpec spec = SequenceCsvSpec.separateFiles(new FolderFiles("features", "csv"),
                new FolderFiles("labels", "csv"), LabelType.REGRESSION, 0, AlignmentMode.EQUAL_LENGTH,
                CsvFormat.detect());
        SequenceImportException e = assertThrows(SequenceImportException.class, () -> CsvSequenceSource.open(spec, dir));
        assertTrue(e.getMessage().contains("found 3 feature files but 2 label files"), e.getMessage());
    }

    @Test
    void headerLineThatWasNotSkippedGetsAHint() {
        CsvTestFiles.write(dir.resolve("a_0.csv"), "speed,angle", "1,2");
        assertAt(firstError(regressionColumn("a_%d.csv", 0, 0)), "a_0.csv", 1, 1,
                "found \"speed\" (if this line is a header, set lines to skip to 1)");
    }

    @Test
    void folderWithNoMatchingFiles() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        CsvTestFiles.write(dir.resolve("empty/notes.txt"), "hello");
        SequenceCsvSpec spec = SequenceCsvSpec.labelsInColumns(new FolderFiles("empty", "csv"), List.of(0),
                LabelType.REGRESSION, 0, AlignmentMode.EQUAL_LENGTH, CsvFormat.detect());
        SequenceImportException e = assertThrows(SequenceImportException.class, () -> CsvSequenceSource.open(spec, dir));
        assertAt(e, "empty", 0, 0, "no files ending in .csv in this folder");
    }

    @Test
    void folderFileWithoutANumber() throws Exception {
        CsvTestFiles.write(dir.resolve("d/walk_1.csv"), "1,2");
        CsvTestFiles.write(dir.resolve("d/walk.csv"), "1,2");
        SequenceCsvSpec spec = SequenceCsvSpec.labelsInColumns(new FolderFiles("d", "csv"), List.of(0),
                LabelType.REGRESSION, 0, AlignmentMode.EQUAL_LENGTH, CsvFormat.detect());
        SequenceImportException e = assertThrows(SequenceImportException.class, () -> CsvSequenceSource.open(spec, dir));
        assertAt(e, "walk.csv", 0, 0, "the file name has no number");
    }

    @Test
    void nanAndInfinityAreRefused() {
        CsvTestFiles.write(dir.resolve("a_0.csv"), "1,NaN");
        assertAt(firstError(regressionColumn("a_%d.csv", 0, 0)), "a_0.csv", 1, 2,
                "expected a finite number, found \"NaN\"");
        CsvTestFiles.write(dir.resolve("a_0.csv"), "1,2", "-Infinity,3");
        assertAt(firstError(regressionColumn("a_%d.csv", 0, 0)), "a_0.csv", 2, 1,
                "expected a finite number, found \"-Infinity\"");
    }

    @Test
    void blankLineBetweenStepsIsRefusedButTrailingBlankLinesAreNot() {
        CsvTestFiles.writeRaw(dir.resolve("a_0.csv"), "1,2\n3,4\n\n\n");
        assertEquals(1, CsvSequenceSource.open(regressionColumn("a_%d.csv", 0, 0), dir)
                .check(ImportProgress.NONE, () -> false));
        CsvTestFiles.writeRaw(dir.resolve("a_0.csv"), "1,2\n\n3,4\n");
        assertAt(firstError(regressionColumn("a_%d.csv", 0, 0)), "a_0.csv", 2, 0, "empty line between time steps");
    }

    @Test
    void lineNumbersCountSkippedHeaderLines() {
        CsvTestFiles.write(dir.resolve("a_0.csv"), "# recorded 2024", "x,y", "1,2", "3,oops");
        assertAt(firstError(regressionColumn("a_%d.csv", 0, 2)), "a_0.csv", 4, 2, "found \"oops\"");
    }

    @Test
    void fileWithDifferentColumnsFromTheFirstFile() {
        CsvTestFiles.write(dir.resolve("a_0.csv"), "1,2,3");
        CsvTestFiles.write(dir.resolve("a_1.csv"), "1,2");
        assertAt(firstError(regressionColumn("a_%d.csv", 1, 0)), "a_1.csv", 0, 0,
                "has 1 feature columns, but a_0.csv has 2");
    }

    @Test
    void specRulesAreCheckedWhenBuilt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NumberedFiles("walk.csv", 0, 3));
        assertTrue(e.getMessage().contains("exactly one %d or %0Nd"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SequenceCsvSpec.labelsInColumns(
                new NumberedFiles("a_%d.csv", 0, 0), List.of(0, 1), LabelType.CLASSIFICATION, 3,
                AlignmentMode.EQUAL_LENGTH, CsvFormat.detect()));
        assertTrue(e.getMessage().contains("classification takes one label column"), e.getMessage());
    }

    @Test
    void cancellationStopsTheCheck() {
        CsvTestFiles.write(dir.resolve("a_0.csv"), "1,2");
        CsvTestFiles.write(dir.resolve("a_1.csv"), "1,2");
        int[] seen = new int[1];
        CsvSequenceSource source = CsvSequenceSource.open(regressionColumn("a_%d.csv", 1, 0), dir);
        assertThrows(java.util.concurrent.CancellationException.class,
                () -> source.check((done, total) -> seen[0] = done, () -> seen[0] >= 1));
        assertEquals(1, seen[0], "stopped after the first file");
    }
}
