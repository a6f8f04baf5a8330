package org.rnnworkbench.model.nn;

import java.nio.FloatBuffer;
import org.rnnworkbench.model.conf.Activation;

/**
 * The element-wise part of one LSTM step in single precision, for a whole minibatch at once: from the step's
 * pre-activations {@code z [miniBatch, 4n]} (blocks {@code a | f | o | g}) and the previous cell, the gates, the new
 * cell and the new output, with the equations on {@link LstmLayer}.
 *
 * <p>Every array here is gate-major, {@code [miniBatch * n]} with row {@code b} at {@code b * n}, and each equation
 * is its own loop over the whole array: the activations through {@link FloatActivations} (vectorised when the
 * JVM allows), the products and sums as loops simple enough for the JIT to vectorise. Peephole weights are tiled
 * to the same shape once per pass so those loops need no per-row index arithmetic.
 *
 * <p>The results stay in the public arrays until the next {@link #step}; the caller copies out what it keeps.
 */
final class LstmCellForward {
    private final int size;
    private final Activation activation;
    private final Activation gate;
    private final boolean peepholes;
    private final FloatActivations math = FloatActivations.best();
    private final GateBlocks blocks;
    /** Peephole weights (forget, output, input gate) repeated for each row, {@code [miniBatch * n]}; or null. */
    private final float[] wF;
    private final float[] wO;
    private final float[] wG;

    /** Gate activations after {@link #step}, {@code [miniBatch * n]} each. */
    final float[] a;
    final float[] f;
    final float[] o;
    final float[] g;
    /** The new cell {@code c(t)}, its activation {@code act(c(t))} and the output {@code h(t)}, {@code [miniBatch * n]}. */
    final float[] cell;
    final float[] cellAct;
    final float[] out;

    LstmCellForward(int miniBatch, int n, Activation activation, Activation gate, boolean peepholes) {
        this.size = miniBatch * n;
        this.activation = activation;
        this.gate = gate;
        this.peepholes = peepholes;
        this.blocks = new GateBlocks(miniBatch, n);
        this.wF = peepholes ? new float[size] : null;
        this.wO = peepholes ? new float[size] : null;
        this.wG = peepholes ? new float[size] : null;
        a = new float[size];
        f = new float[size];
        o = new float[size];
        g = new float[size];
        cell = new float[size];
        cellAct = new float[size];
        out = new float[size];
    }

    /**
     * Takes the peephole weights from the recurrent weights {@code RW [n, 4n + 3]} (columns {@code 4n}, {@code 4n + 1},
     * {@code 4n + 2}: forget, output, input gate). Call before the first step and whenever the weights change.
     */
    void setPeepholes(FloatBuffer rw, int n) {
        int width = 4 * n + 3;
        for (int j = 0; j < n; j++) {
            wF[j] = rw.get(j * width + 4 * n);
            wO[j] = rw.get(j * width + 4 * n + 1);
            wG[j] = rw.get(j * width + 4 * n + 2);
        }
        for (int start = n; start < size; start += n) {
            System.arraycopy(wF, 0, wF, start, n);
            System.arraycopy(wO, 0, wO, start, n);
            System.arraycopy(wG, 0, wG, start, n);
        }
    }

    /**
     * One step.
     *
     * @param z the step's pre-activations {@code [miniBatch, 4n]} at {@code offset}, without the bias
     * @param bias {@code [4n]}, added here; or null when {@code z} has it already
     * @param cPrev the previous cell {@code [miniBatch * n]}
     */
    void step(FloatBuffer z, int offset, float[] bias, float[] cPrev) {
        blocks.split(z, offset, bias, a, f, o, g);
        if (peepholes) {
            for (int i = 0; i < size; i++) {
                f[i] += cPrev[i] * wF[i];
            }
            for (int i = 0; i < size; i++) {
                g[i] += cPrev[i] * wG[i];
            }
        }
        math.apply(activation, a, 0, size);
        math.apply(gate, f, 0, size);
        math.apply(gate, g, 0, size);
        for (int i = 0; i < size; i++) {
            cell[i] = f[i] * cPrev[i] + g[i] * a[i];
        }
        if (peepholes) {
            for (int i = 0; i < size; i++) {
                o[i] += cell[i] * wO[i];
            }
        }
        math.apply(gate, o, 0, size);
        System.arraycopy(cell, 0, cellAct, 0, size);
        math.apply(activation, cellAct, 0, size);
        for (int i = 0; i < size; i++) {
            out[i] = o[i] * cellAct[i];
        }
    }

    /** Writes the gate activations of the last step as rows {@code [miniBatch, 4n]} at {@code offset}. */
    void storeGates(FloatBuffer target, int offset) {
        blocks.join(a, f, o, g, target, offset);
    }
}
