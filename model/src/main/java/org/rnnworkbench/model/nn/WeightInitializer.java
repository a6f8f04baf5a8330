package org.rnnworkbench.model.nn;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.rnnworkbench.model.conf.WeightInit;

/**
 * Fills weight matrices from a seeded Java generator, so that a seed gives the same network on every machine
 * and independent of ND4J's global random state.
 */
final class WeightInitializer {
    private WeightInitializer() {
    }

    /** Fills {@code target [rows, columns]} with the given scheme's values for the given fan-in and fan-out. */
    static void fill(INDArray target, WeightInit scheme, long fanIn, long fanOut, SplittableRandom rng) {
        int n = (int) target.length();
        double[] values = new double[n];
        switch (scheme) {
            case XAVIER -> gaussian(values, Math.sqrt(2.0 / (fanIn + fanOut)), rng);
            case XAVIER_UNIFORM -> uniform(values, Math.sqrt(6.0 / (fanIn + fanOut)), rng);
            case UNIFORM -> uniform(values, 1.0 / Math.sqrt(fanIn), rng);
            case NORMAL -> gaussian(values, 1.0 / Math.sqrt(fanIn), rng);
            case RELU -> gaussian(values, Math.sqrt(2.0 / fanIn), rng);
            case ZERO -> {
            }
        }
        target.assign(Nd4j.create(values, target.shape(), 'c').castTo(target.dataType()));
    }

    private static void gaussian(double[] values, double std, SplittableRandom rng) {
        for (int i = 0; i < values.length; i++) {
            values[i] = rng.nextGaussian() * std;
        }
    }

    private static void uniform(double[] values, double limit, SplittableRandom rng) {
        for (int i = 0; i < values.length; i++) {
            values[i] = (2 * rng.nextDouble() - 1) * limit;
        }
    }
}
