package org.rnnworkbench.model.nn;

import java.nio.FloatBuffer;

/**
 * Moves one time step's LSTM gate rows between the layout of the matrix products and the layout of the
 * element-wise loops.
 *
 * <p>A product leaves a step as rows {@code [miniBatch, 4n]}, each row the blocks {@code a | f | o | g}. The
 * element-wise work wants each gate as one contiguous {@code [miniBatch * n]} array (row {@code b} at
 * {@code b * n}), so that every loop runs over the whole step at once, with one short remainder instead of one per
 * row. Splitting and joining are one bulk copy between the direct buffer and a row array, plus {@code 4 *
 * miniBatch} array copies.
 */
final class GateBlocks {
    private final int mb;
    private final int n;
    /** The step's rows as the products see them, {@code [miniBatch, 4n]}. */
    private final float[] rows;

    GateBlocks(int miniBatch, int n) {
        this.mb = miniBatch;
        this.n = n;
        this.rows = new float[miniBatch * 4 * n];
    }

    /**
     * Reads the step's rows {@code [miniBatch, 4n]} from {@code source} at {@code offset} into the four gates
     * ({@code [miniBatch * n]} each, in the order a, f, o, g), adding {@code bias [4n]} when it is not null.
     */
    void split(FloatBuffer source, int offset, float[] bias, float[] a, float[] f, float[] o, float[] g) {
        source.get(offset, rows, 0, rows.length);
        if (bias != null) {
            for (int b = 0; b < mb; b++) {
                int base = b * 4 * n;
                for (int j = 0; j < 4 * n; j++) {
                    rows[base + j] += bias[j];
                }
            }
        }
        float[][] gates = {a, f, o, g};
        for (int b = 0; b < mb; b++) {
            for (int k = 0; k < 4; k++) {
                System.arraycopy(rows, (4 * b + k) * n, gates[k], b * n, n);
            }
        }
    }

    /** Writes the four gates ({@code [miniBatch * n]} each) as the step's rows {@code [miniBatch, 4n]} at {@code offset}. */
    void join(float[] a, float[] f, float[] o, float[] g, FloatBuffer target, int offset) {
        float[][] gates = {a, f, o, g};
        for (int b = 0; b < mb; b++) {
            for (int k = 0; k < 4; k++) {
                System.arraycopy(gates[k], b * n, rows, (4 * b + k) * n, n);
            }
        }
        target.put(offset, rows, 0, rows.length);
    }
}
