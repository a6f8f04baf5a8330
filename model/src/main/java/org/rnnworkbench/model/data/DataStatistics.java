package org.rnnworkbench.model.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Statistics gathered over every minibatch of a pass: how many sequences have each length, how many present
 * label steps belong to each class, and per feature column min, max, mean and standard deviation over present
 * steps (Welford's update, so long data sets keep precision). Fed from the engine's own minibatches, so what
 * it counts is exactly what training will see. Not thread-safe: one pass, one thread.
 */
public final class DataStatistics {
    private final boolean classification;
    private final TreeMap<Integer, Integer> lengths = new TreeMap<>();
    private long[] classCounts = new long[0];
    private long[] count = new long[0];
    private double[] mean;
    private double[] m2;
    private double[] min;
    private double[] max;
    private int examples;

    public DataStatistics(boolean classification) {
        this.classification = classification;
    }

    /** Adds one minibatch: features {@code [mb, nIn, T]}, labels {@code [mb, nOut, T]}, masks {@code [mb, T]}. */
    public void add(SequenceDataSet batch) {
        int mb = batch.miniBatchSize();
        int time = batch.timeSeriesLength();
        double[][] fMask = mask(batch.featuresMask(), mb, time);
        double[][] lMask = mask(batch.labelsMask(), mb, time);
        INDArray features = batch.features().castTo(DataType.DOUBLE);
        int nIn = (int) features.size(1);
        if (mean == null) {
            count = new long[nIn];
            mean = new double[nIn];
            m2 = new double[nIn];
            min = new double[nIn];
            max = new double[nIn];
            Arrays.fill(min, Double.POSITIVE_INFINITY);
            Arrays.fill(max, Double.NEGATIVE_INFINITY);
        }
        double[] f = features.dup('c').data().asDouble();
        for (int i = 0; i < mb; i++) {
            int length = 0;
            for (int t = 0; t < time; t++) {
                if (fMask[i][t] == 0) {
                    continue;
                }
                length++;
                for (int c = 0; c < nIn; c++) {
                    double x = f[(i * nIn + c) * time + t];
                    count[c]++;
                    double delta = x - mean[c];
                    mean[c] += delta / count[c];
                    m2[c] += delta * (x - mean[c]);
                    min[c] = Math.min(min[c], x);
                    max[c] = Math.max(max[c], x);
                }
            }
            lengths.merge(length, 1, Integer::sum);
        }
        if (classification) {
            countClasses(batch.labels().castTo(DataType.DOUBLE), lMask, mb, time);
        }
        examples += mb;
    }

    private void countClasses(INDArray labels, double[][] mask, int mb, int time) {
        int nOut = (int) labels.size(1);
        if (classCounts.length < nOut) {
            classCounts = Arrays.copyOf(classCounts, nOut);
        }
        double[] l = labels.dup('c').data().asDouble();
        for (int i = 0; i < mb; i++) {
            for (int t = 0; t < time; t++) {
                if (mask[i][t] == 0) {
                    continue;
                }
                for (int c = 0; c < nOut; c++) {
                    if (l[(i * nOut + c) * time + t] != 0) {
                        classCounts[c]++;
                    }
                }
            }
        }
    }

    private static double[][] mask(INDArray m, int mb, int time) {
        if (m == null) {
            double[][] ones = new double[mb][time];
            for (double[] row : ones) {
                Arrays.fill(row, 1);
            }
            return ones;
        }
        return m.castTo(DataType.DOUBLE).toDoubleMatrix();
    }

    /** Sequences read. */
    public int examples() {
        return examples;
    }

    /** Number of sequences of each feature length, by length. */
    public SortedMap<Integer, Integer> lengthHistogram() {
        return new TreeMap<>(lengths);
    }

    /** Present label steps per class (empty for regression). */
    public long[] classCounts() {
        return classCounts.clone();
    }

    /** One entry per feature column. */
    public List<ColumnStatistics> columns() {
        List<ColumnStatistics> out = new ArrayList<>();
        for (int c = 0; mean != null && c < mean.length; c++) {
            out.add(new ColumnStatistics(c, count[c], min[c], max[c], mean[c],
                    count[c] == 0 ? 0 : Math.sqrt(m2[c] / count[c])));
        }
        return out;
    }
}
