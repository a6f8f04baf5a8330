package org.rnnworkbench.app.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.rnnworkbench.model.conf.Adam;
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

    /** Sequences of 2,000+ steps train under truncated BPTT and the score falls. */
    @Test
    void longSequencesTrainUnderTruncatedBptt() throws IOException {
        Path data = dir.resolve("tb");
        SampleDataGenerator.truncatedBptt(data, 8);
        CsvSequenceSource src = source(data, 8, LabelType.CLASSIFICATION, 2, AlignmentMode.ALIGN_END);
        CsvSequenceDataSetIterator it = src.iterator(BatchSettings.inOrder(8));
        SequenceDataSet ds = it.next();
        assertTrue(ds.timeSeriesLength() >= 2000, "length " + ds.timeSeriesLength());
        Network net = new Network(new NetworkConfiguration.Builder().seed(4).updater(new Adam(0.02)).inputSize(2)
                .layer(new LSTM.Builder().nOut(8).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(2).build())
                .backpropType(org.rnnworkbench.model.conf.BackpropType.TruncatedBPTT).tBPTTLength(200).build())
                .init();
        double before = net.score(ds);
        for (int i = 0; i < 3; i++) {
            net.fit(ds);
        }
        assertTrue(net.getIterationCount() >= 30, "one update per 200-step segment");
        assertTrue(net.score(ds) < before, "score " + before + " -> " + net.score(ds));
        assertTrue(ds.features().dataType() == DataType.FLOAT);
    }
}
