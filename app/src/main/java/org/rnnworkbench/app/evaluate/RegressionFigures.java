package org.rnnworkbench.app.evaluate;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.rnnworkbench.model.eval.RegressionEvaluation;

/**
 * Per output column: the engine's MSE and MAE, their RMSE, and R² from the labels' own spread over the same
 * present steps ({@code 1 - SSE / SST}), which the engine's {@link RegressionEvaluation} does not keep.
 */
public final class RegressionFigures {
    private final RegressionEvaluation engine;
    private final int columns;
    private final double[] sum;
    private final double[] sumOfSquares;

    public RegressionFigures(int columns) {
        this.columns = columns;
        this.engine = new RegressionEvaluation(columns);
        this.sum = new double[columns];
        this.sumOfSquares = new double[columns];
    }

    /** Adds a minibatch, as {@link RegressionEvaluation#evalTimeSeries}. */
    public void add(INDArray labels, INDArray predicted, INDArray outputMask) {
        engine.evalTimeSeries(labels, predicted, outputMask);
        long mb = labels.size(0);
        long t = labels.size(2);
        double[] mask = outputMask == null ? null : outputMask.reshape(mb * t).toDoubleVector();
        for (int c = 0; c < columns; c++) {
            double[] y = labels.get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
                    org.nd4j.linalg.indexing.NDArrayIndex.point(c), org.nd4j.linalg.indexing.NDArrayIndex.all())
                    .dup('c').reshape(mb * t).toDoubleVector();
            for (int i = 0; i < y.length; i++) {
                if (mask == null || mask[i] != 0) {
                    sum[c] += y[i];
                    sumOfSquares[c] += y[i] * y[i];
                }
            }
        }
    }

    public int columns() {
        return columns;
    }

    public double mse(int c) {
        return engine.meanSquaredError(c);
    }

    public double mae(int c) {
        return engine.meanAbsoluteError(c);
    }

    public double rmse(int c) {
        return Math.sqrt(mse(c));
    }

    /** R², NaN when the labels do not vary. */
    public double r2(int c) {
        long n = engine.countedSteps();
        if (n == 0) {
            return Double.NaN;
        }
        double sst = sumOfSquares[c] - sum[c] * sum[c] / n;
        return sst <= 0 ? Double.NaN : 1 - mse(c) * n / sst;
    }

    public long countedSteps() {
        return engine.countedSteps();
    }

    public long maskedOutSteps() {
        return engine.maskedOutSteps();
    }
}
