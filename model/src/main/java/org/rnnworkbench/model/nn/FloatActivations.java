package org.rnnworkbench.model.nn;

import java.util.Arrays;
import org.rnnworkbench.model.conf.Activation;

/**
 * Element-wise activations and their derivatives over ranges of {@code float[]}, for the fused kernels: one
 * tight loop per call, the choice of function made once per range rather than once per element.
 *
 * <p>Two implementations compute the same functions with the same algorithm ({@link ScalarActivations}'s
 * {@code exp} and the formulas on top of it): this class, plain loops, and one on the JDK's Vector API that
 * does {@code exp}, {@code tanh} and {@code sigmoid} several lanes at a time. {@link #best()} picks the vector
 * one (through {@link WarmingActivations}, which holds it back until it is compiled) when the JVM was started with
 * {@code --add-modules jdk.incubator.vector}, and this one otherwise; the vector class is only loaded in the first
 * case. The loops without {@code exp} are simple enough for the JIT
 * to vectorise on its own, so they live here and serve both.
 */
class FloatActivations {
    /** The incubating module that holds the Vector API (JDK 16-20). */
    static final String VECTOR_MODULE = "jdk.incubator.vector";

    private static final FloatActivations BEST = choose();

    /** The plain-loop implementation; {@link #best()} for the fastest this JVM can run. */
    FloatActivations() {
    }

    /** The fastest implementation available in this JVM, chosen once. */
    static FloatActivations best() {
        return BEST;
    }

    private static FloatActivations choose() {
        if (ModuleLayer.boot().findModule(VECTOR_MODULE).isEmpty()) {
            return new FloatActivations();
        }
        try {
            // By name, so that this class never links against the incubator module when it is absent.
            return new WarmingActivations((FloatActivations) Class.forName(
                    FloatActivations.class.getPackageName() + ".VectorActivations").getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | LinkageError e) {
            return new FloatActivations();
        }
    }

    /** A short name for logs and benchmark reports: {@code "vector (16 lanes)"} or {@code "scalar"}. */
    String describe() {
        return "scalar";
    }

    /**
     * {@code v[off, off + len) = activation(v[off, off + len))} in place.
     *
     * @throws IllegalArgumentException for softmax, which is not element-wise
     */
    final void apply(Activation activation, float[] v, int off, int len) {
        switch (activation) {
            case TANH -> tanh(v, off, len);
            case SIGMOID -> sigmoid(v, off, len);
            case HARDSIGMOID -> {
                for (int i = off; i < off + len; i++) {
                    v[i] = Math.min(1f, Math.max(0f, ScalarActivations.HARD_SIGMOID_SLOPE * v[i] + 0.5f));
                }
            }
            case RELU -> {
                for (int i = off; i < off + len; i++) {
                    v[i] = v[i] > 0 ? v[i] : 0f;
                }
            }
            case SOFTSIGN -> {
                for (int i = off; i < off + len; i++) {
                    v[i] = v[i] / (1f + Math.abs(v[i]));
                }
            }
            case IDENTITY -> {
            }
            default -> throw new IllegalArgumentException(activation + " is not element-wise");
        }
    }

    /** {@code v = tanh(v)} in place on {@code [off, off + len)}. */
    void tanh(float[] v, int off, int len) {
        for (int i = off; i < off + len; i++) {
            v[i] = 1f - 2f / (ScalarActivations.exp(2f * v[i]) + 1f);
        }
    }

    /** {@code v = 1 / (1 + e^-v)} in place on {@code [off, off + len)}. */
    void sigmoid(float[] v, int off, int len) {
        for (int i = off; i < off + len; i++) {
            v[i] = 1f / (1f + ScalarActivations.exp(-v[i]));
        }
    }

    /** {@code v = e^v} in place on {@code [off, off + len)}, as {@link ScalarActivations#exp(float)}. */
    void exp(float[] v, int off, int len) {
        for (int i = off; i < off + len; i++) {
            v[i] = ScalarActivations.exp(v[i]);
        }
    }

    /**
     * {@code d[i] = activation'} at the point where it produced {@code y[i]}, for {@code i} in {@code [0, len)}:
     * the same values as {@link ScalarActivations#derivativeFromOutput}.
     */
    static void derivativeFromOutput(Activation activation, float[] y, float[] d, int len) {
        switch (activation) {
            case TANH -> {
                for (int i = 0; i < len; i++) {
                    d[i] = 1f - y[i] * y[i];
                }
            }
            case SIGMOID -> {
                for (int i = 0; i < len; i++) {
                    d[i] = y[i] * (1f - y[i]);
                }
            }
            case HARDSIGMOID -> {
                for (int i = 0; i < len; i++) {
                    d[i] = y[i] > 0f && y[i] < 1f ? ScalarActivations.HARD_SIGMOID_SLOPE : 0f;
                }
            }
            case RELU -> {
                for (int i = 0; i < len; i++) {
                    d[i] = y[i] > 0f ? 1f : 0f;
                }
            }
            case SOFTSIGN -> {
                for (int i = 0; i < len; i++) {
                    float s = 1f - Math.abs(y[i]);
                    d[i] = s * s;
                }
            }
            case IDENTITY -> Arrays.fill(d, 0, len, 1f);
            default -> throw new IllegalArgumentException(activation + " is not element-wise");
        }
    }
}
