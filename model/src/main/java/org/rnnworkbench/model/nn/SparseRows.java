package org.rnnworkbench.model.nn;

import java.nio.FloatBuffer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas;

/**
 * The non-zero values of a row-major float matrix {@code x [rows, columns]} with few of them, such as a character
 * model's one-hot input, and the two products a recurrent layer takes with its input: the projection {@code x W}
 * and the weight gradient {@code x^T dz}. Dense, each reads or writes all of {@code W [columns, width]} once per
 * row; here each non-zero value costs one row of {@code width}. For a one-hot row the projection is a copy of the
 * weight row it selects, to the bit what the dense product gives (it adds only exact zeros to that row).
 */
final class SparseRows {
    /** The matrix counts as sparse when at most one value in this many is non-zero. */
    private static final int SPARSE_RATIO = 4;
    /** Copied in blocks to zero an output: a bulk copy instead of a call per float. Never written. */
    private static final float[] ZEROS = new float[4096];

    private final int rows;
    private final int columns;
    /** Row {@code r}'s values are entries {@code rowStart[r]} to {@code rowStart[r + 1] - 1}. */
    private final int[] rowStart;
    private final int[] column;
    private final float[] value;

    private SparseRows(int rows, int columns, int[] rowStart, int[] column, float[] value) {
        this.rows = rows;
        this.columns = columns;
        this.rowStart = rowStart;
        this.column = column;
        this.value = value;
    }

    /**
     * The non-zero values of {@code x}, or null when there are too many for the sparse products to pay.
     *
     * @param x {@code [rows, columns]} from its position
     */
    static SparseRows ofIfSparse(FloatBuffer x, int rows, int columns) {
        int at = x.position();
        long length = (long) rows * columns;
        int count = 0;
        for (int i = 0; i < length; i++) {
            if (x.get(at + i) != 0f) {
                count++;
            }
        }
        if ((long) count * SPARSE_RATIO > length) {
            return null;
        }
        int[] rowStart = new int[rows + 1];
        int[] column = new int[count];
        float[] value = new float[count];
        int k = 0;
        for (int r = 0; r < rows; r++) {
            rowStart[r] = k;
            int base = at + r * columns;
            for (int c = 0; c < columns; c++) {
                float v = x.get(base + c);
                if (v != 0f) {
                    column[k] = c;
                    value[k++] = v;
                }
            }
        }
        rowStart[rows] = k;
        return new SparseRows(rows, columns, rowStart, column, value);
    }

    /**
     * {@code out [rows, width] = x W}.
     *
     * @param w {@code [columns, width]} from its position
     * @param out from its position; overwritten
     */
    void times(FloatBuffer w, int width, FloatBuffer out) {
        zero(out, (long) rows * width);
        if (rows == 1) {
            // A generator's single step: plain loops, as setting up pointers and native calls per value would cost
            // more than its few rows of additions (measured: about 10% of a character's step).
            int outAt = out.position();
            for (int k = 0; k < rowStart[1]; k++) {
                float v = value[k];
                int from = w.position() + column[k] * width;
                for (int j = 0; j < width; j++) {
                    out.put(outAt + j, out.get(outAt + j) + v * w.get(from + j));
                }
            }
            return;
        }
        // Two pointers moved from row to row: a buffer view per call would be garbage for every non-zero value.
        // A pointer starts at its buffer's position; positions are set from there.
        FloatPointer weights = new FloatPointer(w);
        FloatPointer target = new FloatPointer(out);
        long wAt = weights.position();
        long outAt = target.position();
        for (int r = 0; r < rows; r++) {
            target.position(outAt + (long) r * width);
            for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
                weights.position(wAt + (long) column[k] * width);
                openblas.cblas_saxpy(width, value[k], weights, 1, target, 1);
            }
        }
    }

    /**
     * {@code out [columns, width] = x^T dz}.
     *
     * @param dz {@code [rows, width]} from its position
     * @param out from its position; overwritten
     */
    void transposedTimes(FloatBuffer dz, int width, FloatBuffer out) {
        zero(out, (long) columns * width);
        FloatPointer source = new FloatPointer(dz);
        FloatPointer target = new FloatPointer(out);
        long dzAt = source.position();
        long outAt = target.position();
        for (int r = 0; r < rows; r++) {
            source.position(dzAt + (long) r * width);
            for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
                target.position(outAt + (long) column[k] * width);
                openblas.cblas_saxpy(width, value[k], source, 1, target, 1);
            }
        }
    }

    private static void zero(FloatBuffer b, long length) {
        int at = b.position();
        int n = Math.toIntExact(length);
        for (int i = 0; i < n; i += ZEROS.length) {
            b.put(at + i, ZEROS, 0, Math.min(ZEROS.length, n - i));
        }
    }
}
