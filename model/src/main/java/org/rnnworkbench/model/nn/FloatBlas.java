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

    /**
     * {@code c = alpha * op(a) op(b) + beta * c}, row-major, each matrix starting at its buffer's position.
     *
     * <p>A product of one row ({@code m = 1}, as every step of {@code rnnTimeStep} at batch 1 has) goes to
     * {@code sgemv}: OpenBLAS's {@code sgemm} (0.3.19) copies all of {@code b} into its packed layout first, which
     * for a {@code [1, 200] x [200, 800]} product costs more than the product.
     */
    static void gemm(boolean transA, boolean transB, int m, int n, int k, float alpha, FloatBuffer a, int lda,
            FloatBuffer b, int ldb, float beta, FloatBuffer c, int ldc) {
        if (m == 1 && !transA) {
            rowTimesMatrix(transB, n, k, alpha, a, b, ldb, beta, c);
            return;
        }
        openblas.cblas_sgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
                m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
    }

    /** {@code c [1, n] = alpha * a [1, k] op(b) + beta * c} as a matrix-vector product. */
    private static void rowTimesMatrix(boolean transB, int n, int k, float alpha, FloatBuffer a, FloatBuffer b,
            int ldb, float beta, FloatBuffer c) {
        if (beta == 0f) {
            // OpenBLAS scales c by beta first, and 0 * NaN is NaN: c may be memory nobody has written yet.
            int at = c.position();
            for (int j = 0; j < n; j++) {
                c.put(at + j, 0f);
            }
        }
        // a op(b) = op(b)^T a^T: b [k, n] is read transposed, b^T [n, k] (b stored [n, k]) as it is.
        if (transB) {
            openblas.cblas_sgemv(CblasRowMajor, CblasNoTrans, n, k, alpha, b, ldb, a, 1, beta, c, 1);
        } else {
            openblas.cblas_sgemv(CblasRowMajor, CblasTrans, k, n, alpha, b, ldb, a, 1, beta, c, 1);
        }
    }
}
