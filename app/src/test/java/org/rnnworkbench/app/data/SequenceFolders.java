package org.rnnworkbench.app.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes small sequence CSV folders for tests: {@code features/<i>.csv} with {@code nIn} columns and
 * {@code labels/<i>.csv}. Values are chosen so every cell tells its example, step and column apart:
 * {@code example + step / 10 + column / 100}.
 */
public final class SequenceFolders {
    private SequenceFolders() {
    }

    /**
     * Variable-length features with one-line (many-to-one) class labels.
     *
     * @param lengths the length of each example's features
     * @param numClasses classes; example {@code i} has class {@code i % numClasses}
     */
    public static Path manyToOne(Path root, int nIn, int numClasses, int... lengths) {
        for (int i = 0; i < lengths.length; i++) {
            write(root.resolve("features").resolve(i + ".csv"), features(i, lengths[i], nIn));
            write(root.resolve("labels").resolve(i + ".csv"), (i % numClasses) + "\n");
        }
        return root;
    }

    /** Features and per-step class labels of the same length (many-to-many). */
    public static Path manyToMany(Path root, int nIn, int numClasses, int... lengths) {
        for (int i = 0; i < lengths.length; i++) {
            write(root.resolve("features").resolve(i + ".csv"), features(i, lengths[i], nIn));
            StringBuilder labels = new StringBuilder();
            for (int t = 0; t < lengths[i]; t++) {
                labels.append((i + t) % numClasses).append('\n');
            }
            write(root.resolve("labels").resolve(i + ".csv"), labels.toString());
        }
        return root;
    }

    static String features(int example, int length, int nIn) {
        StringBuilder text = new StringBuilder();
        for (int t = 0; t < length; t++) {
            for (int c = 0; c < nIn; c++) {
                text.append(c == 0 ? "" : ",").append(value(example, t, c));
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** The value written at (example, step, column). */
    public static double value(int example, int step, int column) {
        return example + step / 10.0 + column / 100.0;
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
