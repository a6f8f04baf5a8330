package org.rnnworkbench.model.nn;

import java.nio.FloatBuffer;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The LSTM time loop in single precision, fused: per step one matrix product straight into OpenBLAS and the
 * element-wise work as a few tight loops over the whole step ({@link LstmCellForward}, {@link LstmCellBackward}),
 * instead of some twenty ND4J ops. Computes exactly what {@link LstmLayer}'s reference pass computes (the equations
 * are on {@link LstmLayer}); a test holds the two together, and the reference pass is the one the
 * double-precision gradient checks verify.
 *
 * <p>Buffers are time-major rows: {@code [time * miniBatch, width]}, row {@code t * miniBatch + b}.
 */
final class FusedLstmPass implements LayerPass {
    private final LstmLayer.Settings s;
    private final ParameterBlock parameters;
    private final int mb;
    private final int steps;
    private final int n;
    private final int g4;
    /** Columns of RW: {@code 4n}, or {@code 4n + 3} with peepholes. */
    private final int rwWidth;
    private final FloatBuffer x;
    private final FloatBuffer rw;
    private final float[] wF;
    private final float[] wO;
    private final float[] wG;
    /** The gate bias {@code [4n]}. */
    private final float[] bias;
    /** Active steps {@code [rows]}, or null. */
    private final FloatBuffer active;
    private final FloatBuffer h0;
    private final FloatBuffer c0;
    /** Gate activations {@code [rows, 4n]}: a, f, o, g. */
    private final FloatBuffer gates;
    /** Carried state, new cell, act(new cell) and output, each {@code [rows, n]}. */
    private final FloatBuffer h;
    private final FloatBuffer c;
    private final FloatBuffer cellNew;
    private final FloatBuffer cellAct;
    private final FloatBuffer out;

    private final FloatWorkspace workspace;
    /** The input's non-zero values when it has few (a one-hot input), else null. */
    private final SparseRows sparseInput;
    /** The pre-activation gradients {@code [rows, 4n]} of the last backward pass. */
    private FloatBuffer dz;

    FusedLstmPass(LstmLayer.Settings settings, ParameterBlock parameters, FloatWorkspace workspace, INDArray input,
            int miniBatch, INDArray activeColumn, Map<String, INDArray> init) {
        this.s = settings;
        this.parameters = parameters;
        this.workspace = workspace;
        this.mb = miniBatch;
        this.n = settings.n();
        this.g4 = 4 * n;
        int rows = Math.toIntExact(input.size(0));
        this.steps = rows / mb;
        this.x = copy("x", input);
        INDArray rwArray = parameters.param("RW");
        this.rwWidth = (int) rwArray.size(1);
        this.rw = FloatBlas.view(rwArray);
        if (settings.peepholes()) {
            wF = peephole(0);
            wO = peephole(1);
            wG = peephole(2);
        } else {
            wF = null;
            wO = null;
            wG = null;
        }
        this.active = activeColumn == null ? null : copy("active", activeColumn);
        this.h0 = init == null ? workspace.get("h0", (long) mb * n, true) : copy("h0", init.get(RecurrentState.ACTIVATIONS));
        this.c0 = init == null ? workspace.get("c0", (long) mb * n, true) : copy("c0", init.get(RecurrentState.MEMORY));
        gates = workspace.get("gates", (long) rows * g4, false);
        h = workspace.get("h", (long) rows * n, false);
        c = workspace.get("c", (long) rows * n, false);
        cellNew = workspace.get("cellNew", (long) rows * n, false);
        cellAct = workspace.get("cellAct", (long) rows * n, false);
        out = active == null ? h : workspace.get("out", (long) rows * n, false);
        // The input projection of the whole sequence in one product (or, for a one-hot input, as sums of the
        // selected weight rows), then the bias.
        int nIn = settings.nIn();
        this.sparseInput = SparseRows.ofIfSparse(x, rows, nIn);
        if (sparseInput != null) {
            sparseInput.times(FloatBlas.view(parameters.param("W")), g4, gates);
        } else {
            FloatBlas.gemm(false, false, rows, g4, nIn, 1f, x, nIn, FloatBlas.view(parameters.param("W")), g4, 0f,
                    gates, g4);
        }
        // The bias is added step by step, as the gate rows are read for the element-wise work.
        this.bias = parameters.param("b").toFloatVector();
        run();
    }

