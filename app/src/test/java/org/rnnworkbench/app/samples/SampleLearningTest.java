package org.rnnworkbench.app.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.rnnworkbench.model.conf.Adam;
import org.rnnworkbench.model.conf.BackpropType;
import org.rnnworkbench.model.conf.GradientNormalization;
import org.rnnworkbench.model.conf.GravesLSTM;
import org.rnnworkbench.model.conf.LSTM;
import org.rnnworkbench.model.conf.LossFunction;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.conf.RnnOutputLayer;
import org.rnnworkbench.model.data.AlignmentMode;
import org.rnnworkbench.model.data.BatchSettings;
import org.rnnworkbench.model.data.CsvFormat;
import org.rnnworkbench.model.data.CsvSequenceDataSetIterator;
import org.rnnworkbench.model.data.CsvSequenceSource;
import org.rnnworkbench.model.data.ExampleFiles;
import org.rnnworkbench.model.data.LabelType;
import org.rnnworkbench.model.data.NormalizationFitter;
import org.rnnworkbench.model.data.NormalizationType;
import org.rnnworkbench.model.data.NumberedFiles;
import org.rnnworkbench.model.data.SequenceCsvSpec;
import org.rnnworkbench.model.data.SequenceDataSet;
import org.rnnworkbench.model.eval.Evaluation;
import org.rnnworkbench.model.nn.Network;

/**
 * Each sample's data, imported with the engine's own CSV import, trains briefly and learns: accuracy above
 * chance by a stated margin, or the score falling by a stated factor. Reduced sizes and epochs keep this fast.
 */
class SampleLearningTest {
    @TempDir
    Path dir;

    private static CsvSequenceSource source(Path data, int count, LabelType type, int classes, AlignmentMode mode) {
        SequenceCsvSpec spec = SequenceCsvSpec.separateFiles(new NumberedFiles("features/%d.csv", 0, count - 1),
                new NumberedFiles("labels/%d.csv", 0, count - 1), type, classes, mode, CsvFormat.detect());
        return CsvSequenceSource.open(spec, data);
    }

    private static double meanScore(Network net, CsvSequenceDataSetIterator it) {
        it.reset();
        double sum = 0;
        int n = 0;
        while (it.hasNext()) {
            sum += net.score(it.next());
            n++;
        }
        return sum / n;
    }

    /** Six classes, chance is 1/6: at least 0.6 accuracy after a few epochs on 120 charts. */
    @Test
    void controlChartsAreClassified() throws IOException {
        Path data = dir.resolve("cls");
        SampleDataGenerator.sequenceClassification(data, 20);
        CsvSequenceSource raw = source(data, 120, LabelType.CLASSIFICATION, 6, AlignmentMode.ALIGN_END);
        CsvSequenceSource src = raw.withNormalization(NormalizationFitter.fit(raw, raw.examples(),
                NormalizationType.STANDARDIZE, (done, total) -> { }, () -> false));
        CsvSequenceDataSetIterator it = src.iterator(BatchSettings.shuffled(20, 1));
        Network net = new Network(new NetworkConfiguration.Builder().seed(1).updater(new Adam(0.01)).inputSize(1)
                .layer(new GravesLSTM.Builder().nOut(24).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(6).build()).build()).init();
        net.fit(it, 25);
        Evaluation eval = new Evaluation(6);
        it.reset();
        while (it.hasNext()) {
            SequenceDataSet ds = it.next();
            eval.evalTimeSeries(ds.labels(), net.output(ds.features(), ds.featuresMask()), ds.labelsMask());
        }
        assertTrue(eval.countedSteps() == 120, "one counted step per chart: " + eval.countedSteps());
        assertTrue(eval.accuracy() >= 0.6, "accuracy " + eval.accuracy());
    }

