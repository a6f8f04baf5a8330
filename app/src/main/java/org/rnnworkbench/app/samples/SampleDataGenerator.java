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

    /** Value of the marker column at a marker step: {@code +MARKER} for class 1, {@code -MARKER} for class 2. */
    static final int MARKER = 5;
    /** Label of every step outside an answer window. */
    static final int NO_QUESTION = 0;

    /**
     * Long sequences (2,000-2,400 steps) holding many questions. Two columns: the marker column is
     * {@code +5} or {@code -5} at a marker step and 0 elsewhere; the answer column is 1 while an answer window is
     * open and 0 elsewhere. Each question is a marker, then 60-120 quiet steps, then an answer window of 60-120
     * steps, then 10-40 steps before the next marker. One label per step: 1 inside the window of a {@code +5}
     * marker, 2 inside the window of a {@code -5} marker, 0 ({@link #NO_QUESTION}) everywhere else. A window opens
     * more than 50 and less than 200 steps after its marker, so truncated BPTT with 50-step segments never has a
     * marker and an answer step in one segment, and 200-step segments often do.
     */
    static void truncatedBptt(Path dir, int count) throws IOException {
        SplittableRandom rng = new SplittableRandom(17L);
        Layout out = new Layout(dir);
        for (int i = 0; i < count; i++) {
            int length = 2000 + rng.nextInt(401);
            int[] marker = new int[length];
            int[] label = new int[length];
            boolean[] window = new boolean[length];
            int at = 10 + rng.nextInt(50);
            while (true) {
                int wait = 60 + rng.nextInt(61);
                int answer = 60 + rng.nextInt(61);
                if (at + wait + answer > length) {
                    break;
                }
                boolean positive = rng.nextBoolean();
                marker[at] = positive ? MARKER : -MARKER;
                for (int t = at + wait; t < at + wait + answer; t++) {
                    window[t] = true;
                    label[t] = positive ? 1 : 2;
                }
                at += wait + answer + 10 + rng.nextInt(31);
            }
            StringBuilder f = new StringBuilder(length * 5);
            StringBuilder l = new StringBuilder(length * 2);
            for (int t = 0; t < length; t++) {
                f.append(marker[t]).append(',').append(window[t] ? 1 : 0).append('\n');
                l.append(label[t]).append('\n');
            }
            out.features(i, f.toString());
            out.labels(i, l.toString());
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
