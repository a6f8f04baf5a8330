package org.rnnworkbench.app.train;

import java.util.OptionalInt;

/**
 * The minibatch a run is working on.
 *
 * @param epoch zero-based epoch
 * @param index zero-based position in the epoch
 * @param examples sequences in the minibatch
 * @param timeSteps length of the (padded) minibatch
 * @param presentSteps steps whose label is present, summed over the sequences (characters, for a character model)
 * @param batchesInEpoch minibatches in the epoch, when the data source knows it ahead
 */
public record MinibatchInfo(int epoch, int index, int examples, int timeSteps, long presentSteps,
        OptionalInt batchesInEpoch) {
}
