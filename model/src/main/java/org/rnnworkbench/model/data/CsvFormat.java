package org.rnnworkbench.model.data;

/**
 * How the lines of a sequence CSV file are written. Files are read as UTF-8, with or without a byte order
 * mark, with LF or CRLF line ends; one line is one time step.
 *
 * @param linesToSkip header lines at the start of every file, skipped before the first time step
 * @param delimiter the column separator, or {@code null} to detect it from the first file
 */
public record CsvFormat(int linesToSkip, Delimiter delimiter) {

    public CsvFormat {
        if (linesToSkip < 0) {
            throw new IllegalArgumentException("linesToSkip must be 0 or more, got " + linesToSkip);
        }
    }

    /** No header, delimiter detected. */
    public static CsvFormat detect() {
        return new CsvFormat(0, null);
    }

    public static CsvFormat of(int linesToSkip, Delimiter delimiter) {
        return new CsvFormat(linesToSkip, delimiter);
    }
}
