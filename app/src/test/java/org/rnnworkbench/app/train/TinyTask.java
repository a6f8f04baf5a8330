package org.rnnworkbench.app.train;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.rnnworkbench.model.conf.Adam;
import org.rnnworkbench.model.conf.BackpropType;
import org.rnnworkbench.model.conf.GravesLSTM;
import org.rnnworkbench.model.conf.LossFunction;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.conf.RnnOutputLayer;
import org.rnnworkbench.model.conf.UpdaterConfig;
import org.rnnworkbench.model.data.ListSequenceDataSetIterator;
import org.rnnworkbench.model.data.SequenceDataSet;

/** A network and data small enough to train in a test in milliseconds. */
final class TinyTask {
    static final int IN = 6;
    static final int CLASSES = 3;

    private TinyTask() {
    }

    static NetworkConfiguration conf(UpdaterConfig updater) {
        return new NetworkConfiguration.Builder().seed(7).updater(updater)
                .layer(new GravesLSTM.Builder().nIn(IN).nOut(8).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(CLASSES).build())
                .build();
    }

    /** A regressor: {@code CLASSES} outputs with a squared error. */
    static NetworkConfiguration regression(UpdaterConfig updater) {
        return new NetworkConfiguration.Builder().seed(7).updater(updater)
                .layer(new GravesLSTM.Builder().nIn(IN).nOut(8).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MSE).nOut(CLASSES).build())
                .build();
    }

    static TrainingData regressionData() {
        List<SequenceDataSet> training = PracticeData.batches(IN, CLASSES, false, 64, 1);
        return new TrainingData("tiny regression", () -> new ListSequenceDataSetIterator(training),
                Optional.empty(), TrainingData.ThroughputUnit.EXAMPLES, OptionalInt.of(training.size()));
    }

    static NetworkConfiguration conf() {
        return conf(new Adam(0.02));
    }

    static NetworkConfiguration truncated(int forward, int backward) {
        return conf().toBuilder().backpropType(BackpropType.TruncatedBPTT).tBPTTForwardLength(forward)
                .tBPTTBackwardLength(backward).build();
    }

    /** Two minibatches of training data and one of validation data. */
    static TrainingData data() {
        List<SequenceDataSet> training = PracticeData.batches(IN, CLASSES, true, 64, 1);
        List<SequenceDataSet> validation = PracticeData.batches(IN, CLASSES, true, 32, 2);
        return new TrainingData("tiny", () -> new ListSequenceDataSetIterator(training),
                Optional.of(() -> new ListSequenceDataSetIterator(validation)),
                TrainingData.ThroughputUnit.EXAMPLES, OptionalInt.of(training.size()));
    }
}
