package org.rnnworkbench.model.data;

import java.util.Iterator;
import java.util.OptionalInt;

/**
 * Minibatches for one pass over a data set; {@link #reset()} starts the next pass. {@code hasNext()} has no
 * side effects.
 */
public interface SequenceDataSetIterator extends Iterator<SequenceDataSet> {
    /** Starts again from the first minibatch (reshuffling if the iterator shuffles). */
    void reset();

    /** Number of examples per full minibatch. */
    int batchSize();

    /**
     * Minibatches in one pass, when the iterator knows it before the pass (a progress bar can then show the first
     * epoch's end); empty when only counting them would tell.
     */
    default OptionalInt batchesPerEpoch() {
        return OptionalInt.empty();
    }

    /** Minibatches of up to {@code batchSize} that {@code examples} examples make: the last one may be smaller. */
    static int batchesOf(int examples, int batchSize) {
        return (examples + batchSize - 1) / batchSize;
    }
}
