package org.rnnworkbench.model.data;

import java.util.Iterator;

/**
 * Minibatches for one pass over a data set; {@link #reset()} starts the next pass. {@code hasNext()} has no
 * side effects.
 */
public interface SequenceDataSetIterator extends Iterator<SequenceDataSet> {
    /** Starts again from the first minibatch (reshuffling if the iterator shuffles). */
    void reset();

    /** Number of examples per full minibatch. */
    int batchSize();
}
