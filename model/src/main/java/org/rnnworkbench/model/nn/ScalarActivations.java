package org.rnnworkbench.model.nn;

import org.rnnworkbench.model.conf.Activation;

/** Element-wise activations and their derivatives (from the output) for the fused kernels' inner loops. */
final class ScalarActivations {
    /** ND4J's hard sigmoid uses the float constant 0.2f; so do we, to agree with the reference path. */
    static final float HARD_SIGMOID_SLOPE = 0.2f;

    private ScalarActivations() {
    }

    static float apply(Activation activation, float x) {
        switch (activation) {
            case TANH:
                return 1f - 2f / (exp(2f * x) + 1f);
            case SIGMOID:
                return 1f / (1f + exp(-x));
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

    static final float LOG2_E = 1.442695041f;
    /** ln 2 split in two so that {@code n * LN2_HI} is exact for the {@code n} that occur (Cody and Waite). */
    static final float LN2_HI = 0.693359375f;
    static final float LN2_LO = -2.12194440e-4f;
    /** {@code 1.5 * 2^23}: adding it to a float of magnitude below {@code 2^22} rounds it to an integer. */
    static final float ROUNDER = 12582912f;

    /**
     * {@code e^x} to single precision (relative error about 2e-7), several times faster than
     * {@link Math#exp}: {@code x = n ln2 + r} with {@code n} the integer nearest {@code x log2 e} and so
     * {@code |r| <= ln2 / 2}, {@code e^r} by its degree-6 Taylor polynomial, and {@code 2^n} written straight into
     * the exponent bits. {@link VectorActivations} computes the same, operation by operation.
     */
    static float exp(float x) {
        if (x > 88f) {
            return Float.POSITIVE_INFINITY;
        }
        if (x < -87f) {
            return 0f;
        }
        // Rounded to nearest, ties to even, by adding and subtracting 1.5 * 2^23: the vector code does the same.
        float n = (x * LOG2_E + ROUNDER) - ROUNDER;
        float r = x - n * LN2_HI - n * LN2_LO;
        float p = 1f + r * (1f + r * (0.5f + r * (1f / 6 + r * (1f / 24 + r * (1f / 120 + r * (1f / 720))))));
        return p * Float.intBitsToFloat(((int) n + 127) << 23);
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
