package org.rnnworkbench.model.data;

import java.util.List;

/**
 * A data set divided by example (file), so no sequence is in both parts.
 *
 * @param train examples to fit on (and to fit the normalization on)
 * @param validation held-out examples; may be empty
 */
public record TrainValidationSplit(List<ExampleFiles> train, List<ExampleFiles> validation) {

    public TrainValidationSplit {
        train = List.copyOf(train);
        validation = List.copyOf(validation);
    }
}
