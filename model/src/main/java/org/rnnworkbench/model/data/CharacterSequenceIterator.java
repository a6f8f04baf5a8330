package org.rnnworkbench.model.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import java.util.OptionalInt;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Minibatches for a character model from one UTF-8 text: the text is cut into consecutive, non-overlapping
 * examples of {@code exampleLength} characters; features are the one-hot characters
 * {@code [miniBatch, vocabularySize, exampleLength]} and labels the one-hot next characters, same shape. No
 * masks (every example is full length; a tail too short for one example is left out). Memory holds the text
 * as indices and one minibatch. Shuffling permutes the example order with the settings' seed, anew on every
 * {@link #reset()}.
 */
public final class CharacterSequenceIterator implements SequenceDataSetIterator {
    private final int[] text;
    private final CharacterVocabulary vocabulary;
    private final int exampleLength;
    private final BatchSettings settings;
    private final PassOrder order;
    private int cursor;

    /**
     * @param text the whole text, already encoded with {@code vocabulary}
     * @throws IllegalArgumentException when the text is shorter than one example plus its next character
     */
    public CharacterSequenceIterator(int[] text, CharacterVocabulary vocabulary, int exampleLength,
            BatchSettings settings) {
        if (exampleLength < 1) {
            throw new IllegalArgumentException("the example length must be at least 1, got " + exampleLength);
        }
        int examples = (text.length - 1) / exampleLength;
        if (examples < 1) {
            throw new IllegalArgumentException("the text has " + text.length + " characters; an example of "
                    + exampleLength + " needs at least " + (exampleLength + 1) + " (inputs plus the next character)");
        }
        this.text = text;
        this.vocabulary = vocabulary;
        this.exampleLength = exampleLength;
        this.settings = settings;
        this.order = new PassOrder(examples, settings.shuffle(), settings.seed());
        reset();
    }

    /**
     * Reads a UTF-8 text file (with or without a byte order mark) and encodes it.
     *
     * @param vocabulary the model's vocabulary, or {@code null} to build one from this text (all characters)
     */
    public static CharacterSequenceIterator fromFile(Path file, CharacterVocabulary vocabulary, int exampleLength,
            BatchSettings settings) {
        String content = readText(file);
        if (content.isEmpty()) {
            throw SequenceImportException.inFile(file, "the file is empty; expected text");
        }
        CharacterVocabulary used = vocabulary != null ? vocabulary : CharacterVocabulary.build(content, false, 1);
        int[] encoded;
        try {
            encoded = used.encode(content);
        } catch (IllegalArgumentException e) {
            throw SequenceImportException.inFile(file, e.getMessage());
        }
        return new CharacterSequenceIterator(encoded, used, exampleLength, settings);
    }

    static String readText(Path file) {
        StringBuilder content = new StringBuilder();
        char[] buffer = new char[1 << 16];
        try (BufferedReader reader = Utf8Files.reader(file)) {
            for (int n; (n = reader.read(buffer)) >= 0; ) {
                content.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw SequenceImportException.inFile(file, "could not be read: " + e.getMessage());
        }
        return content.toString();
    }

    public CharacterVocabulary vocabulary() {
        return vocabulary;
    }

    @Override
    public boolean hasNext() {
        return cursor < order.size();
    }

    /** @return features and labels {@code [miniBatch, vocabularySize, exampleLength]}, no masks */
    @Override
    public SequenceDataSet next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more minibatches; call reset() to start again");
        }
        int end = Math.min(cursor + settings.batchSize(), order.size());
        int miniBatch = end - cursor;
        int size = vocabulary.size();
        long[] shape = {miniBatch, size, exampleLength};
        // Written in place: a heap array of the minibatch (2 MB for 32 examples of 200 characters over 77 symbols)
        // copied into ND4J was most of what the training loop left for the collector.
        INDArray features = Nd4j.zeros(settings.dataType(), shape);
        INDArray labels = Nd4j.zeros(settings.dataType(), shape);
        DataBuffer f = features.data();
        DataBuffer l = labels.data();
        for (int i = 0; i < miniBatch; i++) {
            int start = order.at(cursor + i) * exampleLength;
            for (int t = 0; t < exampleLength; t++) {
                f.put(((long) i * size + text[start + t]) * exampleLength + t, 1f);
                l.put(((long) i * size + text[start + t + 1]) * exampleLength + t, 1f);
            }
        }
        cursor = end;
        return new SequenceDataSet(features, labels);
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

    @Override
    public OptionalInt batchesPerEpoch() {
        return OptionalInt.of(SequenceDataSetIterator.batchesOf(order.size(), settings.batchSize()));
    }
}
