package org.rnnworkbench.app.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.nd4j.linalg.factory.Nd4j;
import org.rnnworkbench.model.conf.BackpropType;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.data.ListSequenceDataSetIterator;
import org.rnnworkbench.model.data.SequenceDataSet;
import org.rnnworkbench.model.data.SequenceDataSetIterator;

/**
 * A small generated task shaped to fit any valid model, so that a project without a data source can still be
 * trained and watched. Sequences have different lengths (padded at the end, with masks), and the target needs
 * memory: for a classifier, the class at step t is the input symbol of step t-1 (modulo the number of classes);
 * for a regressor, each output follows a running average of one input column. The same seed gives the same data.
 */
public final class PracticeData {
    static final int TRAINING_SEQUENCES = 256;
    static final int VALIDATION_SEQUENCES = 64;
    static final int BATCH_SIZE = 32;
    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 40;

    private PracticeData() {
    }

    /** Practice data for a model with this configuration. */
    public static TrainingData forConfiguration(NetworkConfiguration conf) {
        int nIn = conf.inputSize();
        int nOut = conf.outputSize();
        boolean classes = isClassifier(conf);
        // under truncated BPTT the sequences are long enough to be cut into a few segments, so the strip shows it
        int max = conf.backpropType() == BackpropType.TruncatedBPTT
                ? Math.max(MAX_LENGTH, conf.tBPTTForwardLength() * 5 / 2) : MAX_LENGTH;
        int min = Math.min(max, Math.max(MIN_LENGTH, max / 3));
        List<SequenceDataSet> training = batches(nIn, nOut, classes, TRAINING_SEQUENCES, 1, min, max);
        List<SequenceDataSet> validation = batches(nIn, nOut, classes, VALIDATION_SEQUENCES, 2, min, max);
        String description = "Practice data: " + TRAINING_SEQUENCES + " generated sequences of " + min + "–"
                + max + " steps (" + (classes ? "class = the previous step's symbol" : "targets = running"
                + " averages") + "); the project has no data source yet";
        return new TrainingData(description, () -> new ListSequenceDataSetIterator(training),
                Optional.of(() -> new ListSequenceDataSetIterator(validation)),
                TrainingData.ThroughputUnit.EXAMPLES, OptionalInt.of(training.size()));
    }

    private static boolean isClassifier(NetworkConfiguration conf) {
        switch (conf.outputLayer().lossFunction()) {
            case MCXENT:
            case NEGATIVELOGLIKELIHOOD:
                return true;
            default:
                return false;
        }
    }

    /** Minibatches {@code [BATCH_SIZE, n, maxLength]}, padded at the end, with both masks. */
    static List<SequenceDataSet> batches(int nIn, int nOut, boolean classes, int sequences, long seed) {
        return batches(nIn, nOut, classes, sequences, seed, MIN_LENGTH, MAX_LENGTH);
    }

    static List<SequenceDataSet> batches(int nIn, int nOut, boolean classes, int sequences, long seed, int min,
            int max) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<SequenceDataSet> out = new ArrayList<>();
        for (int first = 0; first < sequences; first += BATCH_SIZE) {
            int mb = Math.min(BATCH_SIZE, sequences - first);
            int[] lengths = new int[mb];
            int longest = 0;
            for (int b = 0; b < mb; b++) {
                lengths[b] = min + rng.nextInt(max - min + 1);
                longest = Math.max(longest, lengths[b]);
            }
            float[] x = new float[mb * nIn * longest];
            float[] y = new float[mb * nOut * longest];
            float[] mask = new float[mb * longest];
            for (int b = 0; b < mb; b++) {
                fill(rng, b, lengths[b], longest, nIn, nOut, classes, x, y, mask);
            }
            out.add(new SequenceDataSet(Nd4j.create(x, new long[] {mb, nIn, longest}, 'c'),
                    Nd4j.create(y, new long[] {mb, nOut, longest}, 'c'),
                    Nd4j.create(mask, new long[] {mb, longest}, 'c'),
                    Nd4j.create(mask.clone(), new long[] {mb, longest}, 'c')));
        }
        return out;
    }

    private static void fill(SplittableRandom rng, int b, int length, int longest, int nIn, int nOut,
            boolean classes, float[] x, float[] y, float[] mask) {
        int previous = 0;
        double[] running = new double[nOut];
        for (int t = 0; t < length; t++) {
            mask[b * longest + t] = 1;
            if (classes) {
                int symbol = rng.nextInt(nIn);
                x[(b * nIn + symbol) * longest + t] = 1;
                y[(b * nOut + previous % nOut) * longest + t] = 1;
                previous = symbol;
            } else {
                for (int k = 0; k < nIn; k++) {
                    x[(b * nIn + k) * longest + t] = (float) (rng.nextDouble() * 2 - 1);
                }
                for (int c = 0; c < nOut; c++) {
                    running[c] = 0.7 * running[c] + 0.3 * x[(b * nIn + c % nIn) * longest + t];
                    y[(b * nOut + c) * longest + t] = (float) running[c];
                }
            }
        }
    }
}
