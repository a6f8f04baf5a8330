package org.rnnworkbench.model.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.rnnworkbench.model.conf.AdaGrad;
import org.rnnworkbench.model.conf.Adam;
import org.rnnworkbench.model.conf.GradientNormalization;
import org.rnnworkbench.model.conf.Nesterovs;
import org.rnnworkbench.model.conf.RmsProp;
import org.rnnworkbench.model.conf.Sgd;

/** Each update rule against its formula, written out in plain Java for two steps. */
class UpdaterTest {
    private static final double[] G1 = {0.5, -1.0, 2.0};
    private static final double[] G2 = {-0.25, 0.75, 1.0};

    private static double[][] run(Updater u) {
        double[][] steps = new double[2][];
        int i = 0;
        for (double[] g : new double[][] {G1, G2}) {
            INDArray grad = Nd4j.create(g.clone(), new long[] {3}, DataType.DOUBLE);
            u.apply(grad, i);
            steps[i++] = grad.toDoubleVector();
        }
        return steps;
    }

    @Test
    void sgd() {
        double[][] s = run(new Updater(new Sgd(0.1), 3, DataType.DOUBLE));
        assertArrayEquals(new double[] {0.05, -0.1, 0.2}, s[0], 1e-12);
        assertArrayEquals(new double[] {-0.025, 0.075, 0.1}, s[1], 1e-12);
    }

    @Test
    void nesterovs() {
        double lr = 0.1;
        double mu = 0.9;
        double[][] s = run(new Updater(new Nesterovs(lr, mu), 3, DataType.DOUBLE));
        for (int j = 0; j < 3; j++) {
            double v1 = -lr * G1[j];
            assertArrayEquals(new double[] {-(1 + mu) * v1}, new double[] {s[0][j]}, 1e-12);
            double v2 = mu * v1 - lr * G2[j];
            assertArrayEquals(new double[] {mu * v1 - (1 + mu) * v2}, new double[] {s[1][j]}, 1e-12);
        }
    }

    @Test
    void adam() {
        Adam a = new Adam(0.01);
        double[][] s = run(new Updater(a, 3, DataType.DOUBLE));
        double[] m = new double[3];
        double[] v = new double[3];
        double[][] g = {G1, G2};
        for (int t = 1; t <= 2; t++) {
            double alpha = a.learningRate() * Math.sqrt(1 - Math.pow(a.beta2(), t)) / (1 - Math.pow(a.beta1(), t));
            for (int j = 0; j < 3; j++) {
                m[j] = a.beta1() * m[j] + (1 - a.beta1()) * g[t - 1][j];
                v[j] = a.beta2() * v[j] + (1 - a.beta2()) * g[t - 1][j] * g[t - 1][j];
                assertArrayEquals(new double[] {alpha * m[j] / (Math.sqrt(v[j]) + a.epsilon())},
                        new double[] {s[t - 1][j]}, 1e-12);
            }
        }
    }

    @Test
    void rmsPropAndAdaGrad() {
        RmsProp r = new RmsProp(0.01);
        double[][] s = run(new Updater(r, 3, DataType.DOUBLE));
        AdaGrad a = new AdaGrad(0.1);
        double[][] t = run(new Updater(a, 3, DataType.DOUBLE));
        for (int j = 0; j < 3; j++) {
            double c1 = (1 - r.rmsDecay()) * G1[j] * G1[j];
            double c2 = r.rmsDecay() * c1 + (1 - r.rmsDecay()) * G2[j] * G2[j];
            assertArrayEquals(new double[] {0.01 * G1[j] / Math.sqrt(c1 + r.epsilon()),
                0.01 * G2[j] / Math.sqrt(c2 + r.epsilon())}, new double[] {s[0][j], s[1][j]}, 1e-12);
            double h1 = G1[j] * G1[j];
            double h2 = h1 + G2[j] * G2[j];
            assertArrayEquals(new double[] {0.1 * G1[j] / (Math.sqrt(h1) + a.epsilon()),
                0.1 * G2[j] / (Math.sqrt(h2) + a.epsilon())}, new double[] {t[0][j], t[1][j]}, 1e-12);
        }
    }

    @Test
    void stateRoundTrips() {
        Updater u = new Updater(new Adam(0.01), 3, DataType.DOUBLE);
        run(u);
        Updater copy = new Updater(new Adam(0.01), 3, DataType.DOUBLE);
        copy.setState(u.stateView().dup());
        INDArray g = Nd4j.create(G1.clone(), new long[] {3}, DataType.DOUBLE);
        INDArray h = g.dup();
        u.apply(g, 2);
        copy.apply(h, 2);
        assertArrayEquals(g.toDoubleVector(), h.toDoubleVector(), 0.0);
    }

    @Test
    void clipping() {
        INDArray a = Nd4j.create(new double[] {3, -4}, new long[] {2}, DataType.DOUBLE);
        INDArray b = Nd4j.create(new double[] {0.3, -0.4}, new long[] {2}, DataType.DOUBLE);
        GradientClipping.apply(GradientNormalization.ClipL2PerLayer, 1.0, List.of(a, b));
        assertArrayEquals(new double[] {0.6, -0.8}, a.toDoubleVector(), 1e-12);
        assertArrayEquals(new double[] {0.3, -0.4}, b.toDoubleVector(), 1e-12, "under the threshold: unchanged");
        INDArray c = Nd4j.create(new double[] {3, -0.2}, new long[] {2}, DataType.DOUBLE);
        GradientClipping.apply(GradientNormalization.ClipElementWiseAbsoluteValue, 0.5, List.of(c));
        assertArrayEquals(new double[] {0.5, -0.2}, c.toDoubleVector(), 1e-12);
        INDArray d = Nd4j.create(new double[] {3, -4}, new long[] {2}, DataType.DOUBLE);
        GradientClipping.apply(GradientNormalization.RenormalizeL2PerLayer, 1.0, List.of(d));
        assertArrayEquals(new double[] {0.6, -0.8}, d.toDoubleVector(), 1e-12);
    }
}