    /** The array's values in the workspace buffer of that name. */
    private FloatBuffer copy(String name, INDArray a) {
        INDArray c = a.dataType() == DataType.FLOAT && a.ordering() == 'c' && a.elementWiseStride() == 1 ? a
                : a.castTo(DataType.FLOAT).dup('c');
        FloatBuffer buffer = workspace.get(name, c.length(), false);
        buffer.put(FloatBlas.view(c));
        buffer.clear();
        return buffer;
    }

    private float[] peephole(int which) {
        float[] w = new float[n];
        int column = g4 + which;
        for (int i = 0; i < n; i++) {
            w[i] = rw.get(i * rwWidth + column);
        }
        return w;
    }

    private int timeOf(int k) {
        return s.reverse() ? steps - 1 - k : k;
    }

    private void run() {
        LstmCellForward cell = workspace.reusable("forwardCell", mb, LstmCellForward.class,
                () -> new LstmCellForward(mb, n, s.activation(), s.gate(), s.peepholes()));
        if (s.peepholes()) {
            cell.setPeepholes(rw, n);
        }
        int size = mb * n;
        // The carried state of the step before, as arrays; the buffers keep every step's for the backward pass.
        float[] hPrev = workspace.floats("hPrev", size);
        float[] cPrev = workspace.floats("cPrev", size);
        h0.get(0, hPrev, 0, size);
        c0.get(0, cPrev, 0, size);
        float[] m = active == null ? null : workspace.floats("activeRows", mb);
        for (int k = 0; k < steps; k++) {
            int t = timeOf(k);
            FloatBuffer hPrevBuffer = k == 0 ? h0 : h;
            int prevBase = k == 0 ? 0 : timeOf(k - 1) * size;
            int zBase = t * mb * g4;
            int row = t * size;
            FloatBlas.gemm(false, false, mb, g4, n, 1f, FloatBlas.at(hPrevBuffer, prevBase), n, rw, rwWidth, 1f,
                    FloatBlas.at(gates, zBase), g4);
            cell.step(gates, zBase, bias, cPrev);
            cell.storeGates(gates, zBase);
            cellNew.put(row, cell.cell, 0, size);
            cellAct.put(row, cell.cellAct, 0, size);
            if (active == null) {
                System.arraycopy(cell.out, 0, hPrev, 0, size);
                System.arraycopy(cell.cell, 0, cPrev, 0, size);
            } else {
                active.get(t * mb, m, 0, mb);
                for (int b = 0; b < mb; b++) {
                    float on = m[b];
                    for (int i = b * n; i < (b + 1) * n; i++) {
                        float hn = cell.out[i];
                        hPrev[i] = on * hn + (1f - on) * hPrev[i];
                        cPrev[i] = on * cell.cell[i] + (1f - on) * cPrev[i];
                        cell.out[i] = on * hn;
                    }
                }
                out.put(row, cell.out, 0, size);
            }
            h.put(row, hPrev, 0, size);
            c.put(row, cPrev, 0, size);
        }
    }

    @Override
    public INDArray output() {
        INDArray a = workspace.array("output", (long) steps * mb, n);
        FloatBlas.view(a).put(out.duplicate().clear());
        return a;
    }

    @Override
    public Map<String, INDArray> finalState() {
        int last = timeOf(steps - 1) * mb * n;
        FloatBuffer hl = FloatBlas.at(h, last).slice();
        hl.limit(mb * n);
        FloatBuffer cl = FloatBlas.at(c, last).slice();
        cl.limit(mb * n);
        return Map.of(RecurrentState.ACTIVATIONS, FloatBlas.toArray(hl, mb, n),
                RecurrentState.MEMORY, FloatBlas.toArray(cl, mb, n));
    }

