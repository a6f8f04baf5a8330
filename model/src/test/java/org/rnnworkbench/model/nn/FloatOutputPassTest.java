package org.rnnworkbench.model.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.rnnworkbench.model.conf.Activation;
import org.rnnworkbench.model.conf.LossFunction;
import org.rnnworkbench.model.conf.RnnOutputLayer;
import org.rnnworkbench.model.conf.WeightInit;

/**
 * The output layer's float loops ({@link FloatOutputPass}) against its ND4J ops, both in single precision on the
 * same random inputs and parameters: predictions (masked and not), row losses, and the W, b and input gradients,
 * with and without a labels mask.
 */
class FloatOutputPassTest {
    /** Several of the pass's row blocks (53 rows at nOut 77), the last one partial. */
    private static final int ROWS = 3 * 41;
    private static final int N_IN = 19;

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        Object[][] pairs = {
            {LossFunction.MCXENT, Activation.SOFTMAX, 77},
            {LossFunction.NEGATIVELOGLIKELIHOOD, Activation.SOFTMAX, 5},
            {LossFunction.MSE, Activation.IDENTITY, 7},
            {LossFunction.MSE, Activation.TANH, 7},
            {LossFunction.MSE, Activation.SOFTMAX, 6},
            {LossFunction.XENT, Activation.SIGMOID, 4},
            {LossFunction.XENT, Activation.SOFTMAX, 4},
        };
        for (Object[] pair : pairs) {
            for (boolean masked : new boolean[] {false, true}) {
                all.add(Arguments.of(pair[0], pair[1], pair[2], masked));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} nOut={2} masked={3}")
    @MethodSource("cases")
    void loopsMatchTheOps(LossFunction loss, Activation activation, int nOut, boolean masked) {
        SplittableRandom rng = new SplittableRandom(31L * nOut + loss.ordinal());
        OutputStepLayer layer = layer(loss, activation, nOut, rng);
        INDArray x = gaussian(rng, ROWS, N_IN, 1.5);
        INDArray labels = labels(loss, rng, nOut);
        INDArray mask = masked ? zeroOnes(rng) : null;
        int divisor = 3;

        OutputStepLayer.OutputPass ops = layer.forwardWithOps(x, mask);
        float[] opsOutput = values(ops.output());
        float[] opsLoss = values(ops.rowLosses(labels));
        float[] opsInputGradient = values(ops.backwardFromLabels(labels, mask, divisor));
        float[] opsW = values(layer.parameters().gradient("W"));
        float[] opsB = values(layer.parameters().gradient("b"));
        layer.parameters().flatGradients().assign(Float.NaN);

        OutputStepLayer.OutputPass loops = layer.forward(x, 3, mask, null);
        assertTrue(loops instanceof FloatOutputPass);
        assertClose(opsOutput, values(loops.output()), "output");
        assertClose(opsLoss, values(loops.rowLosses(labels)), "row losses");
        assertClose(opsInputGradient, values(loops.backwardFromLabels(labels, mask, divisor)),
                "input gradient");
        assertClose(opsW, values(layer.parameters().gradient("W")), "W gradient");
        assertClose(opsB, values(layer.parameters().gradient("b")), "b gradient");
    }

    @Test
    void aSecondPassOfTheSameShapeReusesTheArraysAndGivesItsOwnValues() {
        SplittableRandom rng = new SplittableRandom(5);
        OutputStepLayer layer = layer(LossFunction.MCXENT, Activation.SOFTMAX, 9, rng);
        INDArray labels = labels(LossFunction.MCXENT, rng, 9);
        OutputStepLayer.OutputPass first = layer.forward(gaussian(rng, ROWS, N_IN, 1), 3, null, null);
        INDArray firstGradient = first.backwardFromLabels(labels, null, 3);
        INDArray x = gaussian(rng, ROWS, N_IN, 1);
        OutputStepLayer.OutputPass second = layer.forward(x, 3, null, null);
        INDArray secondGradient = second.backwardFromLabels(labels, null, 3);
        assertSame(firstGradient, secondGradient);
        float[] expected = values(layer.forwardWithOps(x, null).backwardFromLabels(labels, null, 3));
        assertClose(expected, values(secondGradient), "input gradient of the second pass");
    }

    @Test
    void theLossClipsProbabilitiesInsideTheLogAsTheOpsDo() {
        SplittableRandom rng = new SplittableRandom(11);
        OutputStepLayer layer = layer(LossFunction.MCXENT, Activation.SOFTMAX, 8, rng);
        // Huge inputs: most probabilities underflow to 0 and the largest round to 1, so the clip decides the loss;
        // a NaN input row gives NaN probabilities, which the clip also handles in its own way.
        INDArray x = gaussian(rng, ROWS, N_IN, 300);
        x.getRow(7).assign(Float.NaN);
        INDArray labels = labels(LossFunction.MCXENT, rng, 8);
        float[] expected = values(layer.forwardWithOps(x, null).rowLosses(labels));
        float[] actual = values(layer.forward(x, 3, null, null).rowLosses(labels));
        assertTrue(expected[0] > 20 || expected[1] > 20 || expected[2] > 20, "no row hit the lower clip");
        assertEquals(Float.floatToIntBits(expected[7]), Float.floatToIntBits(actual[7]), "the row of NaN inputs");
        expected[7] = actual[7] = 1f;
        assertClose(expected, actual, "row losses");
    }

    /** The array's values in c order (a view's own values, not its whole buffer). */
    private static float[] values(INDArray a) {
        return a.dup('c').reshape(a.length()).toFloatVector();
    }

    private static OutputStepLayer layer(LossFunction loss, Activation activation, int nOut, SplittableRandom rng) {
        OutputStepLayer layer = new OutputStepLayer(new RnnOutputLayer(N_IN, nOut, activation, loss, WeightInit.XAVIER));
        long n = layer.parameters().length();
        layer.bind(Nd4j.zeros(DataType.FLOAT, n), Nd4j.zeros(DataType.FLOAT, n));
        layer.initialize(rng.split());
        layer.parameters().param("b").assign(gaussian(rng, 1, nOut, 0.5));
        return layer;
    }

    private static INDArray labels(LossFunction loss, SplittableRandom rng, int nOut) {
        float[] v = new float[ROWS * nOut];
        for (int r = 0; r < ROWS; r++) {
            switch (loss) {
                // One-hot, except for a few rows of soft labels, where sum(y) != 1 matters.
                case MCXENT, NEGATIVELOGLIKELIHOOD -> {
                    if (r % 10 == 0) {
                        for (int j = 0; j < nOut; j++) {
                            v[r * nOut + j] = (float) rng.nextDouble() * 0.5f;
                        }
                    } else {
                        v[r * nOut + rng.nextInt(nOut)] = 1f;
                    }
                }
                case MSE -> {
                    for (int j = 0; j < nOut; j++) {
                        v[r * nOut + j] = (float) rng.nextGaussian();
                    }
                }
                case XENT -> {
                    for (int j = 0; j < nOut; j++) {
                        v[r * nOut + j] = rng.nextBoolean() ? 1f : 0f;
                    }
                }
            }
        }
        return Nd4j.create(v, new long[] {ROWS, nOut}, DataType.FLOAT);
    }

    private static INDArray zeroOnes(SplittableRandom rng) {
        float[] v = new float[ROWS];
        for (int r = 0; r < ROWS; r++) {
            v[r] = rng.nextInt(4) == 0 ? 0f : 1f;
        }
        return Nd4j.create(v, new long[] {ROWS, 1}, DataType.FLOAT);
    }

    private static INDArray gaussian(SplittableRandom rng, int rows, int columns, double scale) {
        float[] v = new float[rows * columns];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (rng.nextGaussian() * scale);
        }
        return Nd4j.create(v, new long[] {rows, columns}, DataType.FLOAT);
    }

    /**
     * Each value within 1e-6 of the expected one, relative to it, plus 1e-6 of the array's largest magnitude for
     * values that are sums with cancellation (a bias gradient of {@code p - y}), whose relative error is not bounded.
     */
    private static void assertClose(float[] expected, float[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        double scale = 0;
        for (float e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        assertTrue(scale > 0, what + " is all zero: the comparison would prove nothing");
        for (int i = 0; i < expected.length; i++) {
            double tolerance = 1e-6 * Math.abs(expected[i]) + 1e-6 * scale;
            assertTrue(Math.abs(expected[i] - actual[i]) <= tolerance, what + " at " + i + ": expected "
                    + expected[i] + ", got " + actual[i]);
        }
    }
}
