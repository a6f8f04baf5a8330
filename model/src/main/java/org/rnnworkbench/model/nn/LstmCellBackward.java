package org.rnnworkbench.model.nn;

import java.nio.FloatBuffer;
import java.util.Arrays;
import org.rnnworkbench.model.conf.Activation;

/**
 * The element-wise part of one LSTM step backwards in single precision, for a whole minibatch at once: from the
 * gradient reaching the step's output and the saved gates and cells, the gradients of the step's
 * pre-activations {@code dz [miniBatch, 4n]} (blocks {@code a | f | o | g}) and of the previous cell, and the
 * peephole and bias gradients summed over the steps. The arithmetic is {@link LstmLayer}'s reference backward
 * pass, term by term.
 *
 * <p>Arrays are gate-major {@code [miniBatch * n]} (row {@code b} at {@code b * n}), one loop per equation, as in
 * {@link LstmCellForward}; nothing here calls {@code exp}, so plain loops serve.
 */
final class LstmCellBackward {
    private final int mb;
    private final int n;
    private final int size;
    private final Activation activation;
    private final Activation gate;
    private final GateBlocks blocks;
    /** Peephole weights tiled over the rows {@code [miniBatch * n]}, or null. */
    private final float[] wF;
    private final float[] wO;
    private final float[] wG;

    private final float[] a;
    private final float[] f;
    private final float[] o;
    private final float[] g;
    private final float[] cellAct;
    private final float[] cell;
    private final float[] cPrev;
    private final float[] dh;
    private final float[] derivative;
    private final float[] dcn;
    private final float[] dza;
    private final float[] dzf;
    private final float[] dzo;
    private final float[] dzg;

    /** The gradient with respect to the next step's previous cell, carried from step to step, {@code [miniBatch * n]}. */
    private final float[] dcNext;
    /** What an inactive row passes through unchanged to the step before: {@code (1 - m) dh}, {@code [miniBatch * n]}. */
    private final float[] keepH;
    /** Peephole gradients summed over the steps so far, {@code [n]} each; bias gradient {@code [4n]}. */
    final float[] dwF;
    final float[] dwO;
    final float[] dwG;
    final float[] db;

    /**
     * @param peepholes whether the layer has peephole weights ({@link #start} then takes them)
     */
    LstmCellBackward(int miniBatch, int n, Activation activation, Activation gate, boolean peepholes) {
        this.mb = miniBatch;
        this.n = n;
        this.size = miniBatch * n;
        this.activation = activation;
        this.gate = gate;
        this.blocks = new GateBlocks(miniBatch, n);
        this.wF = peepholes ? new float[size] : null;
        this.wO = peepholes ? new float[size] : null;
        this.wG = peepholes ? new float[size] : null;
        a = new float[size];
        f = new float[size];
        o = new float[size];
        g = new float[size];
        cellAct = new float[size];
        cell = peepholes ? new float[size] : null;
        cPrev = new float[size];
        dh = new float[size];
        derivative = new float[size];
        dcn = new float[size];
        dza = new float[size];
        dzf = new float[size];
        dzo = new float[size];
        dzg = new float[size];
        dcNext = new float[size];
        keepH = new float[size];
        dwF = new float[n];
        dwO = new float[n];
        dwG = new float[n];
        db = new float[4 * n];
    }

    /**
     * Starts a backward pass: takes the peephole weights of this pass and clears what the steps sum up (the carried
     * cell gradient, the peephole and bias gradients), so that one cell serves a layer's passes one after another.
     *
     * @param pF peephole weights {@code [n]} (forget, output, input gate); all null without peepholes
     */
    void start(float[] pF, float[] pO, float[] pG) {
        if (wF != null) {
            tile(pF, wF);
            tile(pO, wO);
            tile(pG, wG);
        }
        Arrays.fill(dcNext, 0f);
        Arrays.fill(dwF, 0f);
        Arrays.fill(dwO, 0f);
        Arrays.fill(dwG, 0f);
        Arrays.fill(db, 0f);
    }

    private void tile(float[] w, float[] target) {
        for (int start = 0; start < size; start += n) {
            System.arraycopy(w, 0, target, start, n);
        }
    }

