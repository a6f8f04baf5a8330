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

/** Reads the first lines of a file for the raw preview: skipped lines marked, the others split into cells. */
public final class RawPreview {
    private RawPreview() {
    }

    /**
     * @param file the file
     * @param linesToSkip header lines
     * @param delimiter how lines are split
     * @param atLeast read at least this many lines ({@code maxLines} normally, more to show a line further down)
     * @throws IOException when the file cannot be read
     */
    public static List<RawLine> read(Path file, int linesToSkip, Delimiter delimiter, int atLeast)
            throws IOException {
        List<RawLine> lines = new ArrayList<>();
        String split = Pattern.quote(String.valueOf(delimiter.symbol()));
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while (lines.size() < atLeast && (line = reader.readLine()) != null) {
                if (lines.isEmpty() && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                int number = lines.size() + 1;
                boolean skipped = number <= linesToSkip;
                lines.add(new RawLine(number, line, skipped,
                        skipped ? List.of() : Arrays.asList(line.split(split, -1))));
            }
        }
        return lines;
    }
}
