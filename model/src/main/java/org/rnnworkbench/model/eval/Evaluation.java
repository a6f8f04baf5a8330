package org.rnnworkbench.model.eval;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Classification evaluation over time series: accuracy, precision, recall and F1 per class and averaged, and a
 * confusion matrix. Only steps whose label is present count; the evaluation says how many steps were counted
 * and how many were masked out. Accumulates over calls, so a whole data set can be evaluated minibatch by
 * minibatch.
 */
public final class Evaluation {
    private final int numClasses;
    /** {@code confusion[actual][predicted]}. */
    private final long[][] confusion;
    private long maskedOut;

    public Evaluation(int numClasses) {
        if (numClasses < 1) {
            throw new IllegalArgumentException("numClasses must be at least 1, got " + numClasses);
        }
        this.numClasses = numClasses;
        this.confusion = new long[numClasses][numClasses];
    }

    /**
     * Adds a minibatch.
     *
     * @param labels one-hot {@code [miniBatch, numClasses, time]}
     * @param predicted probabilities {@code [miniBatch, numClasses, time]}
     * @param outputMask {@code [miniBatch, time]} where 1 marks a present label, or {@code null} for all
     */
    public void evalTimeSeries(INDArray labels, INDArray predicted, INDArray outputMask) {
        if (labels.rank() != 3 || !java.util.Arrays.equals(labels.shape(), predicted.shape())
                || labels.size(1) != numClasses) {
            throw new IllegalArgumentException("labels and predictions must both be [miniBatch, numClasses="
                    + numClasses + ", time], got " + java.util.Arrays.toString(labels.shape()) + " and "
                    + java.util.Arrays.toString(predicted.shape()));
        }
        long mb = labels.size(0);
        long t = labels.size(2);
        // Classes along dimension 1: argmax over it gives [miniBatch, time].
        int[] actual = labels.argMax(1).reshape(mb * t).toIntVector();
        int[] guess = predicted.argMax(1).reshape(mb * t).toIntVector();
        double[] present = outputMask == null ? null : outputMask.reshape(mb * t).toDoubleVector();
        for (int i = 0; i < actual.length; i++) {
            if (present != null && present[i] == 0) {
                maskedOut++;
                continue;
            }
            confusion[actual[i]][guess[i]]++;
        }
    }

    /** Adds 2-d data: labels and predictions {@code [examples, numClasses]}. */
    public void eval(INDArray labels, INDArray predicted) {
        INDArray l = labels.reshape(labels.size(0), labels.size(1), 1);
        INDArray p = predicted.reshape(predicted.size(0), predicted.size(1), 1);
        evalTimeSeries(l, p, null);
    }

    /** Adds the prediction at each example's last present step only (many-to-one data). */
    public void evalLastStep(INDArray labels, INDArray predicted, INDArray outputMask) {
        long mb = labels.size(0);
        long t = labels.size(2);
        for (int b = 0; b < mb; b++) {
            int last = (int) t - 1;
            if (outputMask != null) {
                double[] row = outputMask.getRow(b).toDoubleVector();
                while (last >= 0 && row[last] == 0) {
                    last--;
                }
                maskedOut += t - 1;
                if (last < 0) {
                    maskedOut++;
                    continue;
                }
            }
            int actual = labels.get(NDArrayIndex.point(b), NDArrayIndex.all(), NDArrayIndex.point(last)).argMax()
                    .getInt(0);
            int guess = predicted.get(NDArrayIndex.point(b), NDArrayIndex.all(), NDArrayIndex.point(last)).argMax()
                    .getInt(0);
            confusion[actual][guess]++;
        }
    }

    public int numClasses() {
        return numClasses;
    }

    /** Steps that counted. */
    public long countedSteps() {
        long n = 0;
        for (long[] row : confusion) {
            for (long v : row) {
                n += v;
            }
        }
        return n;
    }

    /** Steps left out because their label was absent. */
    public long maskedOutSteps() {
        return maskedOut;
    }

    /** A copy of the confusion matrix, {@code [actual][predicted]}. */
    public long[][] confusionMatrix() {
        long[][] copy = new long[numClasses][];
        for (int i = 0; i < numClasses; i++) {
            copy[i] = confusion[i].clone();
        }
        return copy;
    }

    public double accuracy() {
        long correct = 0;
        for (int i = 0; i < numClasses; i++) {
            correct += confusion[i][i];
        }
        long n = countedSteps();
        return n == 0 ? 0 : (double) correct / n;
    }

    public double precision(int cls) {
        long predicted = 0;
        for (int i = 0; i < numClasses; i++) {
            predicted += confusion[i][cls];
        }
        return predicted == 0 ? 0 : (double) confusion[cls][cls] / predicted;
    }

    public double recall(int cls) {
        long actual = 0;
        for (long v : confusion[cls]) {
            actual += v;
        }
        return actual == 0 ? 0 : (double) confusion[cls][cls] / actual;
    }

    public double f1(int cls) {
        double p = precision(cls);
        double r = recall(cls);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Macro average of per-class F1. */
    public double f1() {
        double sum = 0;
        for (int c = 0; c < numClasses; c++) {
            sum += f1(c);
        }
        return sum / numClasses;
    }

    /** Macro average of per-class precision. */
    public double precision() {
        double sum = 0;
        for (int c = 0; c < numClasses; c++) {
            sum += precision(c);
        }
        return sum / numClasses;
    }

    /** Macro average of per-class recall. */
    public double recall() {
        double sum = 0;
        for (int c = 0; c < numClasses; c++) {
            sum += recall(c);
        }
        return sum / numClasses;
    }
}
