package org.rnnworkbench.model.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The byte-level reader of one sequence CSV file: every form of number, line and cell the DataVec-based
 * reader accepted is read to the same values, and every bad input is refused with the same message at the
 * same line and column ({@link DataVecCsvReference} is that reader, kept for this comparison).
 */
class CsvSequenceFileReaderTest {
    @TempDir
    Path dir;

    private double[][] read(String content, int linesToSkip, Delimiter delimiter) {
        Path file = CsvTestFiles.writeRaw(dir.resolve("s.csv"), content);
        StepValues v = new CsvSequenceFileReader(linesToSkip, delimiter).read(file).values();
        double[][] rows = new double[v.steps()][v.columns()];
        for (int s = 0; s < v.steps(); s++) {
            for (int c = 0; c < v.columns(); c++) {
                rows[s][c] = v.get(s, c);
            }
        }
        return rows;
    }

    private SequenceImportException error(String content, int linesToSkip, Delimiter delimiter) {
        Path file = CsvTestFiles.writeRaw(dir.resolve("s.csv"), content);
        return assertThrows(SequenceImportException.class,
                () -> new CsvSequenceFileReader(linesToSkip, delimiter).read(file));
    }

    @Test
    void numbersInEveryFormTheJdkReads() {
        String line = "1.5e3,-2,+.5,7.,-0.125E-2, 3 ,\t4\t,0x1p3,2.5f,1d,00012.50,123456789012345678901234";
        double[][] rows = read(line + "\n", 0, Delimiter.COMMA);
        assertArrayEquals(new double[] {1500, -2, 0.5, 7, -0.00125, 3, 4, 8, 2.5, 1, 12.5, 1.2345678901234568e23},
                rows[0]);
    }

    @Test
    void lineEndsAndByteOrderMark() {
        double[][] expected = {{1, 2}, {3, 4}, {5, 6}};
        assertArrayEquals(expected, read("1,2\r\n3,4\r\n5,6\r\n", 0, Delimiter.COMMA));
        assertArrayEquals(expected, read("1,2\r3,4\r5,6", 0, Delimiter.COMMA));
        assertArrayEquals(expected, read("\uFEFF1;2\n3;4\n5;6", 0, Delimiter.SEMICOLON));
        assertArrayEquals(expected, read("\uFEFFa\tb\n1\t2\n3\t4\n5\t6\n", 1, Delimiter.TAB));
    }

    @Test
    void trailingDelimiterIsDroppedAsBefore() {
        assertArrayEquals(new double[][] {{1, 2}, {3, 4}}, read("1,2,\n3,4,,\n", 0, Delimiter.COMMA));
    }

    @Test
    void trailingBlankLinesAreIgnoredButABlankLineBetweenStepsIsRefused() {
        assertArrayEquals(new double[][] {{1, 2}}, read("1,2\n\n  \n\t\n", 0, Delimiter.COMMA));
        SequenceImportException e = error("h\n1,2\n \n3,4\n", 1, Delimiter.COMMA);
        assertEquals(3, e.line());
        assertEquals(0, e.column());
        assertTrue(e.problem().startsWith("empty line between time steps; expected 2 values as on line 2"),
                e.getMessage());
        SequenceImportException single = error("1\n\n2\n", 0, Delimiter.COMMA);
        assertEquals(2, single.line());
        assertEquals(1, single.column());
        assertEquals("expected a number, found an empty value", single.problem());
    }

    @Test
    void badCellsAreReportedAtTheirLineAndColumn() {
        SequenceImportException e = error("x,y\n1,2,3\n4, 5 ,oops\n", 1, Delimiter.COMMA);
        assertEquals(3, e.line());
        assertEquals(3, e.column());
        assertEquals("expected a number, found \"oops\"", e.problem());
        SequenceImportException accent = error("1;2\n3;\u00e9t\u00e9\n", 0, Delimiter.SEMICOLON);
        assertEquals("expected a number, found \"\u00e9t\u00e9\"", accent.problem());
        SequenceImportException header = error("a,b\n1,2\n", 0, Delimiter.COMMA);
        assertEquals("expected a number, found \"a\" (if this line is a header, set lines to skip to 1)",
                header.problem());
        SequenceImportException infinite = error("1,1e999\n", 0, Delimiter.COMMA);
        assertEquals("expected a finite number, found \"1e999\"", infinite.problem());
        SequenceImportException ragged = error("1,2\n3\n", 0, Delimiter.COMMA);
        assertEquals(2, ragged.line());
        assertEquals("expected 2 columns as on line 1 (the first data line), found 1", ragged.problem());
    }

    @Test
    void emptyFiles() {
        assertEquals("the file is empty; expected at least one line of numbers", error("", 0, Delimiter.COMMA)
                .problem());
        assertEquals("the file is empty; expected at least one line of numbers", error("\uFEFF\n\n", 0,
                Delimiter.COMMA).problem());
        assertEquals("the file has no lines of numbers after the 2 skipped line(s)", error("a\nb\n", 2,
                Delimiter.COMMA).problem());
    }

