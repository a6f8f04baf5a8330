package org.rnnworkbench.app.data;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.rnnworkbench.app.project.DataSourceSpec;
import org.rnnworkbench.model.data.BatchSettings;
import org.rnnworkbench.model.data.CsvSequenceDataSetIterator;
import org.rnnworkbench.model.data.CsvSequenceSource;
import org.rnnworkbench.model.data.ImportProgress;
import org.rnnworkbench.model.data.LabelType;
import org.rnnworkbench.model.data.Normalization;
import org.rnnworkbench.model.data.NormalizationFitter;
import org.rnnworkbench.model.data.TrainValidationSplit;
import org.rnnworkbench.model.data.DataStatistics;

/**
 * The import of CSV sequences: one pass over every file through the engine's own iterator (so every check the
 * training will make is made now, and the statistics count what training will see), then, when asked, the
 * normalization fitted on the training files. Blocking: run it in the background. Bad input is thrown as the
 * engine's {@code SequenceImportException} with file and line.
 */
public final class ImportJob {
    /** Examples read per minibatch of the statistics pass; large enough to amortise array set-up. */
    static final int PASS_BATCH = 64;

    private ImportJob() {
    }

    /**
     * @param progress told {@code done, total} sequences, on the working thread
     * @param cancelled polled between minibatches and files
     * @throws CancellationException when cancelled
     */
    public static ImportResult run(DataSourceSpec.CsvSequences spec, Path folder, ImportProgress progress,
            BooleanSupplier cancelled) {
        CsvSequenceSource source = CsvSequenceSource.open(spec.sequences().withNormalization(null), folder);
        int total = source.examples().size();
        boolean fit = spec.normalizationType() != null;
        DataStatistics statistics = new DataStatistics(spec.sequences().labelType() == LabelType.CLASSIFICATION);
        CsvSequenceDataSetIterator pass = source.iterator(BatchSettings.inOrder(PASS_BATCH));
        DataShape shape = null;
        while (pass.hasNext()) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("the import was cancelled");
            }
            var batch = pass.next();
            if (shape == null) {
                shape = new DataShape((int) batch.features().size(1), (int) batch.labels().size(1),
                        spec.sequences().labelType());
            }
            statistics.add(batch);
            // the fit is a second pass over the training files: the first pass counts for half the bar then
            progress.update(fit ? statistics.examples() / 2 : statistics.examples(), total);
        }
        TrainValidationSplit split = source.split(spec.validationFraction(), spec.seed());
        DataSourceSpec.CsvSequences result = new DataSourceSpec.CsvSequences(spec.sequences().withNormalization(null),
                spec.minibatchSize(), spec.shuffle(), spec.seed(), spec.validationFraction(), spec.normalizationType());
        if (fit) {
            int half = total / 2;
            Normalization normalization = NormalizationFitter.fit(source, split.train(), spec.normalizationType(),
                    (done, of) -> progress.update(half + (int) ((long) done * (total - half) / of), total), cancelled);
            result = new DataSourceSpec.CsvSequences(spec.sequences().withNormalization(normalization),
                    spec.minibatchSize(), spec.shuffle(), spec.seed(), spec.validationFraction(),
                    spec.normalizationType());
        }
        return new ImportResult(result, shape, statistics, split.train().size(), split.validation().size());
    }
}
