package org.rnnworkbench.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.datavec.api.records.reader.impl.csv.CSVSequenceRecordReader;
import org.datavec.api.split.NumberedFileInputSplit;
import org.deeplearning4j.datasets.datavec.SequenceRecordReaderDataSetIterator;
import org.rnnworkbench.model.data.AlignmentMode;
import org.rnnworkbench.model.data.BatchSettings;
import org.rnnworkbench.model.data.CsvFormat;
import org.rnnworkbench.model.data.CsvSequenceDataSetIterator;
import org.rnnworkbench.model.data.CsvSequenceSource;
import org.rnnworkbench.model.data.Delimiter;
import org.rnnworkbench.model.data.LabelType;
import org.rnnworkbench.model.data.NumberedFiles;
import org.rnnworkbench.model.data.SequenceCsvSpec;

/**
 * CSV sequence import, ours against DL4J's {@code SequenceRecordReaderDataSetIterator} on the same files: the
 * guide's layout of separate feature and label files per sequence, variable lengths aligned at the end,
 * classification labels, minibatch 32. One repetition opens the files and reads every minibatch.
 */
final class ImportBenchmark {
    static final int FEATURES = 8;
    static final int CLASSES = 5;
    static final int BATCH = 32;

    private final Path dir;
    private final int sequences;
    private long bytes;

    /** @param sequences how many feature/label file pairs to write and read */
    ImportBenchmark(Path dir, int sequences) {
        this.dir = dir;
        this.sequences = sequences;
    }

    /** Writes the files: 50-200 steps per sequence, values with three decimals. */
    void writeFiles() throws IOException {
        Files.createDirectories(dir);
        Random rng = new Random(CharModel.SEED);
        bytes = 0;
        for (int i = 0; i < sequences; i++) {
            int length = 50 + rng.nextInt(151);
            Path f = dir.resolve("f_" + i + ".csv");
            Path l = dir.resolve("l_" + i + ".csv");
            try (Writer fw = Files.newBufferedWriter(f); Writer lw = Files.newBufferedWriter(l)) {
                for (int t = 0; t < length; t++) {
                    StringBuilder row = new StringBuilder();
                    for (int c = 0; c < FEATURES; c++) {
                        row.append(c == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.3f", rng.nextGaussian()));
                    }
                    fw.write(row.append('\n').toString());
                    lw.write(rng.nextInt(CLASSES) + "\n");
                }
            }
            bytes += Files.size(f) + Files.size(l);
        }
    }

    /** Megabytes of CSV (feature and label files together). */
    double megabytes() {
        return bytes / 1e6;
    }

    /** Seconds per full pass for each side, taking turns. */
    Map<String, double[]> seconds(int warmups, int reps) throws Exception {
        Map<String, double[]> result = new LinkedHashMap<>();
        result.put("ours", new double[reps]);
        result.put("dl4j", new double[reps]);
        for (int i = 0; i < warmups; i++) {
            passOurs();
            passDl4j();
        }
        for (int r = 0; r < reps; r++) {
            result.get("ours")[r] = Measure.seconds(this::passOurs, 0, 1)[0];
            result.get("dl4j")[r] = Measure.seconds(this::passDl4j, 0, 1)[0];
        }
        return result;
    }

    private void passOurs() {
        SequenceCsvSpec spec = SequenceCsvSpec.separateFiles(new NumberedFiles("f_%d.csv", 0, sequences - 1),
                new NumberedFiles("l_%d.csv", 0, sequences - 1), LabelType.CLASSIFICATION, CLASSES,
                AlignmentMode.ALIGN_END, CsvFormat.of(0, Delimiter.COMMA));
        CsvSequenceDataSetIterator it = CsvSequenceSource.open(spec, dir).iterator(BatchSettings.inOrder(BATCH));
        int seen = 0;
        while (it.hasNext()) {
            seen += it.next().miniBatchSize();
        }
        check(seen);
    }

    private void passDl4j() throws Exception {
        CSVSequenceRecordReader features = new CSVSequenceRecordReader(0, ",");
        features.initialize(new NumberedFileInputSplit(dir.resolve("f_%d.csv").toString(), 0, sequences - 1));
        CSVSequenceRecordReader labels = new CSVSequenceRecordReader(0, ",");
        labels.initialize(new NumberedFileInputSplit(dir.resolve("l_%d.csv").toString(), 0, sequences - 1));
        SequenceRecordReaderDataSetIterator it = new SequenceRecordReaderDataSetIterator(features, labels, BATCH,
                CLASSES, false, SequenceRecordReaderDataSetIterator.AlignmentMode.ALIGN_END);
        int seen = 0;
        while (it.hasNext()) {
            seen += it.next().getFeatures().size(0);
        }
        check(seen);
    }

    private void check(int seen) {
        if (seen != sequences) {
            throw new IllegalStateException("read " + seen + " sequences of " + sequences);
        }
    }
}
