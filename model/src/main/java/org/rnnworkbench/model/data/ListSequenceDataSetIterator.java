package org.rnnworkbench.model.data;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalInt;

/** Iterates over minibatches already in memory, in order. */
public final class ListSequenceDataSetIterator implements SequenceDataSetIterator {
    private final List<SequenceDataSet> batches;
    private int next;

    public ListSequenceDataSetIterator(List<SequenceDataSet> batches) {
        if (batches.isEmpty()) {
            throw new IllegalArgumentException("an iterator needs at least one minibatch");
        }
        this.batches = List.copyOf(batches);
    }

    @Override
    public boolean hasNext() {
        return next < batches.size();
    }

    @Override
    public SequenceDataSet next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more minibatches; call reset() to start again");
        }
        return batches.get(next++);
    }

    @Override
    public void reset() {
        next = 0;
    }

    @Override
    public int batchSize() {
        return batches.get(0).miniBatchSize();
    }

    @Override
    public OptionalInt batchesPerEpoch() {
        return OptionalInt.of(batches.size());
    }
}
