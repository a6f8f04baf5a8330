package org.rnnworkbench.model.nn;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.rnnworkbench.model.conf.Activation;
import org.rnnworkbench.model.conf.LayerConf;
import org.rnnworkbench.model.conf.RnnOutputLayer;

/**
 * {@link RnnOutputLayer} at run time: {@code p = act(x W + b)} on every step's row, and the loss against the
 * labels at the steps whose label is present.
 *
 * <p>Two implementations of the pass: ND4J ops ({@link OpsOutputPass}), the reference, which serves double
 * precision; and Java loops with products straight into OpenBLAS ({@link FloatOutputPass}) for single precision,
 * where the dispatch of a dozen ops per minibatch and their fresh arrays cost more than the arithmetic.
 */
final class OutputStepLayer implements Layer {
    /** Probabilities are kept away from 0 and 1 inside logarithms, as DL4J does, so a score stays finite. */
    static final double SOFTMAX_CLIP = 1e-10;
    private static final double SIGMOID_CLIP = 1e-5;

    private final RnnOutputLayer conf;
    private final ParameterBlock parameters;
    /** The float pass's buffers, reused from one minibatch to the next. */
    private final FloatWorkspace workspace = new FloatWorkspace();

    OutputStepLayer(RnnOutputLayer conf) {
        this.conf = conf;
        parameters = new ParameterBlock(List.of(
                new ParameterBlock.Spec("W", conf.nIn(), conf.nOut(), true),
                new ParameterBlock.Spec("b", 1, conf.nOut(), false)));
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
        WeightInitializer.fill(parameters.param("W"), conf.weightInit(), conf.nIn(), conf.nOut(), rng);
        parameters.param("b").assign(0.0);
    }

    @Override
    public OutputPass forward(INDArray x, int miniBatch, INDArray active, Map<String, INDArray> initialState) {
        if (x.dataType() == DataType.FLOAT) {
            return new FloatOutputPass(conf, parameters, workspace, x, active);
        }
        return forwardWithOps(x, active);
    }

    /**
     * {@link #forward} with ND4J ops, whatever the data type: the reference the float pass is tested against.
     *
     * @param x {@code [rows, nIn]}
     * @param active {@code [rows, 1]} or {@code null}
     */
    OutputPass forwardWithOps(INDArray x, INDArray active) {
        INDArray p = x.mmul(parameters.param("W")).addiRowVector(parameters.param("b"));
        ActivationMath.applyInPlace(conf.activation(), p);
        return new OpsOutputPass(x, p, active);
    }

    /** The output layer's pass: predictions, loss and the backward pass from labels. */
    interface OutputPass extends LayerPass {
        /**
         * Loss of every row, {@code [rows, 1]}, before masking; the caller may scale it in place.
         *
         * @param labels {@code [rows, nOut]}
         */
        INDArray rowLosses(INDArray labels);

        /**
         * Sets the layer's gradients from the loss and returns the gradient for the layer below.
         *
         * @param labels {@code [rows, nOut]}
         * @param labelsMask {@code [rows, 1]} or {@code null}
         * @param divisor the minibatch size: the score is a sum over present steps divided by it
         * @return gradient with respect to the layer's input {@code [rows, nIn]}
         */
        INDArray backwardFromLabels(INDArray labels, INDArray labelsMask, int divisor);

        @Override
        default INDArray backward(INDArray epsilon, int backwardLength) {
            throw new UnsupportedOperationException("the output layer backpropagates from labels");
        }
    }

    /** The pass with ND4J ops. */
    private final class OpsOutputPass implements OutputPass {
        private final INDArray x;
        private final INDArray p;
        private final INDArray active;

        private OpsOutputPass(INDArray x, INDArray p, INDArray active) {
            this.x = x;
            this.p = p;
            this.active = active;
        }

        /** Predictions {@code [rows, nOut]}, zero at inactive steps. */
        @Override
        public INDArray output() {
            return active == null ? p : p.mulColumnVector(active);
        }

        @Override
        public Map<String, INDArray> finalState() {
            return Map.of();
        }

        @Override
        public INDArray rowLosses(INDArray labels) {
            return rowLossesWithOps(conf, p, labels);
        }

        @Override
        public INDArray backwardFromLabels(INDArray labels, INDArray labelsMask, int divisor) {
            INDArray dz = preActivationGradientWithOps(conf, p, labels);
            if (labelsMask != null) {
                dz.muliColumnVector(labelsMask);
            }
            dz.divi(divisor);
            parameters.gradient("W").assign(x.transpose().mmul(dz));
            parameters.gradient("b").assign(dz.sum(true, 0));
            return dz.mmul(parameters.param("W").transpose());
        }
    }

    /**
     * Loss of every row with ND4J ops, {@code [rows, 1]}, before masking.
     *
     * @param p predictions {@code [rows, nOut]}
     * @param labels {@code [rows, nOut]}
     */
    static INDArray rowLossesWithOps(RnnOutputLayer conf, INDArray p, INDArray labels) {
        INDArray perElement = switch (conf.lossFunction()) {
            case MCXENT, NEGATIVELOGLIKELIHOOD -> Transforms.log(clip(p, SOFTMAX_CLIP), false).muli(labels).negi();
            case MSE -> {
                INDArray d = p.sub(labels);
                yield d.muli(d).divi(conf.nOut());
            }
            case XENT -> {
                INDArray clipped = clip(p, SIGMOID_CLIP);
                INDArray pos = Transforms.log(clipped, true).muli(labels);
                INDArray neg = Transforms.log(clipped.rsub(1.0), false).muli(labels.rsub(1.0));
                yield pos.addi(neg).negi();
            }
        };
        return perElement.sum(true, 1);
    }

    /**
     * Gradient of every row's loss with respect to the pre-activation, with ND4J ops, as a new array
     * {@code [rows, nOut]}, before masking and division.
     *
     * @param p predictions {@code [rows, nOut]}
     * @param labels {@code [rows, nOut]}
     */
    static INDArray preActivationGradientWithOps(RnnOutputLayer conf, INDArray p, INDArray labels) {
        Activation act = conf.activation();
        return switch (conf.lossFunction()) {
            case MCXENT, NEGATIVELOGLIKELIHOOD ->
                // d/dz of -sum y log softmax(z) is p * sum(y) - y, which is p - y for one-hot labels.
                p.mulColumnVector(labels.sum(true, 1)).subi(labels);
            case MSE -> ActivationMath.backprop(act, p, p.sub(labels).muli(2.0 / conf.nOut()));
            case XENT -> act == Activation.SIGMOID ? p.sub(labels)
                    : ActivationMath.backprop(act, p, p.sub(labels).divi(p.mul(p.rsub(1.0))));
        };
    }

    private static INDArray clip(INDArray a, double eps) {
        return Transforms.min(Transforms.max(a, eps, true), 1.0 - eps, false);
    }
}
