package org.rnnworkbench.model.nn;

import org.rnnworkbench.model.conf.Activation;

/** Element-wise activations and their derivatives (from the output) for the fused kernels' inner loops. */
final class ScalarActivations {
    /** ND4J's hard sigmoid uses the float constant 0.2f; so do we, to agree with the reference path. */
    private static final float HARD_SIGMOID_SLOPE = 0.2f;

    private ScalarActivations() {
    }

    static float apply(Activation activation, float x) {
        switch (activation) {
            case TANH:
                return (float) (1.0 - 2.0 / (Math.exp(2.0 * x) + 1.0));
            case SIGMOID:
                return (float) (1.0 / (1.0 + Math.exp(-x)));
            case HARDSIGMOID:
                return Math.min(1f, Math.max(0f, HARD_SIGMOID_SLOPE * x + 0.5f));
            case RELU:
                return x > 0 ? x : 0f;
            case SOFTSIGN:
                return x / (1f + Math.abs(x));
            case IDENTITY:
                return x;
            default:
                throw new IllegalArgumentException(activation + " is not element-wise");
        }
    }

    static float derivativeFromOutput(Activation activation, float y) {
        switch (activation) {
            case TANH:
                return 1f - y * y;
            case SIGMOID:
                return y * (1f - y);
            case HARDSIGMOID:
                return y > 0f && y < 1f ? HARD_SIGMOID_SLOPE : 0f;
            case RELU:
                return y > 0f ? 1f : 0f;
            case SOFTSIGN: {
                float d = 1f - Math.abs(y);
                return d * d;
            }
            case IDENTITY:
                return 1f;
            default:
                throw new IllegalArgumentException(activation + " is not element-wise");
        }
    }
}
