package org.rnnworkbench.app.evaluate;

import java.util.List;
import org.rnnworkbench.app.ui.PlotLine;

/**
 * A many-to-one example opened from the predictions table: what the sequence panel says and draws.
 *
 * @param prediction the table's row
 * @param title e.g. {@code Example 17 (17.csv): true cyclic, predicted normal (93.1%) at step 59}
 * @param inputs the input columns over the example's steps
 * @param probabilities the class outputs over the example's steps
 */
public record OpenedSequence(ExamplePrediction prediction, String title, List<PlotLine> inputs,
        List<PlotLine> probabilities) {
}
