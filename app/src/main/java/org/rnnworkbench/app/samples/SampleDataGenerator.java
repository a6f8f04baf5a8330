package org.rnnworkbench.app.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes the data of every sample project from fixed seeds, so the same files come out on every machine:
 * {@code generate(root)} fills {@code root/<sample>/data/}. Each sample's CSV layout is the DL4J guide's: one
 * sequence per file, one time step per line, features and labels in parallel folders with the same numbers.
 */
public final class SampleDataGenerator {
    public static final String CHARACTER_MODEL = "character-model";
    public static final String SEQUENCE_CLASSIFICATION = "sequence-classification";
    public static final String REGRESSION = "regression";
    public static final String ONE_TO_MANY = "one-to-many";
    public static final String TRUNCATED_BPTT = "truncated-bptt";

    /** Characters of the character model's text. */
    static final int TEXT_SIZE = 1_500_000;

    private SampleDataGenerator() {
    }

    /** Command line: {@code SampleDataGenerator <sample-projects folder>}. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "sample-projects");
        generate(root);
        System.out.println("Sample data written under " + root.toAbsolutePath());
    }

    public static void generate(Path root) throws IOException {
        characterModel(root.resolve(CHARACTER_MODEL).resolve("data"));
        sequenceClassification(root.resolve(SEQUENCE_CLASSIFICATION).resolve("data"), 100);
        regression(root.resolve(REGRESSION).resolve("data"), 300);
        oneToMany(root.resolve(ONE_TO_MANY).resolve("data"), 240);
        truncatedBptt(root.resolve(TRUNCATED_BPTT).resolve("data"), 200);
    }

    static void characterModel(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("text.txt"), new GrammarText(20261122L).generate(TEXT_SIZE), StandardCharsets.UTF_8);
    }

    /** Six control-chart classes, {@code perClass} charts each, lengths 40-80; one-line label files. */
    static void sequenceClassification(Path dir, int perClass) throws IOException {
        ControlCharts charts = new ControlCharts(7L);
        SplittableRandom lengths = new SplittableRandom(8L);
        Layout out = new Layout(dir);
        int n = 0;
        // Classes interleaved, so any prefix of the files is balanced.
        for (int i = 0; i < perClass; i++) {
            for (int cls = 0; cls < ControlCharts.CLASSES.length; cls++) {
                double[] y = charts.chart(cls, 40 + lengths.nextInt(41));
                out.features(n, column(y));
                out.labels(n, cls + "\n");
                n++;
            }
        }
    }

    /** Next value of damped oscillations, lengths 50-150, labels one step ahead of the features. */
    static void regression(Path dir, int count) throws IOException {
        DampedOscillations waves = new DampedOscillations(11L);
        SplittableRandom lengths = new SplittableRandom(12L);
        Layout out = new Layout(dir);
        for (int i = 0; i < count; i++) {
            int length = 50 + lengths.nextInt(101);
            double[] v = waves.series(length);
            StringBuilder f = new StringBuilder();
            StringBuilder l = new StringBuilder();
            for (int t = 0; t < length; t++) {
                f.append(number(v[t])).append('\n');
                l.append(number(v[t + 1])).append('\n');
            }
            out.features(i, f.toString());
            out.labels(i, l.toString());
        }
    }

    /** Fixed 12-step pattern of 5 symbols per class, one of 4 classes given as a one-hot first step only. */
    static void oneToMany(Path dir, int count) throws IOException {
        int classes = 4;
        int symbols = 5;
        int length = 12;
        SplittableRandom rng = new SplittableRandom(13L);
        int[][] patterns = new int[classes][length];
        for (int[] p : patterns) {
            for (int t = 0; t < length; t++) {
                p[t] = rng.nextInt(symbols);
            }
        }
        Layout out = new Layout(dir);
        for (int i = 0; i < count; i++) {
            int cls = i % classes;
            StringBuilder f = new StringBuilder();
            for (int c = 0; c < classes; c++) {
                f.append(c == 0 ? "" : ",").append(c == cls ? "1" : "0");
            }
            out.features(i, f.append('\n').toString());
            StringBuilder l = new StringBuilder();
            for (int t = 0; t < length; t++) {
                l.append(patterns[cls][t]).append('\n');
            }
            out.labels(i, l.toString());
        }
    }

    /**
     * Long noisy sequences (2,000-2,400 steps) with a marker in the first 50 steps: +1 for class 1, -1 for
     * class 0 in the second column; the label comes only at the end, so the network must carry the marker
     * across the whole sequence.
     */
    static void truncatedBptt(Path dir, int count) throws IOException {
        SplittableRandom rng = new SplittableRandom(17L);
        Layout out = new Layout(dir);
        for (int i = 0; i < count; i++) {
            int length = 2000 + rng.nextInt(401);
            int cls = i % 2;
            int markerAt = 5 + rng.nextInt(45);
            StringBuilder f = new StringBuilder(length * 16);
            for (int t = 0; t < length; t++) {
                double marker = t == markerAt ? (cls == 1 ? 1 : -1) : 0;
                f.append(number(rng.nextGaussian() * 0.5)).append(',').append(number(marker)).append('\n');
            }
            out.features(i, f.toString());
            out.labels(i, cls + "\n");
        }
    }

    private static String column(double[] values) {
        StringBuilder sb = new StringBuilder();
        for (double v : values) {
            sb.append(number(v)).append('\n');
        }
        return sb.toString();
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.5f", v);
    }

    /** The guide's layout: {@code features/<n>.csv} and {@code labels/<n>.csv}. */
    private static final class Layout {
        private final Path features;
        private final Path labels;

        Layout(Path dir) throws IOException {
            this.features = Files.createDirectories(dir.resolve("features"));
            this.labels = Files.createDirectories(dir.resolve("labels"));
        }

        void features(int n, String text) {
            write(features.resolve(n + ".csv"), text);
        }

        void labels(int n, String text) {
            write(labels.resolve(n + ".csv"), text);
        }

        private static void write(Path file, String text) {
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