    @Test
    void longFilesGrowTheirArray() {
        StringBuilder text = new StringBuilder("1,2\n");
        for (int i = 0; i < 5000; i++) {
            text.append(i % 10).append(',').append(i).append('\n');
        }
        double[][] rows = read(text.toString(), 0, Delimiter.COMMA);
        assertEquals(5001, rows.length);
        assertArrayEquals(new double[] {9, 4999}, rows[5000]);
    }

    /**
     * Thousands of files made of every kind of piece, well-formed or not: the same values, or the same error,
     * as the DataVec-based reader.
     */
    @Test
    void readsEveryFileAsTheDataVecReaderDid() {
        boolean utf8Platform = Charset.defaultCharset().equals(StandardCharsets.UTF_8);
        List<String> cellPool = new ArrayList<>(List.of("1", "-2.5", "+.5", "7.", "1e3", "-1.5E-3", " 3 ", "\t4",
                "0", "-0", "0012.50", "1.5f", "0x1p2", "12345678901234567890", "1e400", "NaN", "Infinity", "abc", "",
                " ", "1.2.3", "\u000b5"));
        if (utf8Platform) {
            // the old reader decoded with the platform's charset; only under UTF-8 are its messages the same
            cellPool.add("\u00e9");
            cellPool.add("\u30002");
        }
        String[] lineEnds = {"\n", "\r\n", "\r"};
        String[] blanks = {"", " ", "\t", "  \t "};
        Random rng = new Random(7);
        int errors = 0;
        for (int f = 0; f < 3000; f++) {
            Delimiter delimiter = Delimiter.values()[rng.nextInt(3)];
            int linesToSkip = rng.nextInt(3);
            boolean clean = rng.nextInt(3) > 0;
            int columns = 1 + rng.nextInt(4);
            StringBuilder text = new StringBuilder();
            if (rng.nextInt(5) == 0) {
                text.append('\uFEFF');
            }
            String lineEnd = lineEnds[rng.nextInt(lineEnds.length)];
            for (int h = 0; h < linesToSkip; h++) {
                text.append("head").append(delimiter.symbol()).append("er").append(lineEnd);
            }
            int lines = rng.nextInt(6);
            for (int l = 0; l < lines; l++) {
                if (!clean && rng.nextInt(8) == 0) {
                    text.append(blanks[rng.nextInt(blanks.length)]);
                } else {
                    int cells = clean || rng.nextInt(6) > 0 ? columns : 1 + rng.nextInt(4);
                    for (int c = 0; c < cells; c++) {
                        if (c > 0) {
                            text.append(delimiter.symbol());
                        }
                        text.append(clean ? Double.toString(rng.nextGaussian()) : cellPool.get(rng.nextInt(
                                cellPool.size())));
                    }
                    if (!clean && rng.nextInt(10) == 0) {
                        text.append(delimiter.symbol());
                    }
                }
                if (l < lines - 1 || rng.nextBoolean()) {
                    text.append(lineEnd);
                }
            }
            for (int b = rng.nextInt(3); b > 0 && !clean; b--) {
                text.append(blanks[rng.nextInt(blanks.length)]).append(lineEnd);
            }
            errors += compare(text.toString(), linesToSkip, delimiter, f) ? 0 : 1;
        }
        assertTrue(errors > 300 && errors < 2700, "both good and bad files were compared: " + errors + " errors");
    }

    /** @return true when the file was read, false when both readers refused it alike */
    private boolean compare(String content, int linesToSkip, Delimiter delimiter, int index) {
        Path file = CsvTestFiles.writeRaw(dir.resolve("r_" + index + ".csv"), content);
        String what = "file " + index + " " + content.replace("\n", "\\n").replace("\r", "\\r") + " skip "
                + linesToSkip + " " + delimiter;
        double[][] expected;
        try {
            expected = new DataVecCsvReference(linesToSkip, delimiter).read(file);
        } catch (SequenceImportException old) {
            SequenceImportException e = assertThrows(SequenceImportException.class,
                    () -> new CsvSequenceFileReader(linesToSkip, delimiter).read(file), what);
            assertEquals(old.getMessage(), e.getMessage(), what);
            assertEquals(old.line(), e.line(), what);
            assertEquals(old.column(), e.column(), what);
            return false;
        }
        StepValues v = new CsvSequenceFileReader(linesToSkip, delimiter).read(file).values();
        assertEquals(expected.length, v.steps(), what);
        for (int s = 0; s < expected.length; s++) {
            assertEquals(expected[s].length, v.columns(), what);
            for (int c = 0; c < v.columns(); c++) {
                assertEquals(Double.doubleToRawLongBits(expected[s][c]), Double.doubleToRawLongBits(v.get(s, c)),
                        what + " step " + s + " column " + c);
            }
        }
        return true;
    }
}
