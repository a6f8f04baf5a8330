package org.rnnworkbench.model.data;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Fits a {@link Normalization} of the feature columns on the training examples only (fitting on validation
 * data would leak it into training). Streams: one example in memory at a time; statistics in double with
 * Welford's update, so long data sets do not lose precision.
 */
public final class NormalizationFitter {

    private NormalizationFitter() {
    }

    /**
     * @param source the opened data set; an existing normalization in its spec is ignored (raw values are fitted)
     * @param train the training examples, such as {@link TrainValidationSplit#train()}
     * @throws SequenceImportException at the first bad file
     * @throws CancellationException when {@code cancelled} turns true
     */
    public static Normalization fit(CsvSequenceSource source, List<ExampleFiles> train, NormalizationType type,
            ImportProgress progress, BooleanSupplier cancelled) {
        if (train.isEmpty()) {
            throw new IllegalArgumentException("a normalization needs at least one training example");
        }
        ExampleParser parser = source.parser(source.spec().withNormalization(null));
        double[] mean = null;
        double[] m2 = null;
        double[] min = null;
        double[] max = null;
        long count = 0;
        for (int i = 0; i < train.size(); i++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("fitting the normalization was cancelled");
            }
            SequenceExample example = parser.parse(train.get(i));
            int columns = example.nIn();
            if (mean == null) {
                mean = new double[columns];
                m2 = new double[columns];
                min = new double[columns];
                max = new double[columns];
                Arrays.fill(min, Double.POSITIVE_INFINITY);
                Arrays.fill(max, Double.NEGATIVE_INFINITY);
            } else if (columns != mean.length) {
                throw SequenceImportException.inFile(train.get(i).features(), "has " + columns
                        + " feature columns, but earlier files have " + mean.length);
            }
            StepValues features = example.features();
            for (int step = 0; step < features.steps(); step++) {
                count++;
                for (int c = 0; c < columns; c++) {
                    double x = features.get(step, c);
                    double delta = x - mean[c];
                    mean[c] += delta / count;
                    m2[c] += delta * (x - mean[c]);
                    min[c] = Math.min(min[c], x);
                    max[c] = Math.max(max[c], x);
                }
            }
            progress.update(i + 1, train.size());
        }
        double[] shift = new double[mean.length];
        double[] scale = new double[mean.length];
        for (int c = 0; c < mean.length; c++) {
            double spread = type == NormalizationType.STANDARDIZE ? Math.sqrt(m2[c] / count) : max[c] - min[c];
            shift[c] = type == NormalizationType.STANDARDIZE ? mean[c] : min[c];
            // A constant column has no spread to divide by; it is only shifted (to 0).
            scale[c] = spread > 0 ? spread : 1.0;
        }
        return new Normalization(type, shift, scale);
    }
}
