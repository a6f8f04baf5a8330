package org.rnnworkbench.interop.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.rnnworkbench.model.conf.LossFunction;

/** Seeded random arrays and element-wise comparisons for the interop tests. */
final class TestData {
    /** Float networks on both sides agree to this (observed differences are around 1e-7). */
    static final double FLOAT_TOLERANCE = 1e-5;
    /** Double networks on both sides agree to this. */
    static final double DOUBLE_TOLERANCE = 1e-10;
    /** A difference this large is a real difference, not rounding. */
    static final double CLEARLY_DIFFERENT = 1e-4;

    private TestData() {
    }

    /** Uniform values in {@code [-scale, scale)}, the given shape, in {@code dataType}. */
    static INDArray uniform(Random rng, DataType dataType, double scale, long... shape) {
        long n = 1;
        for (long s : shape) {
            n *= s;
        }
        double[] v = new double[(int) n];
        for (int i = 0; i < v.length; i++) {
            v[i] = scale * (2 * rng.nextDouble() - 1);
        }
        return Nd4j.create(v, shape, 'c').castTo(dataType);
    }

    /** Labels {@code [miniBatch, nOut, time]} that suit the loss: one-hot, 0/1, or real values. */
    static INDArray labels(Random rng, LossFunction loss, int miniBatch, int nOut, int time) {
        INDArray labels = Nd4j.zeros(DataType.DOUBLE, miniBatch, nOut, time);
        for (int b = 0; b < miniBatch; b++) {
            for (int t = 0; t < time; t++) {
                if (loss == LossFunction.MCXENT || loss == LossFunction.NEGATIVELOGLIKELIHOOD) {
                    labels.putScalar(new int[] {b, rng.nextInt(nOut), t}, 1.0);
                    continue;
                }
                for (int k = 0; k < nOut; k++) {
                    double v = loss == LossFunction.XENT ? (rng.nextBoolean() ? 1 : 0) : 2 * rng.nextDouble() - 1;
                    labels.putScalar(new int[] {b, k, t}, v);
                }
            }
        }
        return labels;
    }

    /** Largest absolute element-wise difference of two arrays of the same shape. */
    static double maxAbsDiff(INDArray expected, INDArray actual) {
        assertArrayEquals(expected.shape(), actual.shape(), "shapes");
        return expected.castTo(DataType.DOUBLE).sub(actual.castTo(DataType.DOUBLE)).amaxNumber().doubleValue();
    }

    /** Asserts every element of {@code actual} is within {@code tolerance} of {@code expected}. */
    static void assertClose(INDArray expected, INDArray actual, double tolerance, String what) {
        double diff = maxAbsDiff(expected, actual);
        assertTrue(diff <= tolerance, () -> what + ": max |difference| " + diff + " exceeds " + tolerance);
    }
}
