package org.rnnworkbench.app.train;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.rnnworkbench.model.data.SequenceDataSetIterator;

/**
 * Where a run's minibatches come from: a fresh training iterator and, when the project has one, a validation
 * iterator. Suppliers, because a run builds its own iterators on its own thread (reading CSV files is part of
 * the work that must stay off the UI thread).
 *
 * @param description what the data is, in a few words, for the Train area's header
 * @param training builds the training iterator
 * @param validation builds the validation iterator, when there is validation data
 * @param unit what the throughput counts: sequences or characters
 * @param batchesPerEpoch minibatches in one pass over the training data, when known ahead (for the ETA)
 * @param classNames names of the output classes (a character model's characters), read on first use off the UI
 *     thread; an empty list when the classes have no names
 */
public record TrainingData(String description, Supplier<SequenceDataSetIterator> training,
        Optional<Supplier<SequenceDataSetIterator>> validation, ThroughputUnit unit, OptionalInt batchesPerEpoch,
        Supplier<java.util.List<String>> classNames) {

    /** Data whose classes have no names. */
    public TrainingData(String description, Supplier<SequenceDataSetIterator> training,
            Optional<Supplier<SequenceDataSetIterator>> validation, ThroughputUnit unit, OptionalInt batchesPerEpoch) {
        this(description, training, validation, unit, batchesPerEpoch, java.util.List::of);
    }

    public TrainingData {
        Objects.requireNonNull(classNames, "classNames");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(batchesPerEpoch, "batchesPerEpoch");
    }

    /** What the throughput figure counts. */
    public enum ThroughputUnit {
        /** Sequences (examples) per second. */
        EXAMPLES("examples/s"),
        /** Present label steps per second: one step is one character in a character model. */
        CHARACTERS("characters/s");

        private final String label;

        ThroughputUnit(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
