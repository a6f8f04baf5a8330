package org.rnnworkbench.model.train;

/**
 * One parameter update.
 *
 * @param iteration number of updates so far, this one included
 * @param epoch zero-based epoch
 * @param score the minibatch's score before the update: summed loss over present label steps divided by the
 *     minibatch size, plus regularisation
 * @param lossPerStep summed loss divided by the number of present label steps
 * @param examples number of sequences in the minibatch
 * @param timeSteps number of time steps in the update (the segment's, under truncated BPTT)
 */
public record IterationEvent(long iteration, int epoch, double score, double lossPerStep, int examples,
        int timeSteps) {
}
