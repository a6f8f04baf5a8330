package org.rnnworkbench.model.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.rnnworkbench.model.conf.AdaGrad;
import org.rnnworkbench.model.conf.Adam;
import org.rnnworkbench.model.conf.Nesterovs;
import org.rnnworkbench.model.conf.RmsProp;
import org.rnnworkbench.model.conf.Sgd;
import org.rnnworkbench.model.conf.UpdaterConfig;

/**
 * The float loops of every update rule against the ND4J ops path, in single precision on random gradients over
 * several updates: the same updates and the same state, in the same layout.
 */
class FloatUpdateRulesTest {
    /** Not a multiple of the loops' chunk, so that the last, partial chunk is covered. */
    private static final int N = 5_000;
    private static final int UPDATES = 5;

    static Stream<UpdaterConfig> rules() {
        return Stream.of(new Sgd(0.1), new Nesterovs(0.05, 0.9), new Adam(0.01), new RmsProp(0.01),
                new AdaGrad(0.1));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void loopsGiveTheUpdatesAndStateOfTheOps(UpdaterConfig config) {
        Updater loops = new Updater(config, N, DataType.FLOAT);
        Updater ops = new Updater(config, N, DataType.FLOAT);
        SplittableRandom rng = new SplittableRandom(config.getClass().getName().hashCode());
        for (int t = 0; t < UPDATES; t++) {
            float[] g = new float[N];
            for (int i = 0; i < N; i++) {
                // Mixed scales, and exact zeros, which the squared-gradient rules divide around.
                g[i] = i % 97 == 0 ? 0f : (float) (rng.nextGaussian() * Math.pow(10, rng.nextInt(-4, 2)));
            }
            INDArray a = Nd4j.create(g.clone(), new long[] {N}, DataType.FLOAT);
            INDArray b = Nd4j.create(g.clone(), new long[] {N}, DataType.FLOAT);
            loops.apply(a, t);
            ops.applyWithOps(b, t);
            assertClose(b.toFloatVector(), a.toFloatVector(), config + " update " + t);
            if (!(config instanceof Sgd)) {
                assertClose(ops.stateView().toFloatVector(), loops.stateView().toFloatVector(),
                        config + " state after update " + t);
            }
        }
        assertEquals(List.of(ops.stateView().shape().length, ops.stateView().length()),
                List.of(loops.stateView().shape().length, loops.stateView().length()));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void savedStateCarriesOverBetweenThePaths(UpdaterConfig config) {
        if (config instanceof Sgd) {
            return;
        }
        Updater ops = new Updater(config, N, DataType.FLOAT);
        SplittableRandom rng = new SplittableRandom(3);
        INDArray g = Nd4j.rand(DataType.FLOAT, N).subi(0.5);
        ops.applyWithOps(g.dup(), 0);
        Updater loops = new Updater(config, N, DataType.FLOAT);
        loops.setState(ops.stateView());
        float[] next = new float[N];
        for (int i = 0; i < N; i++) {
            next[i] = (float) rng.nextGaussian();
        }
        INDArray a = Nd4j.create(next.clone(), new long[] {N}, DataType.FLOAT);
        INDArray b = Nd4j.create(next.clone(), new long[] {N}, DataType.FLOAT);
        loops.apply(a, 1);
        ops.applyWithOps(b, 1);
        assertClose(b.toFloatVector(), a.toFloatVector(), config + " update after restoring state");
    }

    /** Relative to each value, with an absolute floor far below the values' scale. */
    private static void assertClose(float[] expected, float[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        int different = 0;
        for (int i = 0; i < expected.length; i++) {
            double tolerance = 1e-6 * Math.abs(expected[i]) + 1e-12;
            if (!(Math.abs(expected[i] - actual[i]) <= tolerance)) {
                assertArrayEquals(new float[] {expected[i]}, new float[] {actual[i]}, (float) tolerance,
                        what + " at " + i);
            }
            different += expected[i] == actual[i] ? 0 : 1;
        }
        // Same formulas in the same order: most values agree to the bit, so a tolerance cannot hide a wrong rule.
        assertTrue(different <= expected.length / 10, what + ": " + different + " values differ in the last bits");
    }
}
