package org.rnnworkbench.model.nn;

import java.nio.FloatBuffer;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.rnnworkbench.model.conf.Activation;

/**
 * The LSTM time loop in single precision, fused: per step one matrix product straight into OpenBLAS and one
 * Java pass over the gate block, instead of some twenty ND4J ops. Computes exactly what {@link LstmLayer}'s
 * reference pass computes (the equations are on {@link LstmLayer}); a test holds the two together, and the
 * reference pass is the one the double-precision gradient checks verify.
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

    FusedLstmPass(LstmLayer.Settings settings, ParameterBlock parameters, INDArray input, int miniBatch,
            INDArray activeColumn, Map<String, INDArray> init) {
        this.s = settings;
        this.parameters = parameters;
        this.mb = miniBatch;
        this.n = settings.n();
        this.g4 = 4 * n;
        int rows = Math.toIntExact(input.size(0));
        this.steps = rows / mb;
        this.x = FloatBlas.copyOf(input);
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
        this.active = activeColumn == null ? null : FloatBlas.copyOf(activeColumn);
        this.h0 = init == null ? FloatBlas.allocate((long) mb * n) : FloatBlas.copyOf(init.get(RecurrentState.ACTIVATIONS));
        this.c0 = init == null ? FloatBlas.allocate((long) mb * n) : FloatBlas.copyOf(init.get(RecurrentState.MEMORY));
        gates = FloatBlas.allocate((long) rows * g4);
        h = FloatBlas.allocate((long) rows * n);
        c = FloatBlas.allocate((long) rows * n);
        cellNew = FloatBlas.allocate((long) rows * n);
        cellAct = FloatBlas.allocate((long) rows * n);
        out = active == null ? h : FloatBlas.allocate((long) rows * n);
        // The input projection of the whole sequence in one product, then the bias.
        int nIn = settings.nIn();
        FloatBlas.gemm(false, false, rows, g4, nIn, 1f, x, nIn, FloatBlas.view(parameters.param("W")), g4, 0f,
                gates, g4);
        float[] bias = parameters.param("b").toFloatVector();
        for (int r = 0; r < rows; r++) {
            int base = r * g4;
            for (int j = 0; j < g4; j++) {
                gates.put(base + j, gates.get(base + j) + bias[j]);
            }
        }
        run();
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
        Activation act = s.activation();
        Activation gate = s.gate();
        boolean peep = s.peepholes();
        for (int k = 0; k < steps; k++) {
            int t = timeOf(k);
            FloatBuffer hPrev = k == 0 ? h0 : h;
            FloatBuffer cPrev = k == 0 ? c0 : c;
            int prevBase = k == 0 ? 0 : timeOf(k - 1) * mb * n;
            int zBase = t * mb * g4;
            FloatBlas.gemm(false, false, mb, g4, n, 1f, FloatBlas.at(hPrev, prevBase), n, rw, rwWidth, 1f,
                    FloatBlas.at(gates, zBase), g4);
            for (int b = 0; b < mb; b++) {
                float m = active == null ? 1f : active.get(t * mb + b);
                int z0 = zBase + b * g4;
                int row = (t * mb + b) * n;
                int prow = prevBase + b * n;
                for (int j = 0; j < n; j++) {
                    float cp = cPrev.get(prow + j);
                    float a = ScalarActivations.apply(act, gates.get(z0 + j));
                    float f = ScalarActivations.apply(gate, gates.get(z0 + n + j) + (peep ? cp * wF[j] : 0f));
                    float g = ScalarActivations.apply(gate, gates.get(z0 + 3 * n + j) + (peep ? cp * wG[j] : 0f));
                    float cn = f * cp + g * a;
                    float o = ScalarActivations.apply(gate, gates.get(z0 + 2 * n + j) + (peep ? cn * wO[j] : 0f));
                    float ac = ScalarActivations.apply(act, cn);
                    float hn = o * ac;
                    gates.put(z0 + j, a);
                    gates.put(z0 + n + j, f);
                    gates.put(z0 + 2 * n + j, o);
                    gates.put(z0 + 3 * n + j, g);
                    cellNew.put(row + j, cn);
                    cellAct.put(row + j, ac);
                    if (active == null) {
                        h.put(row + j, hn);
                        c.put(row + j, cn);
                    } else {
                        h.put(row + j, m * hn + (1f - m) * hPrev.get(prow + j));
                        c.put(row + j, m * cn + (1f - m) * cp);
                        out.put(row + j, m * hn);
                    }
                }
            }
        }
    }

    @Override
    public INDArray output() {
        return FloatBlas.toArray(out, (long) steps * mb, n);
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
        Activation act = s.activation();
        Activation gate = s.gate();
        boolean peep = s.peepholes();
        int rows = steps * mb;
        FloatBuffer eps = FloatBlas.copyOf(epsilon.castTo(DataType.FLOAT));
        FloatBuffer dz = FloatBlas.allocate((long) rows * g4);
        FloatBuffer dRw = FloatBlas.allocate((long) n * rwWidth);
        float[] dwF = new float[n];
        float[] dwO = new float[n];
        float[] dwG = new float[n];
        FloatBuffer dhNext = FloatBlas.allocate((long) mb * n);
        float[] dcNext = new float[mb * n];
        float[] keepH = active == null ? null : new float[mb * n];
        int stop = Math.max(0, steps - backwardLength);
        for (int k = steps - 1; k >= stop; k--) {
            int t = timeOf(k);
            FloatBuffer cPrev = k == 0 ? c0 : c;
            int prevBase = k == 0 ? 0 : timeOf(k - 1) * mb * n;
            int zBase = t * mb * g4;
            for (int b = 0; b < mb; b++) {
                float m = active == null ? 1f : active.get(t * mb + b);
                int z0 = zBase + b * g4;
                int row = (t * mb + b) * n;
                int prow = prevBase + b * n;
                for (int j = 0; j < n; j++) {
                    int sj = b * n + j;
                    float dh = eps.get(row + j) + dhNext.get(sj);
                    float dc = dcNext[sj];
                    float keepC = 0f;
                    if (keepH != null) {
                        keepH[sj] = (1f - m) * dhNext.get(sj);
                        keepC = (1f - m) * dc;
                        dh *= m;
                        dc *= m;
                    }
                    float a = gates.get(z0 + j);
                    float f = gates.get(z0 + n + j);
                    float o = gates.get(z0 + 2 * n + j);
                    float g = gates.get(z0 + 3 * n + j);
                    float ac = cellAct.get(row + j);
                    float cp = cPrev.get(prow + j);
                    float dzo = dh * ac * ScalarActivations.derivativeFromOutput(gate, o);
                    float dcn = dh * o * ScalarActivations.derivativeFromOutput(act, ac) + dc
                            + (peep ? dzo * wO[j] : 0f);
                    float dzf = dcn * cp * ScalarActivations.derivativeFromOutput(gate, f);
                    float dzg = dcn * a * ScalarActivations.derivativeFromOutput(gate, g);
                    float dza = dcn * g * ScalarActivations.derivativeFromOutput(act, a);
                    dz.put(z0 + j, dza);
                    dz.put(z0 + n + j, dzf);
                    dz.put(z0 + 2 * n + j, dzo);
                    dz.put(z0 + 3 * n + j, dzg);
                    float dcPrev = dcn * f + keepC;
                    if (peep) {
                        dcPrev += dzf * wF[j] + dzg * wG[j];
                        dwF[j] += dzf * cp;
                        dwG[j] += dzg * cp;
                        dwO[j] += dzo * cellNew.get(row + j);
                    }
                    dcNext[sj] = dcPrev;
                }
            }
            FloatBuffer dzt = FloatBlas.at(dz, zBase);
            // dh(t-1) = dz(t) RW^T over the 4n gate columns (RW's row stride skips the peepholes).
            FloatBlas.gemm(false, true, mb, n, g4, 1f, dzt, g4, rw, rwWidth, 0f, dhNext, n);
            if (keepH != null) {
                for (int i = 0; i < keepH.length; i++) {
                    dhNext.put(i, dhNext.get(i) + keepH[i]);
                }
            }
        }
        accumulateRecurrentGradient(dz, dRw, stop);
        if (peep) {
            for (int i = 0; i < n; i++) {
                dRw.put(i * rwWidth + g4, dwF[i]);
                dRw.put(i * rwWidth + g4 + 1, dwO[i]);
                dRw.put(i * rwWidth + g4 + 2, dwG[i]);
            }
        }
        int nIn = s.nIn();
        FloatBlas.view(parameters.gradient("RW")).put(dRw);
        FloatBlas.gemm(true, false, nIn, g4, rows, 1f, x, nIn, dz, g4, 0f, FloatBlas.view(parameters.gradient("W")),
                g4);
        FloatBuffer db = FloatBlas.view(parameters.gradient("b"));
        for (int j = 0; j < g4; j++) {
            float sum = 0f;
            for (int r = 0; r < rows; r++) {
                sum += dz.get(r * g4 + j);
            }
            db.put(j, sum);
        }
        FloatBuffer dx = FloatBlas.allocate((long) rows * nIn);
        FloatBlas.gemm(false, true, rows, nIn, g4, 1f, dz, g4, FloatBlas.view(parameters.param("W")), g4, 0f, dx, nIn);
        return FloatBlas.toArray(dx, rows, nIn);
    }
}
