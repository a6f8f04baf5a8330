package org.rnnworkbench.model.eval;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Regression evaluation over time series: mean squared and mean absolute error per output column, counting
 * only steps whose label is present. Accumulates over calls.
 */
public final class RegressionEvaluation {
    private final int columns;
    private final double[] squaredError;
    private final double[] absoluteError;
    private long counted;
    private long maskedOut;

    public RegressionEvaluation(int columns) {
        this.columns = columns;
        this.squaredError = new double[columns];
        this.absoluteError = new double[columns];
    }

    /**
     * @param labels {@code [miniBatch, columns, time]}
     * @param predicted {@code [miniBatch, columns, time]}
     * @param outputMask {@code [miniBatch, time]} or {@code null}
     */
    public void evalTimeSeries(INDArray labels, INDArray predicted, INDArray outputMask) {
        if (labels.rank() != 3 || !java.util.Arrays.equals(labels.shape(), predicted.shape())
                || labels.size(1) != columns) {
            throw new IllegalArgumentException("labels and predictions must both be [miniBatch, columns=" + columns
                    + ", time], got " + java.util.Arrays.toString(labels.shape()) + " and "
                    + java.util.Arrays.toString(predicted.shape()));
        }
        long mb = labels.size(0);
        long t = labels.size(2);
        INDArray diff = predicted.sub(labels);
        double[] m = outputMask == null ? null : outputMask.reshape(mb * t).toDoubleVector();
        for (int c = 0; c < columns; c++) {
            // Column c as [miniBatch * time], in the same order as the mask.
            double[] d = diff.get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
                    org.nd4j.linalg.indexing.NDArrayIndex.point(c), org.nd4j.linalg.indexing.NDArrayIndex.all())
                    .dup('c').reshape(mb * t).toDoubleVector();
            for (int i = 0; i < d.length; i++) {
                if (m == null || m[i] != 0) {
                    squaredError[c] += d[i] * d[i];
                    absoluteError[c] += Math.abs(d[i]);
                }
            }
        }
        long present = m == null ? mb * t : java.util.Arrays.stream(m).filter(v -> v != 0).count();
        counted += present;
        maskedOut += mb * t - present;
    }

    public double meanSquaredError(int column) {
        return counted == 0 ? 0 : squaredError[column] / counted;
    }

    public double meanAbsoluteError(int column) {
        return counted == 0 ? 0 : absoluteError[column] / counted;
    }

    /** MSE averaged over columns. */
    public double averageMeanSquaredError() {
        double s = 0;
        for (int c = 0; c < columns; c++) {
            s += meanSquaredError(c);
        }
        return s / columns;
    }

    public long countedSteps() {
        return counted;
    }

    public long maskedOutSteps() {
        return maskedOut;
    }
}
