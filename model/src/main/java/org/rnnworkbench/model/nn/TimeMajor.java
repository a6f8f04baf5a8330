package org.rnnworkbench.model.nn;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** Conversions between the guide's {@code [miniBatch, size, time]} and the engine's time-major rows. */
final class TimeMajor {
    private TimeMajor() {
    }

    /** {@code [miniBatch, size, time]} to a new {@code [time * miniBatch, size]} matrix in c order. */
    static INDArray toRows(INDArray series) {
        long mb = series.size(0);
        long size = series.size(1);
        long t = series.size(2);
        return series.permute(2, 0, 1).dup('c').reshape('c', t * mb, size);
    }

    /** {@code [time * miniBatch, size]} back to a new {@code [miniBatch, size, time]} array in c order. */
    static INDArray toSeries(INDArray rows, int miniBatch) {
        long t = rows.size(0) / miniBatch;
        return rows.reshape('c', t, miniBatch, rows.size(1)).permute(1, 2, 0).dup('c');
    }

    /** Mask {@code [miniBatch, time]} to a new column {@code [time * miniBatch, 1]}; {@code null} stays null. */
    static INDArray maskToColumn(INDArray mask) {
        if (mask == null) {
            return null;
        }
        return mask.transpose().dup('c').reshape('c', mask.length(), 1);
    }

    /** The rows of time step {@code t}: a contiguous view {@code [miniBatch, size]}. */
    static INDArray step(INDArray rows, int t, int miniBatch) {
        return rows.get(NDArrayIndex.interval((long) t * miniBatch, (long) (t + 1) * miniBatch), NDArrayIndex.all());
    }

    /** Columns {@code [from, to)} of a matrix, as a view. */
    static INDArray columns(INDArray matrix, long from, long to) {
        return matrix.get(NDArrayIndex.all(), NDArrayIndex.interval(from, to));
    }

    static void requireShape(String what, INDArray a, long... expected) {
        if (!Arrays.equals(a.shape(), expected)) {
            throw new IllegalArgumentException(what + " must have shape " + Arrays.toString(expected) + ", got "
                    + Arrays.toString(a.shape()));
        }
    }
}
