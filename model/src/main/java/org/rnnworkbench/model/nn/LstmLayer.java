package org.rnnworkbench.model.nn;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.rnnworkbench.model.conf.Activation;
import org.rnnworkbench.model.conf.GravesLSTM;
import org.rnnworkbench.model.conf.LSTM;
import org.rnnworkbench.model.conf.LayerConf;
import org.rnnworkbench.model.conf.WeightInit;

/**
 * LSTM with or without peepholes ({@link GravesLSTM} / {@link LSTM}), running forwards or backwards in time.
 *
 * <p>With {@code z = x W + h(t-1) RW + b} split into blocks {@code [a | f | o | g]}:
 * {@code a = act(z_a)}, {@code f = gate(z_f + c(t-1) * wF)}, {@code g = gate(z_g + c(t-1) * wG)},
 * {@code c(t) = f * c(t-1) + g * a}, {@code o = gate(z_o + c(t) * wO)}, {@code h(t) = o * act(c(t))}; the
 * peephole terms only in the Graves variant. At an inactive step the state is carried over unchanged and the
 * output is zero.
 */
final class LstmLayer implements Layer {
    private final LayerConf conf;
    private final int nIn;
    private final int n;
    private final boolean peepholes;
    private final Activation activation;
    private final Activation gate;
    private final double forgetGateBias;
    private final WeightInit weightInit;
    private final boolean reverse;
    private final ParameterBlock parameters;

    LstmLayer(LayerConf conf, boolean reverse) {
        this.conf = conf;
        this.reverse = reverse;
        this.nIn = conf.nIn();
        if (conf instanceof GravesLSTM g) {
            n = g.nOut();
            peepholes = true;
            activation = g.activation();
            gate = g.gateActivation();
            forgetGateBias = g.forgetGateBiasInit();
            weightInit = g.weightInit();
        } else if (conf instanceof LSTM l) {
            n = l.nOut();
            peepholes = false;
            activation = l.activation();
            gate = l.gateActivation();
            forgetGateBias = l.forgetGateBiasInit();
            weightInit = l.weightInit();
        } else {
            throw new IllegalArgumentException("not an LSTM configuration: " + conf.typeName());
        }
        parameters = new ParameterBlock(List.of(
                new ParameterBlock.Spec("W", nIn, 4L * n, true),
                new ParameterBlock.Spec("RW", n, 4L * n + (peepholes ? 3 : 0), true),
                new ParameterBlock.Spec("b", 1, 4L * n, false)));
    }

    @Override
    public LayerConf conf() {
        return conf;
    }

    @Override
    public ParameterBlock parameters() {
        return parameters;
    }

    @Override
    public void initialize(SplittableRandom rng) {
        WeightInitializer.fill(parameters.param("W"), weightInit, nIn, 4L * n, rng);
        WeightInitializer.fill(parameters.param("RW"), weightInit, n, 4L * n, rng);
        INDArray b = parameters.param("b");
        b.assign(0.0);
        TimeMajor.columns(b, n, 2L * n).assign(forgetGateBias);
    }

    /** What the fused kernel needs to know of this layer. */
    record Settings(int nIn, int n, boolean peepholes, Activation activation, Activation gate, boolean reverse) {
    }

    @Override
    public LayerPass forward(INDArray input, int miniBatch, INDArray active, Map<String, INDArray> initialState) {
        // Single precision runs the fused kernel; double precision (gradient checks) the reference pass below.
        if (input.dataType() == DataType.FLOAT) {
            return new FusedLstmPass(new Settings(nIn, n, peepholes, activation, gate, reverse), parameters, input,
                    miniBatch, active, initialState);
        }
        return new Pass(input, miniBatch, active, initialState);
    }

    /** The peephole weights as a row {@code [1, n]}: 0 forget, 1 output, 2 input gate. */
    private INDArray peephole(INDArray rw, int which) {
        return rw.get(NDArrayIndex.all(), NDArrayIndex.point(4L * n + which)).reshape(1, n).dup();
    }

    private final class Pass implements LayerPass {
        private final INDArray x;
        private final int mb;
        private final int steps;
        private final INDArray active;
        private final INDArray h0;
        private final INDArray c0;
        /** All recurrent weights {@code [n, 4n(+3)]}; the peephole columns ride along in the product. */
        private final INDArray rw;
        private final INDArray wF;
        private final INDArray wO;
        private final INDArray wG;
        /** Gate activations {@code [rows, 4n]}, blocks a, f, o, g. */
        private final INDArray gates;
        /** Carried state h and c {@code [rows, n]}. */
        private final INDArray h;
        private final INDArray c;
        /** The step's new cell before masking, and act of it {@code [rows, n]}. */
        private final INDArray cellNew;
        private final INDArray cellAct;
        private final INDArray out;