    /** Next value of damped oscillations: the score falls at least five-fold. */
    @Test
    void oscillationsArePredicted() throws IOException {
        Path data = dir.resolve("reg");
        SampleDataGenerator.regression(data, 60);
        CsvSequenceSource src = source(data, 60, LabelType.REGRESSION, 0, AlignmentMode.ALIGN_START);
        CsvSequenceDataSetIterator it = src.iterator(BatchSettings.inOrder(20));
        Network net = new Network(new NetworkConfiguration.Builder().seed(2).updater(new Adam(0.01)).inputSize(1)
                .layer(new LSTM.Builder().nOut(16).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MSE).nOut(1).build()).build()).init();
        double before = meanScore(net, it);
        net.fit(it, 30);
        double after = meanScore(net, it);
        assertTrue(after < before / 5, "score " + before + " -> " + after);
    }

    /** A class at step 0 only; 12 steps of its pattern out: chance is 1/5 per step, at least 0.9 after training. */
    @Test
    void oneToManyPatternsAreEmitted() throws IOException {
        Path data = dir.resolve("otm");
        SampleDataGenerator.oneToMany(data, 40);
        CsvSequenceSource src = source(data, 40, LabelType.CLASSIFICATION, 5, AlignmentMode.ALIGN_START);
        CsvSequenceDataSetIterator it = src.iterator(BatchSettings.inOrder(40));
        Network net = new Network(new NetworkConfiguration.Builder().seed(3).updater(new Adam(0.02)).inputSize(4)
                .layer(new LSTM.Builder().nOut(24).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(5).build()).build()).init();
        net.fit(it, 120);
        it.reset();
        SequenceDataSet ds = it.next();
        assertTrue(ds.featuresMask() != null && ds.featuresMask().getDouble(0, 1) == 0, "input at step 0 only");
        Evaluation eval = new Evaluation(5);
        // Generation runs every step with no input: the labels mask, not the features mask, says which steps count.
        eval.evalTimeSeries(ds.labels(), net.output(ds.features()), ds.labelsMask());
        assertTrue(eval.accuracy() >= 0.9, "per-step accuracy " + eval.accuracy());
    }

    /**
     * Markers answered 60-240 steps later in 2,000+ step sequences, 64 of them for training. Truncated BPTT with
     * 200-step segments must answer at least 90% of the held-out answer steps right within {@value #MARKER_EPOCHS}
     * epochs (it stays at chance, 50%, for a while, then finds the markers within a few epochs: epoch 15-35 in our
     * trials with several seeds on an earlier engine; with this test's seed on the current one, 70-90, the length of
     * the plateau moving with the rounding of the arithmetic). 50-step segments, which never hold a marker and its answer together, trained for
     * as many epochs (four times as many updates), stay at most 75%: what they reach comes from reading the cell
     * state the markers happen to leave behind, never from learning to keep it.
     */
    @Test
    void truncatedBpttLearnsMarkersOnlyWhenSegmentsReachThem() throws IOException {
        Path data = dir.resolve("tb");
        int count = 96;
        int training = 64;
        SampleDataGenerator.truncatedBptt(data, count);
        CsvSequenceSource src = source(data, count, LabelType.CLASSIFICATION, 3, AlignmentMode.ALIGN_START);
        List<ExampleFiles> examples = src.examples();
        CsvSequenceDataSetIterator train = src.iterator(examples.subList(0, training), BatchSettings.shuffled(32, 1));
        CsvSequenceDataSetIterator heldOut = src.iterator(examples.subList(training, count), BatchSettings.inOrder(32));
        SequenceDataSet first = heldOut.next();
        assertTrue(first.timeSeriesLength() >= 2000, "length " + first.timeSeriesLength());
        assertTrue(first.features().dataType() == DataType.FLOAT);

        Network reaching = markerNetwork(200);
        int epochs = 0;
        double reachingAccuracy = 0;
        while (reachingAccuracy < 0.9 && epochs < MARKER_EPOCHS) {
            reaching.fit(train, 5);
            epochs += 5;
            reachingAccuracy = answerAccuracy(reaching, heldOut);
        }
        assertTrue(reachingAccuracy >= 0.9, "200-step segments after " + epochs + " epochs, answer steps right: "
                + reachingAccuracy);

        Network cut = markerNetwork(50);
        cut.fit(train, epochs);
        double cutAccuracy = answerAccuracy(cut, heldOut);
        assertTrue(cutAccuracy <= 0.75, "50-step segments after " + epochs + " epochs, answer steps right: "
                + cutAccuracy);
    }

    /** The most epochs the 200-step run may take to find the markers. */
    private static final int MARKER_EPOCHS = 150;

    private static Network markerNetwork(int segment) {
        return new Network(new NetworkConfiguration.Builder().seed(2).updater(new Adam(0.003)).inputSize(2)
                .gradientNormalization(GradientNormalization.ClipL2PerLayer).gradientNormalizationThreshold(1.0)
                .layer(new LSTM.Builder().nOut(32).forgetGateBiasInit(5.0).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(3).build())
                .backpropType(BackpropType.TruncatedBPTT).tBPTTLength(segment).build()).init();
    }

    /** The accuracy over the held-out steps inside answer windows (label other than 0). */
    private static double answerAccuracy(Network net, CsvSequenceDataSetIterator heldOut) {
        Evaluation eval = new Evaluation(3);
        heldOut.reset();
        while (heldOut.hasNext()) {
            SequenceDataSet ds = heldOut.next();
            INDArray answerSteps = ds.labels().get(NDArrayIndex.all(),
                    NDArrayIndex.point(SampleDataGenerator.NO_QUESTION), NDArrayIndex.all()).rsub(1.0);
            if (ds.labelsMask() != null) {
                answerSteps.muli(ds.labelsMask());
            }
            eval.evalTimeSeries(ds.labels(), net.output(ds.features(), ds.featuresMask(), ds.labelsMask()),
                    answerSteps);
        }
        assertTrue(eval.countedSteps() > 1000, "answer steps counted: " + eval.countedSteps());
        return eval.accuracy();
    }
}
