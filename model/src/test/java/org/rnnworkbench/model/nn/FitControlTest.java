package org.rnnworkbench.model.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.rnnworkbench.model.conf.BackpropType;
import org.rnnworkbench.model.conf.LSTM;
import org.rnnworkbench.model.conf.LossFunction;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.conf.RnnOutputLayer;
import org.rnnworkbench.model.conf.Sgd;
import org.rnnworkbench.model.data.ListSequenceDataSetIterator;
import org.rnnworkbench.model.data.SequenceDataSet;
import org.rnnworkbench.model.train.CancellationToken;
import org.rnnworkbench.model.train.IterationEvent;
import org.rnnworkbench.model.train.TrainingDivergedException;
import org.rnnworkbench.model.train.TrainingListener;

/** Listeners, cooperative cancellation and the divergence guard. */
class FitControlTest {
    private static Network network(double lr) {
        return new Network(new NetworkConfiguration.Builder().seed(1).updater(new Sgd(lr)).inputSize(2)
                .layer(new LSTM.Builder().nOut(3).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MSE).nOut(1).build())
                .backpropType(BackpropType.TruncatedBPTT).tBPTTLength(5).build()).init();
    }

    private static List<SequenceDataSet> batches(int count) {
        Random rng = new Random(2);
        List<SequenceDataSet> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(new SequenceDataSet(TestNetworks.uniform(rng, 2, 2, 10).castTo(DataType.FLOAT),
                    TestNetworks.uniform(rng, 2, 1, 10).castTo(DataType.FLOAT)));
        }
        return list;
    }

    @Test
    void cancellingStopsBetweenUpdatesWithTheLastOneApplied() {
        Network net = network(0.1);
        CancellationToken cancel = new CancellationToken();
        List<INDArray> afterEachUpdate = new ArrayList<>();
        net.addListener(new TrainingListener() {
            @Override
            public void iterationDone(IterationEvent event) {
                afterEachUpdate.add(net.params().dup());
                if (event.iteration() == 3) {
                    cancel.cancel();
                }
            }
        });
        boolean finished = net.fit(new ListSequenceDataSetIterator(batches(4)), 5, cancel);
        assertFalse(finished);
        assertEquals(3, net.getIterationCount(), "stopped after the third segment update, mid-minibatch");
        assertTrue(afterEachUpdate.get(2).equals(net.params()), "the last completed update stays applied");
    }

    @Test
    void listenersHearEveryUpdateAndEpoch() {
        Network net = network(0.1);
        List<Long> iterations = new ArrayList<>();
        List<Integer> epochs = new ArrayList<>();
        net.addListener(new TrainingListener() {
            @Override
            public void iterationDone(IterationEvent event) {
                iterations.add(event.iteration());
                assertTrue(Double.isFinite(event.score()) && event.examples() == 2);
            }

            @Override
            public void epochDone(int epoch) {
                epochs.add(epoch);
            }
        });
        net.fit(new ListSequenceDataSetIterator(batches(3)), 2);
        assertEquals(12, iterations.size(), "3 minibatches x 2 segments x 2 epochs");
        assertEquals(List.of(0, 1), epochs);
    }

    @Test
    void divergenceStopsWithTheLastGoodParameters() {
        Network net = network(1e30);
        List<SequenceDataSet> data = batches(1);
        INDArray[] lastGood = {net.params().dup()};
        net.addListener(new TrainingListener() {
            @Override
            public void iterationDone(IterationEvent event) {
                lastGood[0] = net.params().dup();
            }
        });
        TrainingDivergedException e = null;
        for (int i = 0; i < 20 && e == null; i++) {
            try {
                net.fit(data.get(0));
            } catch (TrainingDivergedException diverged) {
                e = diverged;
            }
        }
        assertTrue(e != null, "a learning rate of 1e30 diverges");
        assertTrue(e.getMessage().contains("last good parameters are kept"), e.getMessage());
        assertTrue(lastGood[0].equals(net.params()), "the failed update was not applied");
        INDArray params = net.params();
        assertTrue(params.isInfinite().castTo(DataType.INT).sumNumber().intValue() == 0
                && params.isNaN().castTo(DataType.INT).sumNumber().intValue() == 0, "parameters are all finite");
        assertThrows(TrainingDivergedException.class, () -> {
            for (int i = 0; i < 5; i++) {
                net.fit(data.get(0));
            }
        });
    }
}