        Pass(INDArray x, int mb, INDArray active, Map<String, INDArray> init) {
            this.x = x;
            this.mb = mb;
            this.steps = (int) (x.size(0) / mb);
            this.active = active;
            rw = parameters.param("RW");
            wF = peepholes ? peephole(rw, 0) : null;
            wO = peepholes ? peephole(rw, 1) : null;
            wG = peepholes ? peephole(rw, 2) : null;
            h0 = init == null ? Nd4j.zeros(x.dataType(), mb, n) : init.get(RecurrentState.ACTIVATIONS);
            c0 = init == null ? Nd4j.zeros(x.dataType(), mb, n) : init.get(RecurrentState.MEMORY);
            long rows = x.size(0);
            // One GEMM for the input projection of the whole sequence.
            gates = x.mmul(parameters.param("W")).addiRowVector(parameters.param("b"));
            h = Nd4j.create(x.dataType(), rows, n);
            c = Nd4j.create(x.dataType(), rows, n);
            cellNew = active == null ? c : Nd4j.create(x.dataType(), rows, n);
            cellAct = Nd4j.create(x.dataType(), rows, n);
            out = active == null ? h : Nd4j.create(x.dataType(), rows, n);
            run();
        }

        private int timeOf(int k) {
            return reverse ? steps - 1 - k : k;
        }

        private void run() {
            INDArray hPrev = h0;
            INDArray cPrev = c0;
            // With peepholes RW is [n, 4n+3]: multiplying by all of it avoids copying the 4n gate columns out,
            // and the 3 extra product columns are simply not used.
            INDArray recurrent = peepholes ? Nd4j.create(gates.dataType(), mb, rw.size(1)) : null;
            for (int k = 0; k < steps; k++) {
                int t = timeOf(k);
                INDArray z = TimeMajor.step(gates, t, mb);
                if (peepholes) {
                    Nd4j.gemm(hPrev, rw, recurrent, false, false, 1.0, 0.0);
                    z.addi(TimeMajor.columns(recurrent, 0, 4L * n));
                } else {
                    Nd4j.gemm(hPrev, rw, z, false, false, 1.0, 1.0);
                }
                INDArray a = TimeMajor.columns(z, 0, n);
                INDArray f = TimeMajor.columns(z, n, 2L * n);
                INDArray o = TimeMajor.columns(z, 2L * n, 3L * n);
                INDArray g = TimeMajor.columns(z, 3L * n, 4L * n);
                if (peepholes) {
                    f.addi(cPrev.mulRowVector(wF));
                    g.addi(cPrev.mulRowVector(wG));
                }
                ActivationMath.applyInPlace(activation, a);
                ActivationMath.applyInPlace(gate, f);
                ActivationMath.applyInPlace(gate, g);
                INDArray cn = TimeMajor.step(cellNew, t, mb);
                cn.assign(f).muli(cPrev).addi(a.mul(g));
                if (peepholes) {
                    o.addi(cn.mulRowVector(wO));
                }
                ActivationMath.applyInPlace(gate, o);
                INDArray acn = TimeMajor.step(cellAct, t, mb);
                acn.assign(cn);
                ActivationMath.applyInPlace(activation, acn);
                INDArray ht = TimeMajor.step(h, t, mb);
                if (active == null) {
                    ht.assign(o).muli(acn);
                } else {
                    INDArray m = TimeMajor.step(active, t, mb);
                    INDArray yt = TimeMajor.step(out, t, mb);
                    yt.assign(o).muli(acn);
                    ht.assign(yt).subi(hPrev).muliColumnVector(m).addi(hPrev);
                    yt.muliColumnVector(m);
                    TimeMajor.step(c, t, mb).assign(cn).subi(cPrev).muliColumnVector(m).addi(cPrev);
                }
                hPrev = ht;
                cPrev = TimeMajor.step(c, t, mb);
            }
        }

        @Override
        public INDArray output() {
            return out;
        }

        @Override
        public Map<String, INDArray> finalState() {
            int last = timeOf(steps - 1);
            return Map.of(RecurrentState.ACTIVATIONS, TimeMajor.step(h, last, mb).dup('c'),
                    RecurrentState.MEMORY, TimeMajor.step(c, last, mb).dup('c'));
        }

