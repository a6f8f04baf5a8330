package org.rnnworkbench.model.data;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.datavec.api.records.reader.impl.csv.CSVSequenceRecordReader;
import org.datavec.api.writable.Writable;

/**
 * The reader of sequence CSV files as it was before decision 0008, kept as the reference the byte-level
 * reader is compared with: it reads one file (one time step per line) into numbers, through DataVec's
 * {@link CSVSequenceRecordReader}, and checks what DataVec does not: every value is a finite number, every
 * line has the columns of the first data line, the file has data. Each problem is reported with its line
 * and column.
 *
 * <p>DataVec reads one record per line and keeps blank lines as a one-value record, which is what lets a
 * record's index give its line number. Blank lines at the end of a file are ignored; a blank line between
 * steps is refused, because it usually means a missing step. DataVec splits lines with
 * {@link String#split(String)}, which drops empty values at the end of a line, so {@code 1,2,} reads as two
 * columns. Its reader decodes with the platform charset; the numbers are ASCII, so this only matters for
 * how a bad non-ASCII value is quoted in a message.
 */
final class DataVecCsvReference {
    private final CSVSequenceRecordReader reader;
    private final int linesToSkip;

    DataVecCsvReference(int linesToSkip, Delimiter delimiter) {
        this.reader = new CSVSequenceRecordReader(linesToSkip, delimiter.asRegex());
        this.linesToSkip = linesToSkip;
    }

    /** The values {@code [step][column]} of the file. */
    double[][] read(Path file) {
        List<List<Writable>> records;
        try (DataInputStream in = new DataInputStream(Utf8Files.open(file))) {
            records = reader.sequenceRecord(file.toUri(), in);
        } catch (IOException e) {
            throw SequenceImportException.inFile(file, "could not be read: " + e.getMessage());
        }
        int steps = records.size();
        while (steps > 0 && isBlank(records.get(steps - 1))) {
            steps--;
        }
        int firstLine = linesToSkip + 1;
        if (steps == 0) {
            throw SequenceImportException.inFile(file, linesToSkip == 0 ? "the file is empty; expected at least one"
                    + " line of numbers" : "the file has no lines of numbers after the " + linesToSkip
                    + " skipped line(s)");
        }
        int columns = records.get(0).size();
        double[][] values = new double[steps][columns];
        for (int step = 0; step < steps; step++) {
            List<Writable> record = records.get(step);
            int line = firstLine + step;
            if (isBlank(record) && columns > 1) {
                throw SequenceImportException.atLine(file, line, "empty line between time steps; expected "
                        + columns + " values as on line " + firstLine);
            }
            if (record.size() != columns) {
                throw SequenceImportException.atLine(file, line, "expected " + columns + " columns as on line "
                        + firstLine + " (the first data line), found " + record.size());
            }
            for (int column = 0; column < columns; column++) {
                values[step][column] = parse(file, line, column, record.get(column).toString(), step == 0);
            }
        }
        return values;
    }

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

    private static boolean isBlank(List<Writable> record) {
        return record.size() == 1 && record.get(0).toString().isBlank();
    }
}
