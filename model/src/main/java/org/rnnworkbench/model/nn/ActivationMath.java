package org.rnnworkbench.model.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.rnnworkbench.model.conf.Activation;

/**
 * Activation functions and their derivatives. Every derivative is computed from the activation's output, so
 * layers keep only outputs for the backward pass.
 */
final class ActivationMath {
    /**
     * The slope of ND4J's hard sigmoid, {@code min(1, max(0, slope * x + 0.5))}: libnd4j uses the float constant
     * {@code 0.2f} (0.20000000298...) also in double precision, so the derivative must use the same value to be
     * the derivative of what the forward pass computes.
     */
    private static final double HARD_SIGMOID_SLOPE = 0.2f;

    private ActivationMath() {
    }

    /** Applies the activation to {@code z} in place (views allowed); softmax works along rows. */
    static void applyInPlace(Activation activation, INDArray z) {
        switch (activation) {
            case TANH -> Transforms.tanh(z, false);
            case SIGMOID -> Transforms.sigmoid(z, false);
            case HARDSIGMOID -> Transforms.hardSigmoid(z, false);
            case RELU -> Transforms.relu(z, false);
            case SOFTSIGN -> Transforms.softsign(z, false);
            case IDENTITY -> {
            }
            case SOFTMAX -> softmaxRowsInPlace(z);
        }
    }

    /**
     * Numerically stable row-wise softmax of {@code z [rows, n]}, in place: no array of {@code z}'s size is
     * allocated (for the output layer of a long sequence that is megabytes, and fresh memory costs page faults).
     */
    static void softmaxRowsInPlace(INDArray z) {
        z.subiColumnVector(z.max(1).reshape(z.size(0), 1));
        Transforms.exp(z, false);
        z.diviColumnVector(z.sum(1).reshape(z.size(0), 1));
    }

    /**
     * Derivative of the activation at the point where it produced {@code y}, element-wise, as a new array.
     * Not defined for softmax: use {@link #backprop}.
     */
    static INDArray derivativeFromOutput(Activation activation, INDArray y) {
        return switch (activation) {
            case TANH -> y.mul(y).rsubi(1.0);
            case SIGMOID -> y.rsub(1.0).muli(y);
            case HARDSIGMOID -> y.gt(0.0).castTo(y.dataType()).muli(y.lt(1.0).castTo(y.dataType()))
                    .muli(HARD_SIGMOID_SLOPE);
            case RELU -> y.gt(0.0).castTo(y.dataType());
            case SOFTSIGN -> {
                INDArray d = Transforms.abs(y, true).rsubi(1.0);
                yield d.muli(d);
            }
            case IDENTITY -> y.ulike().assign(1.0);
            case SOFTMAX -> throw new IllegalArgumentException("softmax has no element-wise derivative");
        };
    }

    /**
     * Gradient with respect to the pre-activation, given the output {@code y [rows, n]} and the gradient with
     * respect to the output {@code dy [rows, n]}; a new array.
     */
    static INDArray backprop(Activation activation, INDArray y, INDArray dy) {
        if (activation == Activation.SOFTMAX) {
            INDArray dot = dy.mul(y).sum(1).reshape(y.size(0), 1);
            return dy.subColumnVector(dot).muli(y);
        }
        return derivativeFromOutput(activation, y).muli(dy);
    }
}