        @Override
        public INDArray backward(INDArray epsilon, int backwardLength) {
            // Gate gradients with 3 zero columns where RW has its peepholes, so dz RW^T is exact without copies.
            INDArray dz = Nd4j.zeros(x.dataType(), x.size(0), rw.size(1));
            INDArray dRw = Nd4j.zeros(x.dataType(), n, rw.size(1));
            INDArray dwF = peepholes ? Nd4j.zeros(x.dataType(), 1, n) : null;
            INDArray dwO = peepholes ? Nd4j.zeros(x.dataType(), 1, n) : null;
            INDArray dwG = peepholes ? Nd4j.zeros(x.dataType(), 1, n) : null;
            INDArray dhNext = Nd4j.zeros(x.dataType(), mb, n);
            INDArray dcNext = Nd4j.zeros(x.dataType(), mb, n);
            int stop = Math.max(0, steps - backwardLength);
            for (int k = steps - 1; k >= stop; k--) {
                int t = timeOf(k);
                INDArray hPrev = k == 0 ? h0 : TimeMajor.step(h, timeOf(k - 1), mb);
                INDArray cPrev = k == 0 ? c0 : TimeMajor.step(c, timeOf(k - 1), mb);
                INDArray dh = TimeMajor.step(epsilon, t, mb).add(dhNext);
                INDArray dc = dcNext;
                INDArray keepH = null;
                INDArray keepC = null;
                if (active != null) {
                    INDArray m = TimeMajor.step(active, t, mb);
                    INDArray notM = m.rsub(1.0);
                    keepH = dhNext.mulColumnVector(notM);
                    keepC = dcNext.mulColumnVector(notM);
                    dh.muliColumnVector(m);
                    dc = dcNext.mulColumnVector(m);
                }
                INDArray z = TimeMajor.step(gates, t, mb);
                INDArray a = TimeMajor.columns(z, 0, n);
                INDArray f = TimeMajor.columns(z, n, 2L * n);
                INDArray o = TimeMajor.columns(z, 2L * n, 3L * n);
                INDArray g = TimeMajor.columns(z, 3L * n, 4L * n);
                INDArray acn = TimeMajor.step(cellAct, t, mb);
                INDArray dzt = TimeMajor.step(dz, t, mb);
                INDArray dza = TimeMajor.columns(dzt, 0, n);
                INDArray dzf = TimeMajor.columns(dzt, n, 2L * n);
                INDArray dzo = TimeMajor.columns(dzt, 2L * n, 3L * n);
                INDArray dzg = TimeMajor.columns(dzt, 3L * n, 4L * n);

                dzo.assign(dh).muli(acn).muli(ActivationMath.derivativeFromOutput(gate, o));
                INDArray dcn = dh.mul(o).muli(ActivationMath.derivativeFromOutput(activation, acn)).addi(dc);
                if (peepholes) {
                    dcn.addi(dzo.mulRowVector(wO));
                }
                dzf.assign(dcn).muli(cPrev).muli(ActivationMath.derivativeFromOutput(gate, f));
                dzg.assign(dcn).muli(a).muli(ActivationMath.derivativeFromOutput(gate, g));
                dza.assign(dcn).muli(g).muli(ActivationMath.derivativeFromOutput(activation, a));

                INDArray dcPrev = dcn.mul(f);
                if (peepholes) {
                    dcPrev.addi(dzf.mulRowVector(wF)).addi(dzg.mulRowVector(wG));
                    dwF.addi(dzf.mul(cPrev).sum(true, 0));
                    dwG.addi(dzg.mul(cPrev).sum(true, 0));
                    dwO.addi(dzo.mul(TimeMajor.step(cellNew, t, mb)).sum(true, 0));
                }
                INDArray dhPrev = Nd4j.gemm(dzt, rw, false, true);
                Nd4j.gemm(hPrev, dzt, dRw, true, false, 1.0, 1.0);
                if (active != null) {
                    dhPrev.addi(keepH);
                    dcPrev.addi(keepC);
                }
                dhNext = dhPrev;
                dcNext = dcPrev;
            }
            INDArray dz4 = peepholes ? TimeMajor.columns(dz, 0, 4L * n) : dz;
            parameters.gradient("W").assign(Nd4j.gemm(x, dz4, true, false));
            parameters.gradient("b").assign(dz4.sum(true, 0));
            INDArray gRw = parameters.gradient("RW");
            gRw.assign(dRw);
            if (peepholes) {
                gRw.get(NDArrayIndex.all(), NDArrayIndex.point(4L * n)).assign(dwF.reshape(n));
                gRw.get(NDArrayIndex.all(), NDArrayIndex.point(4L * n + 1)).assign(dwO.reshape(n));
                gRw.get(NDArrayIndex.all(), NDArrayIndex.point(4L * n + 2)).assign(dwG.reshape(n));
            }
            return Nd4j.gemm(dz4, parameters.param("W"), false, true);
        }
    }
}
