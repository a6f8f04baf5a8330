package org.rnnworkbench.model.data;

import java.nio.file.Path;

/**
 * Bad input found while importing sequences. Carries where it was found so a user interface can point at
 * it: the file, the line (1-based, counting skipped header lines, as a text editor shows it) and the column
 * (1-based), each absent when the problem is not about one place. The message says all of it in words:
 * {@code "walk_3.csv, line 7, column 2: expected a number, found \"abc\""}.
 */
public final class SequenceImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    private SequenceImportException(Path file, int line, int column, String problem) {
        super(describe(file, line, column, problem));
        this.file = file == null ? null : file.toString();
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** A problem with the data set as a whole (for example an empty folder). */
    public static SequenceImportException general(String problem) {
        return new SequenceImportException(null, 0, 0, problem);
    }

    /** A problem with one whole file (for example a missing or empty file). */
    public static SequenceImportException inFile(Path file, String problem) {
        return new SequenceImportException(file, 0, 0, problem);
    }

    /** A problem with one line of a file (for example the wrong number of columns). */
    public static SequenceImportException atLine(Path file, int line, String problem) {
        return new SequenceImportException(file, line, 0, problem);
    }

    /** A problem with one value. */
    public static SequenceImportException atCell(Path file, int line, int column, String problem) {
        return new SequenceImportException(file, line, column, problem);
    }

    /** The file's path, or {@code null} when the problem is not in one file. */
    public String file() {
        return file;
    }

    /** 1-based line number, or 0 when the problem is not on one line. */
    public int line() {
        return line;
    }

    /** 1-based column number, or 0 when the problem is not in one column. */
    public int column() {
        return column;
    }

    /** What was wrong, without the position. */
    public String problem() {
        return problem;
    }

    private static String describe(Path file, int line, int column, String problem) {
        StringBuilder where = new StringBuilder();
        if (file != null) {
            where.append(file);
        }
        if (line > 0) {
            where.append(where.length() > 0 ? ", " : "").append("line ").append(line);
        }
        if (column > 0) {
            where.append(where.length() > 0 ? ", " : "").append("column ").append(column);
        }
        return where.length() == 0 ? problem : where + ": " + problem;
    }
}
