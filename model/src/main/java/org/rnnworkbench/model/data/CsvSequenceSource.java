package org.rnnworkbench.model.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * A {@link SequenceCsvSpec} opened on disk: the example files resolved and paired, the delimiter(s) known
 * (detected from the first feature and label file when the spec leaves them open). Opening reads only the
 * first lines of the first files; the data is read by iterators, one minibatch at a time.
 */
public final class CsvSequenceSource {
    private final SequenceCsvSpec spec;
    private final List<ExampleFiles> examples;
    private final Delimiter featureDelimiter;
    private final Delimiter labelDelimiter;

    private CsvSequenceSource(SequenceCsvSpec spec, List<ExampleFiles> examples, Delimiter featureDelimiter,
            Delimiter labelDelimiter) {
        this.spec = spec;
        this.examples = List.copyOf(examples);
        this.featureDelimiter = featureDelimiter;
        this.labelDelimiter = labelDelimiter;
    }

    /**
     * Resolves the spec's files.
     *
     * @param baseDirectory folder that relative paths in the spec are resolved against
     * @throws SequenceImportException when files are missing, none match, or feature and label files do not pair
     */
    public static CsvSequenceSource open(SequenceCsvSpec spec, Path baseDirectory) {
        List<Path> featureFiles = spec.features().resolve(baseDirectory);
        List<Path> labelFiles = spec.labelsInFeatureFiles() ? null : spec.labels().resolve(baseDirectory);
        if (labelFiles != null && labelFiles.size() != featureFiles.size()) {
            throw SequenceImportException.general("found " + featureFiles.size() + " feature files but "
                    + labelFiles.size() + " label files; each example needs one of each, paired in order");
        }
        List<ExampleFiles> examples = new ArrayList<>(featureFiles.size());
        for (int i = 0; i < featureFiles.size(); i++) {
            examples.add(new ExampleFiles(featureFiles.get(i), labelFiles == null ? null : labelFiles.get(i)));
        }
        int skip = spec.format().linesToSkip();
        Delimiter given = spec.format().delimiter();
        Delimiter features = given != null ? given : DelimiterDetector.detect(featureFiles.get(0), skip);
        Delimiter labels = labelFiles == null ? null
                : given != null ? given : DelimiterDetector.detect(labelFiles.get(0), skip);
        return new CsvSequenceSource(spec, examples, features, labels);
    }

    public SequenceCsvSpec spec() {
        return spec;
    }

    /** Every example, in file order. */
    public List<ExampleFiles> examples() {
        return examples;
    }

    /** The delimiter of the feature files, as given or detected. */
    public Delimiter featureDelimiter() {
        return featureDelimiter;
    }

    /** The delimiter of the label files, as given or detected; {@code null} when labels are columns. */
    public Delimiter labelDelimiter() {
        return labelDelimiter;
    }

    /** The same files under a spec with a (new) normalization; nothing is read again. */
    public CsvSequenceSource withNormalization(Normalization normalization) {
        return new CsvSequenceSource(spec.withNormalization(normalization), examples, featureDelimiter,
                labelDelimiter);
    }

    /**
     * Divides the examples by file: a seeded random {@code validationFraction} of them (rounded, at least one
     * when the fraction is positive and there are two or more examples) is held out. Both parts keep file order.
     */
    public TrainValidationSplit split(double validationFraction, long seed) {
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("the validation fraction must be in [0, 1), got " + validationFraction);
        }
        int n = examples.size();
        int held = (int) Math.round(n * validationFraction);
        if (validationFraction > 0 && n >= 2) {
            held = Math.max(1, Math.min(held, n - 1));
        }
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            indices.add(i);
        }
        Collections.shuffle(indices, new Random(seed));
        boolean[] validation = new boolean[n];
        for (int i = 0; i < held; i++) {
            validation[indices.get(i)] = true;
        }
        List<ExampleFiles> train = new ArrayList<>();
        List<ExampleFiles> heldOut = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            (validation[i] ? heldOut : train).add(examples.get(i));
        }
        return new TrainValidationSplit(train, heldOut);
    }

    /** Minibatches over every example. */
    public CsvSequenceDataSetIterator iterator(BatchSettings settings) {
        return iterator(examples, settings);
    }

    /** Minibatches over some of the examples, such as one part of a {@link #split}. */
    public CsvSequenceDataSetIterator iterator(List<ExampleFiles> subset, BatchSettings settings) {
        return new CsvSequenceDataSetIterator(parser(spec), subset, spec.alignment(), settings);
    }

    /**
     * Reads every example once and applies every check, so a data set can be refused as a whole before it
     * is used; nothing is kept.
     *
     * @return number of examples read
     * @throws SequenceImportException at the first bad file
     * @throws CancellationException when {@code cancelled} turns true
     */
    public int check(ImportProgress progress, BooleanSupplier cancelled) {
        ExampleParser parser = parser(spec);
        ExampleConsistency consistency = new ExampleConsistency(spec.alignment());
        for (int i = 0; i < examples.size(); i++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("checking the sequences was cancelled");
            }
            consistency.check(parser.parse(examples.get(i)));
            progress.update(i + 1, examples.size());
        }
        return examples.size();
    }

    ExampleParser parser(SequenceCsvSpec withSpec) {
        return new ExampleParser(withSpec, featureDelimiter, labelDelimiter);
    }
}
