package org.rnnworkbench.app.train;

/**
 * What one pass over the training data gave.
 *
 * @param epoch zero-based epoch, counted over the network's whole life
 * @param trainingLoss mean loss per present step over the epoch's updates
 * @param validationLoss loss per present label step on the validation data; NaN without validation data
 * @param validationMetric accuracy (classification) or mean squared error (regression) on the validation data;
 *     NaN without validation data
 * @param classification whether the metric is an accuracy
 */
public record EpochResult(int epoch, double trainingLoss, double validationLoss, double validationMetric,
        boolean classification) {

    /** What the best checkpoint is chosen by: the validation loss, or the training loss without validation data. */
    public double selectionLoss() {
        return Double.isNaN(validationLoss) ? trainingLoss : validationLoss;
    }
}
