package org.rnnworkbench.model.train;

import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.rnnworkbench.model.conf.AdaGrad;
import org.rnnworkbench.model.conf.Adam;
import org.rnnworkbench.model.conf.Nesterovs;
import org.rnnworkbench.model.conf.RmsProp;
import org.rnnworkbench.model.conf.Sgd;
import org.rnnworkbench.model.conf.UpdaterConfig;

/**
 * The update rules of {@link Updater} as Java loops over single-precision vectors, for networks in float: one
 * pass over the parameters instead of some ten ND4J ops, each of which costs its dispatch and a sweep through
 * memory. Same formulas, same operation order and the same float rounding of the constants as the ND4J path
 * (which converts a {@code double} scalar to the array's type), so the two give the same values up to the last bit
 * or so; same state vectors, so saved state is interchangeable.
 *
 * <p>The vectors are processed a chunk at a time through heap arrays: the JIT vectorises loops over {@code float[]}
 * (including {@code sqrt} and division), but not {@code get}/{@code put} on direct buffers, and the copies in and out
 * are bulk copies.
 */
final class FloatUpdateRules {
    /** Floats per chunk: three chunks stay in the first-level cache. */
    private static final int CHUNK = 2048;

    private final UpdaterConfig config;
    private final float[] g = new float[CHUNK];
    private final float[] s1 = new float[CHUNK];
    private final float[] s2 = new float[CHUNK];

    FloatUpdateRules(UpdaterConfig config) {
        this.config = config;
    }

    /** Whether the loops can run on these arrays: float, contiguous, c order (a {@code null} state is absent). */
    static boolean supports(INDArray... arrays) {
        for (INDArray a : arrays) {
            if (a != null && (a.dataType() != DataType.FLOAT || a.ordering() != 'c' || a.elementWiseStride() != 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Turns {@code gradient} into the update in place and advances the state, as {@link Updater#apply}.
     *
     * @param gradient {@code [numParams]}, contiguous float
     * @param state1 {@code [numParams]} (momentum, Adam's m, squared-gradient history), or {@code null} for SGD
     * @param state2 {@code [numParams]} (Adam's v), or {@code null}
     * @param iteration updates applied before this one
     */
    void apply(INDArray gradient, INDArray state1, INDArray state2, long iteration) {
        FloatBuffer gb = view(gradient);
        FloatBuffer b1 = state1 == null ? null : view(state1);
        FloatBuffer b2 = state2 == null ? null : view(state2);
        int n = gb.remaining();
        float lr = (float) config.learningRate();
        // Constants as the ND4J path rounds them: each double scalar becomes a float before it meets the array.
        float alpha = 0f;
        if (config instanceof Adam a) {
            long t = iteration + 1;
            alpha = (float) (config.learningRate() * Math.sqrt(1 - Math.pow(a.beta2(), t))
                    / (1 - Math.pow(a.beta1(), t)));
        }
        for (int from = 0; from < n; from += CHUNK) {
            int len = Math.min(CHUNK, n - from);
            gb.get(from, g, 0, len);
            if (b1 != null) {
                b1.get(from, s1, 0, len);
            }
            if (b2 != null) {
                b2.get(from, s2, 0, len);
            }
            if (config instanceof Sgd) {
                sgd(len, lr);
            } else if (config instanceof Nesterovs m) {
                nesterovs(len, lr, (float) m.momentum(), (float) (1 + m.momentum()));
            } else if (config instanceof Adam a) {
                adam(len, (float) a.beta1(), (float) (1 - a.beta1()), (float) a.beta2(), (float) (1 - a.beta2()),
                        (float) a.epsilon(), alpha);
            } else if (config instanceof RmsProp r) {
                rmsProp(len, lr, (float) r.rmsDecay(), (float) (1 - r.rmsDecay()), (float) r.epsilon());
            } else if (config instanceof AdaGrad a) {
                adaGrad(len, lr, (float) a.epsilon());
            } else {
                throw new IllegalStateException("no float loop for " + config);
            }
            gb.put(from, g, 0, len);
            if (b1 != null) {
                b1.put(from, s1, 0, len);
            }
            if (b2 != null) {
                b2.put(from, s2, 0, len);
            }
        }
    }

    private void sgd(int len, float lr) {
        for (int i = 0; i < len; i++) {
            g[i] = g[i] * lr;
        }
    }

    private void nesterovs(int len, float lr, float mu, float onePlusMu) {
        for (int i = 0; i < len; i++) {
            float previous = s1[i];
            float v = s1[i] * mu - g[i] * lr;
            s1[i] = v;
            g[i] = previous * mu - v * onePlusMu;
        }
    }

    private void adam(int len, float beta1, float oneMinusBeta1, float beta2, float oneMinusBeta2, float epsilon,
            float alpha) {
        for (int i = 0; i < len; i++) {
            float m = s1[i] * beta1 + g[i] * oneMinusBeta1;
            float v = s2[i] * beta2 + g[i] * g[i] * oneMinusBeta2;
            s1[i] = m;
            s2[i] = v;
            g[i] = m / ((float) Math.sqrt(v) + epsilon) * alpha;
        }
    }

    private void rmsProp(int len, float lr, float decay, float oneMinusDecay, float epsilon) {
        for (int i = 0; i < len; i++) {
            float c = s1[i] * decay + g[i] * g[i] * oneMinusDecay;
            s1[i] = c;
            g[i] = g[i] / ((float) Math.sqrt(c) + epsilon) * lr;
        }
    }

    private void adaGrad(int len, float lr, float epsilon) {
        for (int i = 0; i < len; i++) {
            float c = s1[i] + g[i] * g[i];
            s1[i] = c;
            g[i] = g[i] / ((float) Math.sqrt(c) + epsilon) * lr;
        }
    }

    /** The array's memory, positioned at its first element, limited to its length. */
    private static FloatBuffer view(INDArray a) {
        FloatBuffer all = a.data().asNioFloat();
        int offset = Math.toIntExact(a.offset());
        all.position(offset).limit(offset + Math.toIntExact(a.length()));
        return all.slice();
    }
}