    /**
     * {@code dRW += sum_t h(t-1)^T dz(t)} over the steps that were backpropagated, as two products instead of one
     * per step: in the time order of the pass, the previous outputs of steps 1.. are the carried outputs of
     * steps ..T-2, which sit in consecutive rows of {@code h}; step 0's previous output is the initial state.
     */
    private void accumulateRecurrentGradient(FloatBuffer dz, FloatBuffer dRw, int stop) {
        int first = Math.max(stop, 1);
        int count = steps - first;
        if (count > 0) {
            // Forwards, step k reads the block before it; backwards in time (reverse) the block after it, so the
            // steps first..steps-1 of the pass are the time blocks 0..count-1, reading blocks 1..count.
            int hRow = s.reverse() ? mb : (first - 1) * mb;
            int zRow = s.reverse() ? 0 : first * mb;
            FloatBlas.gemm(true, false, n, g4, count * mb, 1f, FloatBlas.at(h, hRow * n), n,
                    FloatBlas.at(dz, zRow * g4), g4, 1f, dRw, rwWidth);
        }
        if (stop == 0) {
            FloatBlas.gemm(true, false, n, g4, mb, 1f, h0, n, FloatBlas.at(dz, timeOf(0) * mb * g4), g4, 1f, dRw,
                    rwWidth);
        }
    }

    @Override
    public INDArray backward(INDArray epsilon, int backwardLength) {
        backwardToParameters(epsilon, backwardLength);
        // Straight into the layer's kept array: the layer below reads it before this layer's next pass.
        int rows = steps * mb;
        int nIn = s.nIn();
        INDArray dx = workspace.array("dx", rows, nIn);
        FloatBlas.gemm(false, true, rows, nIn, g4, 1f, dz, g4, FloatBlas.view(parameters.param("W")), g4, 0f,
                FloatBlas.view(dx), nIn);
        return dx;
    }

    /** As {@link #backward}, without the gradient for the input, which the network's first layer has no use for. */
    @Override
    public void backwardToParameters(INDArray epsilon, int backwardLength) {
        int rows = steps * mb;
        int size = mb * n;
        FloatBuffer eps = copy("epsilon", epsilon);
        dz = workspace.get("dz", (long) rows * g4, true);
        FloatBuffer dRw = workspace.get("dRw", (long) n * rwWidth, true);
        FloatBuffer dhNext = workspace.get("dhNext", (long) size, true);
        LstmCellBackward cell = workspace.reusable("backwardCell", mb, LstmCellBackward.class,
                () -> new LstmCellBackward(mb, n, s.activation(), s.gate(), s.peepholes()));
        cell.start(wF, wO, wG);
        int stop = Math.max(0, steps - backwardLength);
        for (int k = steps - 1; k >= stop; k--) {
            int t = timeOf(k);
            FloatBuffer cPrev = k == 0 ? c0 : c;
            int prevBase = k == 0 ? 0 : timeOf(k - 1) * size;
            int zBase = t * mb * g4;
            cell.step(eps, t * size, dhNext, active, t * mb, gates, zBase, cellAct, cellNew, cPrev, prevBase, dz);
            // dh(t-1) = dz(t) RW^T over the 4n gate columns (RW's row stride skips the peepholes).
            FloatBlas.gemm(false, true, mb, n, g4, 1f, FloatBlas.at(dz, zBase), g4, rw, rwWidth, 0f, dhNext, n);
            if (active != null) {
                cell.addKept(dhNext);
            }
        }
        accumulateRecurrentGradient(dz, dRw, stop);
        if (wF != null) {
            for (int i = 0; i < n; i++) {
                dRw.put(i * rwWidth + g4, cell.dwF[i]);
                dRw.put(i * rwWidth + g4 + 1, cell.dwO[i]);
                dRw.put(i * rwWidth + g4 + 2, cell.dwG[i]);
            }
        }
        int nIn = s.nIn();
        FloatBlas.view(parameters.gradient("RW")).put(dRw);
        FloatBuffer dW = FloatBlas.view(parameters.gradient("W"));
        if (sparseInput != null) {
            sparseInput.transposedTimes(dz, g4, dW);
        } else {
            FloatBlas.gemm(true, false, nIn, g4, rows, 1f, x, nIn, dz, g4, 0f, dW, g4);
        }
        FloatBlas.view(parameters.gradient("b")).put(cell.db);
    }
}