    /**
     * One step backwards. Reads the saved forward values of the step, writes {@code dz} for it and carries the cell
     * gradient to the step before; when {@code mask} is given, afterwards {@link #addKept} must add the inactive
     * rows' pass-through to the step before's output gradient.
     *
     * @param epsilon gradient reaching the step's output from above, {@code [miniBatch, n]} at {@code row}
     * @param dhNext gradient reaching the step's output from the step after, {@code [miniBatch, n]} from position 0
     * @param mask the active flags {@code [miniBatch]} at {@code maskRow}, or null (all active)
     * @param gates the gate activations, cellAct and cellNew the forward pass saved, the step at {@code zRow} and
     *        {@code row}
     * @param c the previous cell {@code [miniBatch, n]} at {@code prevRow}
     * @param dz where the step's pre-activation gradients go, {@code [miniBatch, 4n]} at {@code zRow}
     */
    void step(FloatBuffer epsilon, int row, FloatBuffer dhNext, FloatBuffer mask, int maskRow, FloatBuffer gates,
            int zRow, FloatBuffer cellActs, FloatBuffer cellNew, FloatBuffer c, int prevRow, FloatBuffer dz) {
        epsilon.get(row, dh, 0, size);
        dhNext.get(0, derivative, 0, size);
        for (int i = 0; i < size; i++) {
            dh[i] += derivative[i];
        }
        if (mask != null) {
            for (int b = 0; b < mb; b++) {
                float m = mask.get(maskRow + b);
                for (int i = b * n; i < (b + 1) * n; i++) {
                    keepH[i] = (1f - m) * derivative[i];
                    float dc = dcNext[i];
                    // dcNext holds, until the end of the step, what an inactive row keeps: (1 - m) dc.
                    dcNext[i] = (1f - m) * dc;
                    dh[i] *= m;
                    dcn[i] = dc * m;
                }
            }
        } else {
            System.arraycopy(dcNext, 0, dcn, 0, size);
        }
        blocks.split(gates, zRow, null, a, f, o, g);
        cellActs.get(row, cellAct, 0, size);
        c.get(prevRow, cPrev, 0, size);

        FloatActivations.derivativeFromOutput(gate, o, derivative, size);
        for (int i = 0; i < size; i++) {
            dzo[i] = dh[i] * cellAct[i] * derivative[i];
        }
        FloatActivations.derivativeFromOutput(activation, cellAct, derivative, size);
        for (int i = 0; i < size; i++) {
            dcn[i] = dh[i] * o[i] * derivative[i] + dcn[i];
        }
        if (wO != null) {
            for (int i = 0; i < size; i++) {
                dcn[i] += dzo[i] * wO[i];
            }
        }
        FloatActivations.derivativeFromOutput(gate, f, derivative, size);
        for (int i = 0; i < size; i++) {
            dzf[i] = dcn[i] * cPrev[i] * derivative[i];
        }
        FloatActivations.derivativeFromOutput(gate, g, derivative, size);
        for (int i = 0; i < size; i++) {
            dzg[i] = dcn[i] * a[i] * derivative[i];
        }
        FloatActivations.derivativeFromOutput(activation, a, derivative, size);
        for (int i = 0; i < size; i++) {
            dza[i] = dcn[i] * g[i] * derivative[i];
        }
        blocks.join(dza, dzf, dzo, dzg, dz, zRow);

        if (mask != null) {
            for (int i = 0; i < size; i++) {
                dcNext[i] = dcn[i] * f[i] + dcNext[i];
            }
        } else {
            for (int i = 0; i < size; i++) {
                dcNext[i] = dcn[i] * f[i];
            }
        }
        if (wF != null) {
            for (int i = 0; i < size; i++) {
                dcNext[i] += dzf[i] * wF[i] + dzg[i] * wG[i];
            }
            cellNew.get(row, cell, 0, size);
            for (int b = 0; b < mb; b++) {
                int base = b * n;
                for (int j = 0; j < n; j++) {
                    dwF[j] += dzf[base + j] * cPrev[base + j];
                    dwG[j] += dzg[base + j] * cPrev[base + j];
                    dwO[j] += dzo[base + j] * cell[base + j];
                }
            }
        }
        for (int b = 0; b < mb; b++) {
            int base = b * n;
            for (int j = 0; j < n; j++) {
                db[j] += dza[base + j];
                db[n + j] += dzf[base + j];
                db[2 * n + j] += dzo[base + j];
                db[3 * n + j] += dzg[base + j];
            }
        }
    }

    /**
     * Adds the inactive rows' pass-through {@code (1 - m) dh} of the last {@link #step} to {@code dhPrev [miniBatch,
     * n]} (position 0), the product {@code dz RW^T} for the step before.
     */
    void addKept(FloatBuffer dhPrev) {
        dhPrev.get(0, derivative, 0, size);
        for (int i = 0; i < size; i++) {
            derivative[i] += keepH[i];
        }
        dhPrev.put(0, derivative, 0, size);
    }
}
