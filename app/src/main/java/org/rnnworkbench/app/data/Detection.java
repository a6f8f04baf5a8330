package org.rnnworkbench.app.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.rnnworkbench.model.data.Delimiter;
import org.rnnworkbench.model.data.ExampleFiles;
import org.rnnworkbench.model.data.LabelType;

/**
 * What the first examples of a data set suggest: the task (classification when every label is a whole number
 * of 0 or more, with {@code max + 1} classes; regression otherwise), the layout from the file lengths, and
 * whether sequences vary in length. A guess the user can change; the import itself checks every file.
 *
 * @param labelType the suggested task
 * @param numClasses suggested number of classes (0 for regression)
 * @param layout many-to-many, many-to-one, one-to-many or mixed
 * @param variableLength true when the sampled feature lengths differ
 * @param sampled number of examples read
 */
public record Detection(LabelType labelType, int numClasses, SequenceLayout layout, boolean variableLength,
        int sampled) {
    /** Examples read to guess; enough to see a pattern, few enough to be instant. */
    public static final int SAMPLE = 40;

    /**
     * Reads the first examples.
     *
     * @param labelColumns zero-indexed label columns when labels are in the feature files, else ignored
     * @throws IOException when a file cannot be read
     */
    public static Detection of(List<ExampleFiles> examples, int linesToSkip, Delimiter featureDelimiter,
            Delimiter labelDelimiter, List<Integer> labelColumns) throws IOException {
        boolean integral = true;
        double max = 0;
        int manyToOne = 0;
        int oneToMany = 0;
        int equal = 0;
        int firstLength = -1;
        boolean variable = false;
        int n = Math.min(SAMPLE, examples.size());
        for (int i = 0; i < n; i++) {
            ExampleFiles files = examples.get(i);
            List<String[]> features = rows(files.features(), linesToSkip, featureDelimiter);
            List<String[]> labels;
            List<Integer> columns;
            if (files.labels() == null) {
                labels = features;
                columns = labelColumns;
            } else {
                labels = rows(files.labels(), linesToSkip, labelDelimiter);
                columns = List.of(0);
            }
            for (String[] row : labels) {
                for (int c : columns) {
                    double v = c < row.length ? number(row[c]) : Double.NaN;
                    integral &= v >= 0 && v == Math.rint(v);
                    max = Double.isNaN(v) ? max : Math.max(max, v);
                }
            }
            int f = features.size();
            int l = labels.size();
            if (f == l) {
                equal++;
            } else if (l == 1) {
                manyToOne++;
            } else if (f == 1) {
                oneToMany++;
            }
            variable |= firstLength >= 0 && f != firstLength;
            firstLength = firstLength < 0 ? f : firstLength;
        }
        SequenceLayout layout = equal == n ? SequenceLayout.MANY_TO_MANY
                : manyToOne == n ? SequenceLayout.MANY_TO_ONE
                : oneToMany == n ? SequenceLayout.ONE_TO_MANY : SequenceLayout.MIXED;
        boolean classification = integral && n > 0 && max >= 1 && (files(examples) || labelColumns.size() == 1);
        return new Detection(classification ? LabelType.CLASSIFICATION : LabelType.REGRESSION,
                classification ? (int) max + 1 : 0, layout, variable, n);
    }

    /** True when labels sit in their own files (the one-column check happens there). */
    private static boolean files(List<ExampleFiles> examples) {
        return !examples.isEmpty() && examples.get(0).labels() != null;
    }

    /** In words, e.g. {@code many-to-one: one label per sequence …; sequences vary in length}. */
    public String describe() {
        return layout.title() + ": " + layout.words() + (variableLength ? "; sequences vary in length"
                : "; every sequence read has the same length") + " (from the first " + sampled
                + (sampled == 1 ? " example)" : " examples)");
    }

    private static List<String[]> rows(Path file, int skip, Delimiter delimiter) throws IOException {
        List<String[]> rows = new ArrayList<>();
        String split = Pattern.quote(String.valueOf(delimiter.symbol()));
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                if (++number <= skip || line.isBlank()) {
                    continue;
                }
                rows.add(line.replace("\uFEFF", "").split(split, -1));
            }
        }
        return rows;
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
