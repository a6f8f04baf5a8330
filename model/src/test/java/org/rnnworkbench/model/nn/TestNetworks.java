package org.rnnworkbench.model.nn;

import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.rnnworkbench.model.conf.LossFunction;

/** Random data for engine tests, from a seeded Java generator so every run sees the same numbers. */
final class TestNetworks {
    private TestNetworks() {
    }

    /** Uniform values in {@code [-1, 1)}, shape as given, double precision. */
    static INDArray uniform(Random rng, long... shape) {
        INDArray a = Nd4j.create(DataType.DOUBLE, shape);
        double[] v = new double[(int) a.length()];
        for (int i = 0; i < v.length; i++) {
            v[i] = 2 * rng.nextDouble() - 1;
        }
        return Nd4j.create(v, shape, 'c');
    }

    /** Labels {@code [mb, nOut, time]} that suit the loss: one-hot, values in [0,1], or real values. */
    static INDArray labels(Random rng, LossFunction loss, int mb, int nOut, int time) {
        INDArray labels = Nd4j.zeros(DataType.DOUBLE, mb, nOut, time);
        for (int b = 0; b < mb; b++) {
            for (int t = 0; t < time; t++) {
                switch (loss) {
                    case MCXENT, NEGATIVELOGLIKELIHOOD -> labels.putScalar(new int[] {b, rng.nextInt(nOut), t}, 1.0);
                    case XENT -> {
                        for (int k = 0; k < nOut; k++) {
                            labels.putScalar(new int[] {b, k, t}, rng.nextBoolean() ? 1.0 : 0.0);
                        }
                    }
                    case MSE -> {
                        for (int k = 0; k < nOut; k++) {
                            labels.putScalar(new int[] {b, k, t}, 2 * rng.nextDouble() - 1);
                        }
                    }
                }
            }
        }
        return labels;
    }

    /** A mask {@code [mb, time]} whose every row is the given pattern of 0/1 characters. */
    static INDArray mask(int mb, String pattern) {
        INDArray m = Nd4j.zeros(DataType.DOUBLE, mb, pattern.length());
        for (int b = 0; b < mb; b++) {
            for (int t = 0; t < pattern.length(); t++) {
                m.putScalar(b, t, pattern.charAt(t) == '1' ? 1.0 : 0.0);
            }
        }
        return m;
    }

    /** A mask {@code [rows, time]} with one pattern per row. */
    static INDArray mask(String... rows) {
        INDArray m = Nd4j.zeros(DataType.DOUBLE, rows.length, rows[0].length());
        for (int b = 0; b < rows.length; b++) {
            for (int t = 0; t < rows[b].length(); t++) {
                m.putScalar(b, t, rows[b].charAt(t) == '1' ? 1.0 : 0.0);
            }
        }
        return m;
    }
}
