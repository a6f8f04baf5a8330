package org.rnnworkbench.model.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Guesses the delimiter of a sequence CSV file from its first data lines (DataVec needs it given). A
 * candidate wins when it splits every sampled line into the same number of columns and every value is a
 * number; among winners the one giving most columns is taken. Checking the values, not only counting
 * characters, keeps {@code 1,5;2,5} (decimal commas) from being read as comma-separated.
 */
final class DelimiterDetector {
    private static final int SAMPLE_LINES = 5;

    private DelimiterDetector() {
    }

    /** The delimiter of {@code file}; {@link Delimiter#COMMA} when the sample has a single column. */
    static Delimiter detect(Path file, int linesToSkip) {
        List<String> sample = sample(file, linesToSkip);
        Delimiter numeric = widest(sample, true);
        if (numeric != null) {
            return numeric;
        }
        // No candidate gives clean numeric columns (the file has a problem the reader will report with its
        // position); take the one giving the same column count on every line, so that report is about the
        // values rather than a wrong split.
        Delimiter consistent = widest(sample, false);
        return consistent != null ? consistent : Delimiter.COMMA;
    }

    /** The candidate that splits every sampled line into the same number (more than one) of columns. */
    private static Delimiter widest(List<String> sample, boolean numericOnly) {
        Delimiter best = null;
        int bestColumns = 1;
        for (Delimiter candidate : Delimiter.values()) {
            int columns = consistentColumns(sample, candidate, numericOnly);
            if (columns > bestColumns) {
                best = candidate;
                bestColumns = columns;
            }
        }
        return best;
    }

    private static List<String> sample(Path file, int linesToSkip) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = Utf8Files.reader(file)) {
            for (int i = 0; i < linesToSkip; i++) {
                if (reader.readLine() == null) {
                    return lines;
                }
            }
            String line;
            while (lines.size() < SAMPLE_LINES && (line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw SequenceImportException.inFile(file, "could not be read: " + e.getMessage());
        }
        return lines;
    }

    private static int consistentColumns(List<String> sample, Delimiter delimiter, boolean numericOnly) {
        int columns = -1;
        for (String line : sample) {
            String[] values = line.split(delimiter.asRegex(), -1);
            if (columns >= 0 && values.length != columns) {
                return 0;
            }
            columns = values.length;
            for (String value : values) {
                if (numericOnly && !isNumber(value)) {
                    return 0;
                }
            }
        }
        return Math.max(columns, 0);
    }

    private static boolean isNumber(String value) {
        try {
            Double.parseDouble(value.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
