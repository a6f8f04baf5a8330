package org.rnnworkbench.model.nn;

import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Norms of parameter vectors for monitoring. ND4J's {@code norm2} makes a result array per call, and each
 * native array is tracked by references that the garbage collector must process; a monitor sampling every layer
 * after every update made hundreds a second. A float vector is summed here in a loop over its memory instead.
 */
final class VectorNorms {
    private VectorNorms() {
    }

    /** The L2 norm of all of {@code a}'s values, summed in double precision. */
    static double l2(INDArray a) {
        // a 1-d view (ND4J calls its flat vectors' views f-ordered) or a c-ordered array, without gaps
        boolean contiguous = a.elementWiseStride() == 1 && (a.rank() == 1 || a.ordering() == 'c');
        if (a.dataType() != DataType.FLOAT || !contiguous) {
            return a.norm2Number().doubleValue();
        }
        FloatBuffer values = a.data().asNioFloat();
        int offset = Math.toIntExact(a.offset());
        int length = Math.toIntExact(a.length());
        // four running sums, so that the additions do not wait on one another (a single double sum is one
        // dependent chain, which Java may not reorder); a monitor reads every parameter after each update
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < length; i += 4) {
            double v0 = values.get(offset + i);
            double v1 = values.get(offset + i + 1);
            double v2 = values.get(offset + i + 2);
            double v3 = values.get(offset + i + 3);
            s0 += v0 * v0;
            s1 += v1 * v1;
            s2 += v2 * v2;
            s3 += v3 * v3;
        }
        for (; i < length; i++) {
            double v = values.get(offset + i);
            s0 += v * v;
        }
        double sum = (s0 + s1) + (s2 + s3);
        return Math.sqrt(sum);
    }
}
