package org.rnnworkbench.model.nn;

import static org.bytedeco.openblas.global.openblas.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas.CblasTrans;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import org.bytedeco.openblas.global.openblas;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Single-precision helpers for the fused recurrent kernels: direct buffers, and row-major matrix products
 * straight into OpenBLAS (the library ND4J itself ships). Inside a time loop each ND4J op's dispatch costs more
 * than the small product it computes, so the loops use these instead. Buffers are direct so that OpenBLAS and
 * the Java loops share them without copies; a buffer's position is the matrix's first element.
 */
final class FloatBlas {
    private FloatBlas() {
    }

    /** A zeroed direct buffer of {@code length} floats in native byte order. */
    static FloatBuffer allocate(long length) {
        return ByteBuffer.allocateDirect(Math.toIntExact(length * Float.BYTES)).order(ByteOrder.nativeOrder())
                .asFloatBuffer();
    }

    /** The memory of a contiguous c-order float array (e.g. a parameter view), positioned at its first element. */
    static FloatBuffer view(INDArray a) {
        if (a.dataType() != DataType.FLOAT || a.ordering() != 'c' || a.elementWiseStride() != 1) {
            throw new IllegalArgumentException("expected a contiguous c-order float array, got " + a.shapeInfoToString());
        }
        FloatBuffer all = a.data().asNioFloat();
        all.position(Math.toIntExact(a.offset()));
        return all.slice();
    }

    /** A copy of an array's values as a direct buffer. */
    static FloatBuffer copyOf(INDArray a) {
        INDArray c = a.ordering() == 'c' && a.elementWiseStride() == 1 ? a : a.dup('c');
        FloatBuffer copy = allocate(c.length());
        copy.put(view(c.castTo(DataType.FLOAT)));
        copy.clear();
        return copy;
    }

    /** A new {@code [rows, columns]} float array holding the buffer's values. */
    static INDArray toArray(FloatBuffer values, long rows, long columns) {
        INDArray a = Nd4j.create(DataType.FLOAT, rows, columns);
        view(a).put(values.duplicate().clear());
        return a;
    }

    /** The buffer seen from {@code offset} on. */
    static FloatBuffer at(FloatBuffer base, int offset) {
        FloatBuffer b = base.duplicate();
        b.position(offset);
        return b;
    }

    /** {@code c = alpha * op(a) op(b) + beta * c}, row-major, each matrix starting at its buffer's position. */
    static void gemm(boolean transA, boolean transB, int m, int n, int k, float alpha, FloatBuffer a, int lda,
            FloatBuffer b, int ldb, float beta, FloatBuffer c, int ldc) {
        openblas.cblas_sgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
                m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
    }
}
