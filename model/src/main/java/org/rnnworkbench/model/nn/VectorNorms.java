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
        long length = a.length();
        double sum = 0;
        for (int i = 0; i < length; i++) {
            double v = values.get(offset + i);
            sum += v * v;
        }
        return Math.sqrt(sum);
    }
}
