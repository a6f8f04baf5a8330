package org.rnnworkbench.model.data;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads one sequence CSV file (one time step per line) into numbers and checks it: every value is a finite
 * number, every line has the columns of the first data line, the file has data. Each problem is reported
 * with its line and column.
 *
 * <p>The file is read whole as UTF-8 bytes and numbers are read from the bytes of each cell, without a
 * {@code String} or a DataVec {@code Writable} per value (decision 0008: DataVec's record reader was most of
 * the import's time). It reads exactly what DataVec's {@code CSVSequenceRecordReader} read before, with the
 * same results and messages: lines and cells as {@link CsvLineCells} describes (so {@code 1,2,} reads as two
 * columns); values trimmed of spaces and control characters and read as {@link Double#parseDouble} reads
 * them (FastDoubleParser's {@code JavaDoubleParser} reads the bytes with the JDK's rules). Blank lines
 * at the end of a file are ignored; a blank line between steps is refused, because it usually means a
 * missing step.
 */
final class CsvSequenceFileReader {
    private static final int SPACE = ' ';

    private final int linesToSkip;
    private final CsvLineCells cells;

    CsvSequenceFileReader(int linesToSkip, Delimiter delimiter) {
        this.linesToSkip = linesToSkip;
        this.cells = new CsvLineCells(delimiter);
    }

    ParsedCsv read(Path file) {
        byte[] bytes = Utf8Files.readAll(file);
        cells.reset(bytes, Utf8Files.textStart(bytes), bytes.length);
        for (int i = 0; i < linesToSkip && cells.skipLine(); i++) {
            // header lines
        }
        int firstLine = linesToSkip + 1;
        int columns = -1;
        int steps = 0;
        int lines = 0;
        // A blank line is only an error when a step follows it; until then it may be one of the trailing ones.
        int firstPendingBlank = -1;
        String pendingBlankText = null;
        double[] values = null;
        while (cells.nextLine()) {
            int step = lines++;
            if (columns < 0) {
                columns = cells.cells();
                values = new double[initialCapacity(cells.remaining(), cells.lineLength(), columns)];
            }
            if (cells.isBlank()) {
                if (firstPendingBlank < 0) {
                    firstPendingBlank = step;
                    pendingBlankText = cells.text(0);
                }
                continue;
            }
            if (firstPendingBlank >= 0) {
                throw blankBetweenSteps(file, firstLine, firstPendingBlank, columns, pendingBlankText);
            }
            int line = firstLine + step;
            if (cells.cells() != columns) {
                throw wrongColumns(file, firstLine, line, columns, cells.cells());
            }
            if ((steps + 1) * columns > values.length) {
                values = Arrays.copyOf(values, Math.max(values.length * 2, (steps + 1) * columns));
            }
            int offset = steps * columns;
            for (int column = 0; column < columns; column++) {
                values[offset + column] = cell(file, line, column, step == 0);
            }
            steps++;
        }
        if (steps == 0) {
            throw SequenceImportException.inFile(file, linesToSkip == 0 ? "the file is empty; expected at least one"
                    + " line of numbers" : "the file has no lines of numbers after the " + linesToSkip
                    + " skipped line(s)");
        }
        int used = steps * columns;
        return new ParsedCsv(file, firstLine, new StepValues(used == values.length ? values
                : Arrays.copyOf(values, used), steps, columns));
    }

    /**
     * Room for the values of a file whose lines are about as long as its first, with a quarter to spare; a
     * file of shorter lines grows the array.
     */
    private static int initialCapacity(int remainingBytes, int firstLineBytes, int columns) {
        long lines = remainingBytes / Math.max(1, firstLineBytes) + 1;
        return (int) Math.min(lines * columns * 5 / 4 + columns, 1 << 24);
    }

    /** The value of a cell of the current line: read from its bytes, or by the JDK when it is not plain. */
    private double cell(Path file, int line, int column, boolean firstDataLine) {
        byte[] bytes = cells.bytes();
        int from = cells.start(column);
        int to = cells.end(column);
        // String.trim's rule: drop characters up to U+0020 at both ends (only ASCII bytes are that small)
        while (from < to && bytes[from] >= 0 && bytes[from] <= SPACE) {
            from++;
        }
        while (to > from && bytes[to - 1] >= 0 && bytes[to - 1] <= SPACE) {
            to--;
        }
        try {
            double value = JavaDoubleParser.parseDouble(bytes, from, to - from);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // not a number: the old path below words the message
        }
        return parse(file, line, column, cells.text(column), firstDataLine);
    }

    /** The old path, for any text: the JDK's parser, and the messages for what is not a finite number. */
    private double parse(Path file, int line, int column, String text, boolean firstDataLine) {
        String trimmed = text.trim();
        double value;
        try {
            value = Double.parseDouble(trimmed);
        } catch (NumberFormatException e) {
            String found = trimmed.isEmpty() ? "an empty value" : "\"" + trimmed + "\"";
            String hint = firstDataLine
                    ? " (if this line is a header, set lines to skip to " + (linesToSkip + 1) + ")"
                    : "";
            throw SequenceImportException.atCell(file, line, column + 1, "expected a number, found " + found + hint);
        }
        if (!Double.isFinite(value)) {
            throw SequenceImportException.atCell(file, line, column + 1,
                    "expected a finite number, found \"" + trimmed + "\"");
        }
        return value;
    }

    /**
     * The error for a blank line followed by a step, as the checks of that line give it: with several columns
     * it is an empty line; with one it is an empty value; with none (the first line was only delimiters) it has
     * a column too many.
     */
    private SequenceImportException blankBetweenSteps(Path file, int firstLine, int step, int columns,
            String text) {
        int line = firstLine + step;
        if (columns > 1) {
            return SequenceImportException.atLine(file, line, "empty line between time steps; expected "
                    + columns + " values as on line " + firstLine);
        }
        if (columns != 1) {
            return wrongColumns(file, firstLine, line, columns, 1);
        }
        try {
            parse(file, line, 0, text, step == 0);
        } catch (SequenceImportException e) {
            return e;
        }
        throw new IllegalStateException("a blank value was read as a number: \"" + text + "\"");
    }

    private static SequenceImportException wrongColumns(Path file, int firstLine, int line, int columns,
            int found) {
        return SequenceImportException.atLine(file, line, "expected " + columns + " columns as on line "
                + firstLine + " (the first data line), found " + found);
    }
}
