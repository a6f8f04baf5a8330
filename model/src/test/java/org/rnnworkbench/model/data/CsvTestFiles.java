package org.rnnworkbench.model.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Writes small sequence CSV files for tests. */
final class CsvTestFiles {
    private CsvTestFiles() {
    }

    /** Writes {@code lines} joined with LF and a final LF, as UTF-8 without a byte order mark. */
    static Path write(Path file, String... lines) {
        return writeRaw(file, String.join("\n", lines) + "\n");
    }

    static Path writeRaw(Path file, String content) {
        return writeBytes(file, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path writeBytes(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code rows[step][column]} as comma-separated lines. */
    static Path writeRows(Path file, double[][] rows) {
        String[] lines = Arrays.stream(rows)
                .map(row -> Arrays.stream(row).mapToObj(CsvTestFiles::format).collect(Collectors.joining(",")))
                .toArray(String[]::new);
        return write(file, lines);
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
