package org.rnnworkbench.app.step;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.rnnworkbench.app.data.DataSourceIterators;
import org.rnnworkbench.app.data.DataSourceIterators.PreparedCsv;
import org.rnnworkbench.app.project.DataSourceSpec;
import org.rnnworkbench.model.data.BatchSettings;
import org.rnnworkbench.model.data.ExampleFiles;
import org.rnnworkbench.model.data.ImportProgress;
import org.rnnworkbench.model.data.LabelType;
import org.rnnworkbench.model.data.Normalization;
import org.rnnworkbench.model.data.SequenceDataSet;

/**
 * A project's own CSV sequences for the Step area, as training saw them: the examples held out for validation
 * (the same split, with the same seed), their features normalised with the normalisation fitted on the training
 * files, steps that training passed over (neither input nor label) marked, and that normalisation for a CSV file the user opens. Reading a sequence reads its
 * files; opening fits the normalisation over the training files, so both belong off the UI thread.
 */
public final class ProjectSequences {
    private final PreparedCsv prepared;
    private final List<ExampleFiles> examples;
    private final boolean heldOut;

    private ProjectSequences(PreparedCsv prepared) {
        this.prepared = prepared;
        this.heldOut = !prepared.split().validation().isEmpty();
        // without held-out files the training files are the only sequences there are
        this.examples = heldOut ? prepared.split().validation() : prepared.split().train();
    }

    /**
     * Opens a project's CSV data source.
     *
     * @throws org.rnnworkbench.model.data.SequenceImportException for missing or bad files
     */
    public static ProjectSequences open(DataSourceSpec.CsvSequences spec, Path projectFolder) {
        return new ProjectSequences(DataSourceIterators.prepare(spec, projectFolder, ImportProgress.NONE, () -> false));
    }

    /** Whether the sequences are held-out validation examples (otherwise they are training examples). */
    public boolean heldOut() {
        return heldOut;
    }

    /** The sequences' names: their feature files. */
    public List<String> names() {
        return examples.stream().map(e -> e.features().getFileName().toString()).toList();
    }

    /** The normalisation the project's features get, if any. */
    public Optional<Normalization> normalization() {
        return prepared.normalization();
    }

    /**
     * The sequence at {@code index} of {@link #names()}: its steps from the first to the last one with inputs or a
     * label, holes with neither marked as not present, the labels as actual values (NaN where a step has none).
     */
    public SequenceData read(int index) {
        Objects.checkIndex(index, examples.size());
        SequenceDataSet one = prepared.source().iterator(List.of(examples.get(index)), BatchSettings.inOrder(1)).next();
        boolean classifier = prepared.source().spec().labelType() == LabelType.CLASSIFICATION;
        return of(names().get(index), one, classifier);
    }

    /** One example of a minibatch of one as a sequence to step (see {@link #read}). */
    static SequenceData of(String name, SequenceDataSet one, boolean classifier) {
        // [nIn, time] and [nOut, time] of the one example
        float[][] features = one.features().castTo(DataType.FLOAT).slice(0).toFloatMatrix();
        float[][] labels = one.labels().castTo(DataType.FLOAT).slice(0).toFloatMatrix();
        int steps = one.timeSeriesLength();
        float[] fmask = maskOf(one.featuresMask(), steps);
        float[] lmask = maskOf(one.labelsMask(), steps);
        int first = 0;
        while (first < steps - 1 && fmask[first] == 0 && lmask[first] == 0) {
            first++;
        }
        int last = steps - 1;
        while (last > first && fmask[last] == 0 && lmask[last] == 0) {
            last--;
        }
        int length = last - first + 1;
        int nIn = features.length;
        int nOut = labels.length;
        float[][] x = new float[length][nIn];
        float[][] actual = new float[length][classifier ? 1 : nOut];
        boolean[] present = new boolean[length];
        boolean allPresent = true;
        for (int s = 0; s < length; s++) {
            int t = first + s;
            for (int i = 0; i < nIn; i++) {
                x[s][i] = features[i][t];
            }
            // as in training: a step with a label but no input runs the recurrence on zeros (one-to-many)
            present[s] = fmask[t] != 0 || lmask[t] != 0;
            allPresent &= present[s];
            if (lmask[t] == 0) {
                java.util.Arrays.fill(actual[s], Float.NaN);
            } else if (classifier) {
                int best = 0;
                for (int o = 1; o < nOut; o++) {
                    if (labels[o][t] > labels[best][t]) {
                        best = o;
                    }
                }
                actual[s][0] = best;
            } else {
                for (int o = 0; o < nOut; o++) {
                    actual[s][o] = labels[o][t];
                }
            }
        }
        return new SequenceData(name, x, actual, allPresent ? null : present);
    }

    private static float[] maskOf(INDArray mask, int steps) {
        if (mask == null) {
            float[] ones = new float[steps];
            java.util.Arrays.fill(ones, 1);
            return ones;
        }
        return mask.castTo(DataType.FLOAT).reshape(steps).toFloatVector();
    }

    /** Applies the project's normalisation to a sequence read from a CSV file the user picked. */
    public SequenceData normalise(SequenceData raw) {
        Optional<Normalization> n = normalization();
        if (n.isEmpty()) {
            return raw;
        }
        float[][] scaled = n.get().apply(Nd4j.create(raw.features()).castTo(DataType.DOUBLE)).castTo(DataType.FLOAT)
                .toFloatMatrix();
        return new SequenceData(raw.source() + " (normalised as in training)", scaled, raw.actual(), raw.present());
    }
}
