package org.rnnworkbench.model.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Vocabulary, encoding and the one-hot next-character minibatches of a character model. */
class CharacterSequenceIteratorTest {
    @TempDir
    Path dir;

    @Test
    void vocabularyIsSortedWithCountsAndRoundTripsText() {
        CharacterVocabulary v = CharacterVocabulary.build("hello world", false, 1);

        assertEquals(" dehlorw", v.characters());
        assertEquals(8, v.size());
        assertEquals(3L, CharacterVocabulary.count("hello world", false).get((int) 'l'));
        assertArrayEquals(new int[] {3, 2, 4, 4, 5}, v.encode("hello"));
        assertEquals("hello world", v.decode(v.encode("hello world")));
    }

    @Test
    void lowerCaseAndMinimumCountWithUnknownSymbol() {
        CharacterVocabulary v = CharacterVocabulary.build("AaaBbZ", true, 2);

        assertEquals("ab", v.characters());
        assertTrue(v.hasUnknown());
        assertEquals(3, v.size());
        assertArrayEquals(new int[] {0, 1, 2}, v.encode("aBz"));
        assertEquals("ab\uFFFD", v.decode(0, 1, 2));
    }

    @Test
    void characterOutsideAVocabularyWithoutUnknownIsRefused() {
        CharacterVocabulary v = CharacterVocabulary.build("abc", false, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> v.encode("abd"));
        assertTrue(e.getMessage().contains("'d' (U+0064) is not in the vocabulary"), e.getMessage());
    }

    @Test
    void charactersOutsideTheBasicPlaneAreOneSymbol() {
        CharacterVocabulary v = CharacterVocabulary.build("a\uD83D\uDE00a", false, 1);
        assertEquals(2, v.size());
        assertEquals("\uD83D\uDE00a", v.decode(v.encode("\uD83D\uDE00a")));
    }

    @Test
    void vocabularyJsonRoundTrip() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        CharacterVocabulary v = CharacterVocabulary.build("Zebra crossing", true, 2);
        assertEquals(v, mapper.readValue(mapper.writeValueAsString(v), CharacterVocabulary.class));
    }

    @Test
    void featuresAreOneHotCharactersAndLabelsTheNextCharacters() {
        Path file = CsvTestFiles.writeRaw(dir.resolve("t.txt"), "\uFEFFabcabcab");
        CharacterSequenceIterator it = CharacterSequenceIterator.fromFile(file, null, 3, BatchSettings.inOrder(2));

        assertEquals("abc", it.vocabulary().characters(), "the byte order mark is not a character");
        assertEquals(2, it.totalExamples(), "8 characters: two examples of 3 plus their next characters");
        assertEquals(java.util.OptionalInt.of(1), it.batchesPerEpoch(), "one minibatch of two");
        SequenceDataSet ds = it.next();
        assertFalse(it.hasNext());
        assertArrayEquals(new long[] {2, 3, 3}, ds.features().shape());
        assertNull(ds.featuresMask());
        assertEquals("abc", decode(it.vocabulary(), ds.features(), 0));
        assertEquals("bca", decode(it.vocabulary(), ds.labels(), 0));
        assertEquals("abc", decode(it.vocabulary(), ds.features(), 1));
        assertEquals("bca", decode(it.vocabulary(), ds.labels(), 1));
        assertEquals(ds.features().sum(1).sumNumber().doubleValue(), 6.0, 0.0, "exactly one 1 per step");
    }

    @Test
    void shuffledExamplesCoverTheTextOnce() {
        String text = "0123456789".repeat(3) + "!";
        Path file = CsvTestFiles.writeRaw(dir.resolve("t.txt"), text);
        CharacterSequenceIterator it = CharacterSequenceIterator.fromFile(file, null, 5, BatchSettings.shuffled(4, 3));
        List<String> examples = new ArrayList<>();
        while (it.hasNext()) {
            SequenceDataSet ds = it.next();
            for (int i = 0; i < ds.miniBatchSize(); i++) {
                examples.add(decode(it.vocabulary(), ds.features(), i));
            }
        }
        assertEquals(6, examples.size());
        assertTrue(examples.stream().sorted().toList().equals(
                List.of("01234", "01234", "01234", "56789", "56789", "56789")), examples.toString());
        assertFalse(examples.equals(List.of("01234", "56789", "01234", "56789", "01234", "56789")), "shuffled");
    }

    @Test
    void textTooShortOrEmpty() {
        Path empty = CsvTestFiles.writeRaw(dir.resolve("e.txt"), "");
        SequenceImportException e = assertThrows(SequenceImportException.class,
                () -> CharacterSequenceIterator.fromFile(empty, null, 3, BatchSettings.inOrder(1)));
        assertTrue(e.file().endsWith("e.txt") && e.problem().contains("empty"), e.getMessage());
        Path shortText = CsvTestFiles.writeRaw(dir.resolve("s.txt"), "abc");
        assertThrows(IllegalArgumentException.class,
                () -> CharacterSequenceIterator.fromFile(shortText, null, 3, BatchSettings.inOrder(1)));
    }

    private static String decode(CharacterVocabulary v, INDArray oneHot, int example) {
        int steps = (int) oneHot.size(2);
        int[] indices = new int[steps];
        for (int t = 0; t < steps; t++) {
            for (int c = 0; c < v.size(); c++) {
                if (oneHot.getDouble(example, c, t) == 1.0) {
                    indices[t] = c;
                }
            }
        }
        return v.decode(indices);
    }
}
