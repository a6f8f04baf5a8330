package org.rnnworkbench.model.data;

import org.nd4j.linalg.api.buffer.DataType;

/**
 * How an iterator cuts a data set into minibatches.
 *
 * @param batchSize examples per minibatch (the last one may be smaller)
 * @param shuffle whether the example order is shuffled, again on every {@code reset()}
 * @param seed seed of the shuffle, so a run can be repeated
 * @param dataType floating-point type of the arrays produced
 */
public record BatchSettings(int batchSize, boolean shuffle, long seed, DataType dataType) {

    public BatchSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("the minibatch size must be at least 1, got " + batchSize);
        }
        dataType = dataType == null ? DataType.FLOAT : dataType;
        if (!dataType.isFPType()) {
            throw new IllegalArgumentException("the arrays must be floating point, got " + dataType);
        }
    }

    /** In file order, float arrays. */
    public static BatchSettings inOrder(int batchSize) {
        return new BatchSettings(batchSize, false, 0, DataType.FLOAT);
    }

    /** Shuffled with {@code seed}, float arrays. */
    public static BatchSettings shuffled(int batchSize, long seed) {
        return new BatchSettings(batchSize, true, seed, DataType.FLOAT);
    }
}
