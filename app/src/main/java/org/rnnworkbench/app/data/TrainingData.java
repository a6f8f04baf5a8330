package org.rnnworkbench.app.data;

import java.util.Objects;
import java.util.Optional;
import org.rnnworkbench.model.data.CharacterVocabulary;
import org.rnnworkbench.model.data.SequenceDataSetIterator;

/**
 * A data source opened for training: minibatches of features {@code [miniBatch, nIn, time]}, labels
 * {@code [miniBatch, nOut, time]} and masks {@code [miniBatch, time]} (or none), for training and for
 * validation, with the sizes the network needs. Made by {@link DataSourceIterators#open}.
 *
 * @param train the training minibatches, shuffled when the source says so
 * @param validation the held-out minibatches in order, or {@code null} when nothing is held out
 * @param shape nIn, nOut and the task
 * @param vocabulary the character model's vocabulary, {@code null} for CSV sequences
 * @param trainExamples examples in one training pass
 * @param validationExamples examples held out
 */
public record TrainingData(SequenceDataSetIterator train, SequenceDataSetIterator validation, DataShape shape,
        CharacterVocabulary vocabulary, int trainExamples, int validationExamples) {

    public TrainingData {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(shape, "shape");
    }

    /** The validation minibatches, when any examples are held out. */
    public Optional<SequenceDataSetIterator> validationIterator() {
        return Optional.ofNullable(validation);
    }
}
