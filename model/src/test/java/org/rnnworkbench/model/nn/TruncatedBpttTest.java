package org.rnnworkbench.model.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.rnnworkbench.model.conf.BackpropType;
import org.rnnworkbench.model.conf.GravesLSTM;
import org.rnnworkbench.model.conf.LossFunction;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.conf.RnnOutputLayer;
import org.rnnworkbench.model.conf.Sgd;
import org.rnnworkbench.model.data.SequenceDataSet;
import org.rnnworkbench.model.train.IterationEvent;
import org.rnnworkbench.model.train.TrainingListener;

/** Truncated BPTT: segments, updates, equivalence with standard BPTT and the backward reach. */
class TruncatedBpttTest {

    private static NetworkConfiguration.Builder base() {
        return new NetworkConfiguration.Builder().dataType(DataType.DOUBLE).seed(3).inputSize(2)
                .updater(new Sgd(0.1))
                .layer(new GravesLSTM.Builder().nOut(5).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(3).build());
    }

    private static SequenceDataSet data(int mb, int t, long seed) {
        Random rng = new Random(seed);
        return new SequenceDataSet(TestNetworks.uniform(rng, mb, 2, t),
                TestNetworks.labels(rng, LossFunction.MCXENT, mb, 3, t));
    }

    @Test
    void forwardLengthAtLeastTheSequenceEqualsStandardBptt() {
        SequenceDataSet ds = data(3, 9, 1);
        Network standard = new Network(base().build()).init();
        Network truncated = new Network(base().backpropType(BackpropType.TruncatedBPTT).tBPTTLength(9).build())
                .init();
        GradientAndScore s = standard.computeGradientAndScore(ds);
        GradientAndScore t = truncated.computeGradientAndScore(ds);
        assertEquals(s.score(), t.score(), 1e-12);
        assertTrue(s.gradient().equalsWithEps(t.gradient(), 1e-12));
        standard.fit(ds);
        truncated.fit(ds);
        assertTrue(standard.params().equalsWithEps(truncated.params(), 1e-12), "one update gives the same parameters");
    }

    @Test
    void sequenceOf120WithForwardLength100MakesTwoUpdatesOf100And20Steps() {
        Network net = new Network(base().backpropType(BackpropType.TruncatedBPTT).tBPTTLength(100).build()).init();
        List<IterationEvent> events = new ArrayList<>();
        net.addListener(new TrainingListener() {
            @Override
            public void iterationDone(IterationEvent event) {
                events.add(event);
            }
        });
        INDArray before = net.params().dup();
        net.fit(data(2, 120, 2));
        assertEquals(2, events.size());
        assertEquals(100, events.get(0).timeSteps());
        assertEquals(20, events.get(1).timeSteps());
        assertEquals(2, net.getIterationCount());
        assertTrue(net.params().sub(before).amaxNumber().doubleValue() > 0, "parameters changed");
    }

    @Test
    void forwardLengthLongerThanTheSequenceStillTrains() {
        Network net = new Network(base().updater(new org.rnnworkbench.model.conf.Adam(0.05))
                .backpropType(BackpropType.TruncatedBPTT).tBPTTLength(50).build()).init();
        SequenceDataSet ds = data(4, 12, 3);
        double before = net.score(ds);
        for (int i = 0; i < 60; i++) {
            net.fit(ds);
        }
        assertEquals(60, net.getIterationCount(), "one update per fit: the single segment is the whole sequence");
        assertTrue(net.score(ds) < 0.5 * before, "score fell from " + before + " to " + net.score(ds));
    }

    @Test
    void lossesBeforeTheBackwardReachDoNotReachTheRecurrentLayer() {
        Network net = new Network(base().backpropType(BackpropType.TruncatedBPTT).tBPTTForwardLength(10)
                .tBPTTBackwardLength(4).build()).init();
        SequenceDataSet early = data(2, 10, 4);
        // Labels only at steps 0..5, all before the last 4 steps of the segment.
        early = new SequenceDataSet(early.features(), early.labels(), null, TestNetworks.mask(2, "1111110000"));
        net.computeGradientAndScore(early);
        for (String p : List.of("W", "RW", "b")) {
            assertEquals(0.0, net.gradientTable(0).get(p).amaxNumber().doubleValue(), 0.0, p + " gradient");
        }
        assertTrue(net.gradientTable(1).get("W").amaxNumber().doubleValue() > 0, "the output layer still learns");

        SequenceDataSet late = new SequenceDataSet(early.features(), early.labels(), null,
                TestNetworks.mask(2, "0000000001"));
        net.computeGradientAndScore(late);
        assertTrue(net.gradientTable(0).get("RW").amaxNumber().doubleValue() > 0, "a late loss does reach RW");
    }
}
