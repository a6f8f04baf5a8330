package org.rnnworkbench.app.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.rnnworkbench.model.data.Delimiter;

/**
 * Reads lines of a file for the raw preview: the first lines, and the lines around one further down (an error's),
 * skipped lines marked, the others split into cells.
 */
public final class RawPreview {
    /** Lines shown before a line further down, for its context. */
    static final int BEFORE = 5;
    /** Lines shown after it. */
    static final int AFTER = 4;

    private RawPreview() {
    }

    /**
     * Lines {@code 1..first}, and when {@code around} lies beyond them, lines {@code around - BEFORE} to
     * {@code around + AFTER} as well; what lies between is read past, not kept, so that an error on line 500,000
     * shows as quickly and in as few rows as one on line 5.
     *
     * @param file the file
     * @param linesToSkip header lines
     * @param delimiter how lines are split
     * @param first how many lines to show from the top
     * @param around a line to show further down (an error's), 0 for none
     * @throws IOException when the file cannot be read
     */
    public static List<RawLine> read(Path file, int linesToSkip, Delimiter delimiter, int first, int around)
            throws IOException {
        List<RawLine> lines = new ArrayList<>();
        String split = Pattern.quote(String.valueOf(delimiter.symbol()));
        int last = Math.max(first, around + AFTER);
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while (number < last && (line = reader.readLine()) != null) {
                number++;
                if (number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                if (number > first && number < around - BEFORE) {
                    continue;
                }
                boolean skipped = number <= linesToSkip;
                lines.add(new RawLine(number, line, skipped,
                        skipped ? List.of() : Arrays.asList(line.split(split, -1))));
            }
        }
        return lines;
    }
}
