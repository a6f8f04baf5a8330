package org.rnnworkbench.model.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.rnnworkbench.model.conf.Bidirectional;
import org.rnnworkbench.model.conf.DenseLayer;
import org.rnnworkbench.model.conf.GravesLSTM;
import org.rnnworkbench.model.conf.LSTM;
import org.rnnworkbench.model.conf.LossFunction;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.conf.RnnOutputLayer;

/** {@code rnnTimeStep} on a sequence in pieces equals {@code output} on the whole; state access is safe. */
class RnnTimeStepTest {
    private static final int T = 12;

    private static Network network() {
        NetworkConfiguration conf = new NetworkConfiguration.Builder().seed(8).inputSize(3)
                .layer(new LSTM.Builder().nOut(5).build())
                .layer(new GravesLSTM.Builder().nOut(4).build())
                .layer(new DenseLayer.Builder().nOut(6).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(3).build())
                .build();
        return new Network(conf).init();
    }

    private static INDArray input(int mb) {
        return TestNetworks.uniform(new Random(4), mb, 3, T).castTo(DataType.FLOAT);
    }

    @ParameterizedTest(name = "chunks of {0}")
    @ValueSource(ints = {1, 2, 3, 4, 6, 12})
    void piecesEqualTheWholeSequence(int chunk) {
        Network net = network();
        INDArray in = input(2);
        INDArray whole = net.output(in);
        List<INDArray> activations = net.feedForward(in);
        for (int start = 0; start < T; start += chunk) {
            INDArray out;
            INDArray expected;
            if (chunk == 1) {
                INDArray step = in.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(start));
                assertEquals(2, step.rank());
                out = net.rnnTimeStep(step);
                assertEquals(2, out.rank(), "a 2-d input gives a 2-d output");
                expected = whole.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(start));
            } else {
                out = net.rnnTimeStep(in.get(NDArrayIndex.all(), NDArrayIndex.all(),
                        NDArrayIndex.interval(start, start + chunk)));
                expected = whole.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(start, start + chunk));
            }
            assertArrayEquals(expected.shape(), out.shape());
            assertTrue(expected.equalsWithEps(out, 1e-5), "chunk at " + start);
            int last = start + chunk - 1;
            for (int layer = 0; layer < 2; layer++) {
                INDArray stored = net.rnnGetPreviousState(layer).get(RecurrentState.ACTIVATIONS);
                INDArray full = activations.get(layer + 1).get(NDArrayIndex.all(), NDArrayIndex.all(),
                        NDArrayIndex.point(last));
                assertTrue(full.equalsWithEps(stored, 1e-5), "stored activation of layer " + layer + " at " + last);
            }
        }
    }

    @Test
    void getAndSetStateRoundTripAndReturnedMapsAreCopies() {
        Network net = network();
        INDArray in = input(2);
        net.rnnTimeStep(in.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(0, 5)));
        Map<String, INDArray> state0 = net.rnnGetPreviousState(0);
        Map<String, INDArray> state1 = net.rnnGetPreviousState(1);
        assertEquals(2, state0.size(), "LSTM state has activations and memory");
        INDArray rest = in.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(5, T));
        INDArray continued = net.rnnTimeStep(rest);

        state0.get(RecurrentState.MEMORY).addi(100.0);
        state0.get(RecurrentState.MEMORY).subi(100.0);
        Map<String, INDArray> mutated = net.rnnGetPreviousState(0);
        mutated.get(RecurrentState.ACTIVATIONS).assign(42.0);
        assertTrue(net.rnnGetPreviousState(0).get(RecurrentState.ACTIVATIONS).amaxNumber().doubleValue() < 42,
                "mutating the returned map does not change the network");

        net.rnnClearPreviousState();
        net.rnnSetPreviousState(0, state0);
        net.rnnSetPreviousState(1, state1);
        assertTrue(continued.equalsWithEps(net.rnnTimeStep(rest), 1e-6), "restored state continues identically");
    }

    /** Unmasked single-precision steps take the op-free path, masked ones the general path: state flows between. */
    @Test
    void stepsWithAndWithoutMasksContinueOneAnother() {
        Network net = network();
        INDArray in = input(2);
        INDArray whole = net.output(in);
        net.rnnTimeStep(in.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(0, 4)));
        INDArray ones = Nd4j.ones(DataType.FLOAT, 2, 4);
        INDArray masked = net.rnnTimeStep(in.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(4, 8)),
                ones);
        INDArray last = net.rnnTimeStep(in.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(8, T)));
        assertTrue(whole.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(4, 8))
                .equalsWithEps(masked, 1e-5));
        assertTrue(whole.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(8, T))
                .equalsWithEps(last, 1e-5));
    }

    /** Reading and writing state between steps (forks, snapshots) keeps the outputs of the whole sequence. */
    @Test
    void stateReadAndRestoredBetweenSingleStepsContinuesExactly() {
        Network net = network();
        INDArray in = input(2);
        INDArray whole = net.output(in);
        List<Map<String, INDArray>> saved = null;
        for (int t = 0; t < T; t++) {
            INDArray step = in.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(t));
            if (t == 6) {
                saved = net.rnnGetPreviousStates();
            }
            INDArray out = net.rnnTimeStep(step);
            assertTrue(whole.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(t)).equalsWithEps(out, 1e-5));
            net.rnnGetPreviousState(1);
        }
        net.rnnSetPreviousStates(saved);
        INDArray again = net.rnnTimeStep(in.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(6)));
        assertTrue(whole.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(6)).equalsWithEps(again, 1e-5),
                "a restored state continues from step 6 again");
        assertTrue(saved.get(2).isEmpty(), "a dense layer has no state");
    }

    @Test
    void changingTheMinibatchWithoutClearingIsAClearError() {
        Network net = network();
        net.rnnTimeStep(input(3));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> net.rnnTimeStep(input(5)));
        assertTrue(e.getMessage().contains("minibatch size 3") && e.getMessage().contains("rnnClearPreviousState"),
                e.getMessage());
        net.rnnClearPreviousState();
        assertArrayEquals(new long[] {5, 3, T}, net.rnnTimeStep(input(5)).shape());
    }

    @Test
    void bidirectionalLayersRefuseStepping() {
        NetworkConfiguration conf = new NetworkConfiguration.Builder().inputSize(3)
                .layer(new Bidirectional(new LSTM.Builder().nOut(4).build()))
                .layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(3).build()).build();
        Network net = new Network(conf).init();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> net.rnnTimeStep(Nd4j.zeros(DataType.FLOAT, 1, 3)));
        assertTrue(e.getMessage().contains("layer 0 (Bidirectional)"), e.getMessage());
    }

    @Test
    void stateOfTheWrongShapeIsRefused() {
        Network net = network();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> net.rnnSetPreviousState(0,
                Map.of(RecurrentState.ACTIVATIONS, Nd4j.zeros(2, 7), RecurrentState.MEMORY, Nd4j.zeros(2, 7))));
        assertTrue(e.getMessage().contains("nOut=5"), e.getMessage());
    }

    /**
     * A generator's input: one row of few non-zero values (a one-hot character, or two symbols at once), which the
     * float stepper sums from the selected weight rows instead of multiplying. Stepped one character at a time it
     * must give what {@code output} gives on the whole sequence, which multiplies as usual.
     */
    @ParameterizedTest(name = "{0} non-zero value(s) per step")
    @ValueSource(ints = {1, 2})
    void sparseSingleRowsStepLikeTheWholeSequence(int hot) {
        int nIn = 12;
        NetworkConfiguration conf = new NetworkConfiguration.Builder().seed(21).dataType(DataType.FLOAT).inputSize(nIn)
                .layer(new GravesLSTM.Builder().nOut(7).build())
                .layer(new LSTM.Builder().nOut(5).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(nIn).build())
                .build();
        Network net = new Network(conf).init();
        Random rng = new Random(5);
        INDArray in = Nd4j.zeros(DataType.FLOAT, 1, nIn, T);
        for (int t = 0; t < T; t++) {
            for (int k = 0; k < hot; k++) {
                in.putScalar(new long[] {0, rng.nextInt(nIn), t}, k == 0 ? 1f : -0.75f);
            }
        }
        INDArray whole = net.output(in);
        for (int t = 0; t < T; t++) {
            INDArray step = in.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(t)).dup('c');
            INDArray out = net.rnnTimeStep(step);
            INDArray expected = whole.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(t));
            assertTrue(expected.equalsWithEps(out, 1e-5), "step " + t + ": " + out + " vs " + expected);
        }
    }
}
