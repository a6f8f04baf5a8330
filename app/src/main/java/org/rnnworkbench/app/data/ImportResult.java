package org.rnnworkbench.app.data;

import org.rnnworkbench.app.project.DataSourceSpec;
import org.rnnworkbench.model.data.DataStatistics;

/**
 * What a finished import found: the data source to put into the project (with a fitted normalization when one
 * was asked for), the sizes it implies and the statistics of every sequence.
 *
 * @param spec the data source
 * @param shape nIn, nOut and task
 * @param statistics lengths, class counts and per-column statistics (raw values)
 * @param trainExamples examples trained on
 * @param validationExamples examples held out
 */
public record ImportResult(DataSourceSpec spec, DataShape shape, DataStatistics statistics, int trainExamples,
        int validationExamples) {
}
