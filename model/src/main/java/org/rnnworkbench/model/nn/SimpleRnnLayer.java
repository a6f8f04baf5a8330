package org.rnnworkbench.model.nn;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.rnnworkbench.model.conf.LayerConf;
import org.rnnworkbench.model.conf.SimpleRnn;

/**
 * The plain recurrent layer {@code h(t) = act(x(t) W + h(t-1) RW + b)}, forwards or backwards in time; at an
 * inactive step the state is carried over and the output is zero.
 */
final class SimpleRnnLayer implements Layer {
    private final SimpleRnn conf;
    private final int n;
    private final boolean reverse;
    private final ParameterBlock parameters;

    SimpleRnnLayer(SimpleRnn conf, boolean reverse) {
        this.conf = conf;
        this.n = conf.nOut();
        this.reverse = reverse;
        parameters = new ParameterBlock(List.of(
                new ParameterBlock.Spec("W", conf.nIn(), n, true),
                new ParameterBlock.Spec("RW", n, n, true),
                new ParameterBlock.Spec("b", 1, n, false)));
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
        WeightInitializer.fill(parameters.param("W"), conf.weightInit(), conf.nIn(), n, rng);
        WeightInitializer.fill(parameters.param("RW"), conf.weightInit(), n, n, rng);
        parameters.param("b").assign(0.0);
    }

    @Override
    public LayerPass forward(INDArray input, int miniBatch, INDArray active, Map<String, INDArray> initialState) {
        return new Pass(input, miniBatch, active, initialState);
    }

    private final class Pass implements LayerPass {
        private final INDArray x;
        private final int mb;
        private final int steps;
        private final INDArray active;
        private final INDArray h0;
        /** The step's new activation before masking {@code [rows, n]}. */
        private final INDArray hNew;
        /** Carried state {@code [rows, n]}. */
        private final INDArray h;
        private final INDArray out;

        Pass(INDArray x, int mb, INDArray active, Map<String, INDArray> init) {
            this.x = x;
            this.mb = mb;
            this.steps = (int) (x.size(0) / mb);
            this.active = active;
            h0 = init == null ? Nd4j.zeros(x.dataType(), mb, n) : init.get(RecurrentState.ACTIVATIONS);
            hNew = x.mmul(parameters.param("W")).addiRowVector(parameters.param("b"));
            h = active == null ? hNew : Nd4j.create(x.dataType(), x.size(0), n);
            out = active == null ? hNew : Nd4j.create(x.dataType(), x.size(0), n);
            INDArray rw = parameters.param("RW");
            INDArray hPrev = h0;
            for (int k = 0; k < steps; k++) {
                int t = timeOf(k);
                INDArray z = TimeMajor.step(hNew, t, mb);
                Nd4j.gemm(hPrev, rw, z, false, false, 1.0, 1.0);
                ActivationMath.applyInPlace(conf.activation(), z);
                if (active != null) {
                    INDArray m = TimeMajor.step(active, t, mb);
                    TimeMajor.step(h, t, mb).assign(z).subi(hPrev).muliColumnVector(m).addi(hPrev);
                    TimeMajor.step(out, t, mb).assign(z).muliColumnVector(m);
                }
                hPrev = TimeMajor.step(h, t, mb);
            }
        }

        private int timeOf(int k) {
            return reverse ? steps - 1 - k : k;
        }

        @Override
        public INDArray output() {
            return out;
        }

        @Override
        public Map<String, INDArray> finalState() {
            return Map.of(RecurrentState.ACTIVATIONS, TimeMajor.step(h, timeOf(steps - 1), mb).dup('c'));
        }

        @Override
        public INDArray backward(INDArray epsilon, int backwardLength) {
            INDArray dz = Nd4j.zeros(x.dataType(), x.size(0), n);
            INDArray dRw = Nd4j.zeros(x.dataType(), n, n);
            INDArray rw = parameters.param("RW");
            INDArray dhNext = Nd4j.zeros(x.dataType(), mb, n);
            int stop = Math.max(0, steps - backwardLength);
            for (int k = steps - 1; k >= stop; k--) {
                int t = timeOf(k);
                INDArray hPrev = k == 0 ? h0 : TimeMajor.step(h, timeOf(k - 1), mb);
                INDArray dh = TimeMajor.step(epsilon, t, mb).add(dhNext);
                INDArray keep = null;
                if (active != null) {
                    INDArray m = TimeMajor.step(active, t, mb);
                    keep = dhNext.mulColumnVector(m.rsub(1.0));
                    dh.muliColumnVector(m);
                }
                INDArray dzt = TimeMajor.step(dz, t, mb);
                INDArray ht = TimeMajor.step(hNew, t, mb);
                dzt.assign(ActivationMath.derivativeFromOutput(conf.activation(), ht).muli(dh));
                INDArray dhPrev = Nd4j.gemm(dzt, rw, false, true);
                Nd4j.gemm(hPrev, dzt, dRw, true, false, 1.0, 1.0);
                if (keep != null) {
                    dhPrev.addi(keep);
                }
                dhNext = dhPrev;
            }
            parameters.gradient("W").assign(Nd4j.gemm(x, dz, true, false));
            parameters.gradient("RW").assign(dRw);
            parameters.gradient("b").assign(dz.sum(true, 0));
            return Nd4j.gemm(dz, parameters.param("W"), false, true);
        }
    }
}
