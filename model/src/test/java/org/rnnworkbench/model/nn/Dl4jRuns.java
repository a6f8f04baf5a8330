package org.rnnworkbench.model.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.rnnworkbench.model.data.SequenceDataSet;

/**
 * Runs a DL4J network the way its own training does, and compares arrays element by element with a message
 * that says where the largest difference is.
 */
final class Dl4jRuns {
    private Dl4jRuns() {
    }

    /**
     * DL4J's score and raw gradients for one minibatch. The gradients are what its layers produce: sums over the
     * minibatch, without L2; DL4J's updater divides them by the minibatch size and adds L2 afterwards.
     *
     * @param gradients by DL4J key ({@code "0_W"}), copies
     */
    record Result(double score, Map<String, INDArray> gradients) {
    }

    /**
     * Score and gradients through the same calls {@code MultiLayerNetwork.fit(DataSet)} makes: input, labels and
     * both masks set on the network, then {@code computeGradientAndScore()}.
     */
    static Result gradientAndScore(MultiLayerNetwork net, SequenceDataSet data) {
        DataType dt = net.params().dataType();
        net.setInput(data.features().castTo(dt));
        net.setLabels(data.labels().castTo(dt));
        net.setLayerMaskArrays(cast(data.featuresMask(), dt), cast(data.labelsMask(), dt));
        try {
            net.computeGradientAndScore();
            Map<String, INDArray> gradients = new HashMap<>();
            net.gradient().gradientForVariable().forEach((k, v) -> gradients.put(k, v.dup()));
            return new Result(net.score(), gradients);
        } finally {
            net.clearLayerMaskArrays();
        }
    }

    /** DL4J's score of a data set through its public {@code score(DataSet)}, masks included. */
    static double score(MultiLayerNetwork net, SequenceDataSet data) {
        return net.score(dataSet(net, data));
    }

    /** Our data set as DL4J's, in the network's data type. */
    static DataSet dataSet(MultiLayerNetwork net, SequenceDataSet data) {
        DataType dt = net.params().dataType();
        return new DataSet(data.features().castTo(dt), data.labels().castTo(dt), cast(data.featuresMask(), dt),
                cast(data.labelsMask(), dt));
    }

    /** DL4J's inference output, with an optional features mask, as doubles. */
    static INDArray output(MultiLayerNetwork net, INDArray features, INDArray featuresMask) {
        DataType dt = net.params().dataType();
        return net.output(features.castTo(dt), false, cast(featuresMask, dt), null).castTo(DataType.DOUBLE);
    }

    private static INDArray cast(INDArray a, DataType dt) {
        return a == null ? null : a.castTo(dt);
    }

    /** Largest absolute element-wise difference; the arrays must have the same number of elements. */
    static double maxAbsDiff(INDArray expected, INDArray actual) {
        assertEquals(expected.length(), actual.length(), "number of elements");
        INDArray e = expected.castTo(DataType.DOUBLE).reshape('c', actual.shape());
        return e.sub(actual.castTo(DataType.DOUBLE)).amaxNumber().doubleValue();
    }

    /** Asserts every element of {@code actual} is within {@code tolerance} of {@code expected}. */
    static void assertClose(INDArray expected, INDArray actual, double tolerance, String what) {
        double diff = maxAbsDiff(expected, actual);
        assertTrue(diff <= tolerance, () -> what + ": max |difference| " + diff + " exceeds " + tolerance);
    }

    /** Asserts two scores agree to {@code relative} of their size (absolute below 1). */
    static void assertScore(double expected, double actual, double relative, String what) {
        assertEquals(expected, actual, relative * Math.max(1.0, Math.abs(expected)), what);
    }

    /** Time steps {@code times} of example {@code row}: a new {@code [1, size, times.length]} array. */
    static INDArray steps(INDArray series, int row, long[] times) {
        return series.get(NDArrayIndex.interval(row, row + 1), NDArrayIndex.all(), NDArrayIndex.indices(times))
                .dup('c');
    }
}
