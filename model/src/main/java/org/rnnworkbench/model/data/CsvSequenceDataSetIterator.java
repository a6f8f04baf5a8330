package org.rnnworkbench.model.data;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalInt;

/**
 * Streams minibatches from sequence CSV files: holds the file list and reads the files of one minibatch at a
 * time. Features {@code [miniBatch, nIn, time]}, labels {@code [miniBatch, nOut, time]}, masks
 * {@code [miniBatch, time]} or {@code null}, aligned as the spec says. Shuffling permutes the example order
 * with the settings' seed, anew on every {@link #reset()}. A bad file throws
 * {@link SequenceImportException} from {@link #next()} and the iterator stays at that minibatch. Made by
 * {@link CsvSequenceSource#iterator}.
 */
public final class CsvSequenceDataSetIterator implements SequenceDataSetIterator {
    private final ExampleParser parser;
    private final List<ExampleFiles> examples;
    private final BatchSettings settings;
    private final MinibatchAssembler assembler;
    private final ExampleConsistency consistency;
    private final PassOrder order;
    private int cursor;

    CsvSequenceDataSetIterator(ExampleParser parser, List<ExampleFiles> examples, AlignmentMode alignment,
            BatchSettings settings) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("an iterator needs at least one example");
        }
        this.parser = parser;
        this.examples = List.copyOf(examples);
        this.settings = settings;
        this.assembler = new MinibatchAssembler(alignment, settings.dataType());
        this.consistency = new ExampleConsistency(alignment);
        this.order = new PassOrder(examples.size(), settings.shuffle(), settings.seed());
        reset();
    }

    @Override
    public boolean hasNext() {
        return cursor < order.size();
    }

    @Override
    public SequenceDataSet next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more minibatches; call reset() to start again");
        }
        int end = Math.min(cursor + settings.batchSize(), order.size());
        List<SequenceExample> batch = new ArrayList<>(end - cursor);
        for (int i = cursor; i < end; i++) {
            SequenceExample example = parser.parse(examples.get(order.at(i)));
            consistency.check(example);
            batch.add(example);
        }
        SequenceDataSet dataSet = assembler.assemble(batch);
        cursor = end;
        return dataSet;
    }

    @Override
    public void reset() {
        cursor = 0;
        order.next();
    }

    @Override
    public int batchSize() {
        return settings.batchSize();
    }

    /** Number of examples in one pass. */
    public int totalExamples() {
        return order.size();
    }

    /** The examples of the current pass, in the order they are delivered. */
    public List<ExampleFiles> passOrder() {
        List<ExampleFiles> inOrder = new ArrayList<>(order.size());
        for (int i = 0; i < order.size(); i++) {
            int index = order.at(i);
            inOrder.add(examples.get(index));
        }
        return inOrder;
    }

    @Override
    public OptionalInt batchesPerEpoch() {
        return OptionalInt.of(SequenceDataSetIterator.batchesOf(order.size(), settings.batchSize()));
    }
}
