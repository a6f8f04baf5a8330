package org.rnnworkbench.model.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Minibatching, shuffling, splitting and streaming of {@link CsvSequenceDataSetIterator}. */
class CsvSequenceDataSetIteratorTest {
    private static final int EXAMPLES = 10;

    @TempDir
    Path dir;
    private CsvSequenceSource source;

    @BeforeEach
    void writeExamples() {
        // example i has the single feature value i on each of its two steps, so a minibatch shows its examples
        for (int i = 0; i < EXAMPLES; i++) {
            CsvTestFiles.write(dir.resolve("e_" + i + ".csv"), i + ",0", i + ",1");
        }
        SequenceCsvSpec spec = SequenceCsvSpec.labelsInColumns(new NumberedFiles("e_%d.csv", 0, EXAMPLES - 1),
                List.of(1), LabelType.CLASSIFICATION, 2, AlignmentMode.EQUAL_LENGTH, CsvFormat.detect());
        source = CsvSequenceSource.open(spec, dir);
    }

    private static List<Integer> examplesOf(SequenceDataSet ds) {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < ds.miniBatchSize(); i++) {
            ids.add((int) ds.features().getDouble(i, 0, 0));
        }
        return ids;
    }

    private static List<Integer> onePass(SequenceDataSetIterator it) {
        List<Integer> all = new ArrayList<>();
        while (it.hasNext()) {
            all.addAll(examplesOf(it.next()));
        }
        return all;
    }

    @Test
    void minibatchesInFileOrderWithASmallerLastOne() {
        CsvSequenceDataSetIterator it = source.iterator(BatchSettings.inOrder(4));
        assertEquals(List.of(0, 1, 2, 3), examplesOf(it.next()));
        assertEquals(List.of(4, 5, 6, 7), examplesOf(it.next()));
        assertEquals(List.of(8, 9), examplesOf(it.next()));
        assertFalse(it.hasNext());
        assertThrows(NoSuchElementException.class, it::next);
        assertEquals(4, it.batchSize());
        assertEquals(EXAMPLES, it.totalExamples());
        assertEquals(java.util.OptionalInt.of(3), it.batchesPerEpoch(), "the three minibatches of the pass");
    }

    @Test
    void hasNextHasNoSideEffectsAndResetStartsAgain() {
        CsvSequenceDataSetIterator it = source.iterator(BatchSettings.inOrder(6));
        for (int i = 0; i < 5; i++) {
            assertTrue(it.hasNext());
        }
        assertEquals(List.of(0, 1, 2, 3, 4, 5), examplesOf(it.next()));
        it.reset();
        assertEquals(List.of(0, 1, 2, 3, 4, 5), examplesOf(it.next()));
    }

    @Test
    void shuffleIsAPermutationRepeatableBySeedAndNewOnEachPass() {
        CsvSequenceDataSetIterator it = source.iterator(BatchSettings.shuffled(3, 123));
        List<Integer> first = onePass(it);
        it.reset();
        List<Integer> second = onePass(it);
        List<Integer> sameSeed = onePass(source.iterator(BatchSettings.shuffled(3, 123)));
        List<Integer> otherSeed = onePass(source.iterator(BatchSettings.shuffled(3, 124)));

        assertEquals(Set.copyOf(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)), new HashSet<>(first));
        assertEquals(EXAMPLES, first.size());
        assertNotEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), first, "shuffled");
        assertNotEquals(first, second, "a new order on reset");
        assertEquals(first, sameSeed, "repeatable with the same seed");
        assertNotEquals(first, otherSeed);
    }

    @Test
    void passOrderMatchesWhatIsDelivered() {
        CsvSequenceDataSetIterator it = source.iterator(BatchSettings.shuffled(4, 5));
        List<Integer> announced = it.passOrder().stream()
                .map(f -> Integer.parseInt(f.features().getFileName().toString().replaceAll("\\D", ""))).toList();
        assertEquals(announced, onePass(it));
    }

    @Test
    void splitByFileIsDisjointCompleteAndRepeatable() {
        TrainValidationSplit split = source.split(0.3, 9);

        assertEquals(7, split.train().size());
        assertEquals(3, split.validation().size());
        Set<ExampleFiles> union = new HashSet<>(split.train());
        union.addAll(split.validation());
        assertEquals(new HashSet<>(source.examples()), union);
        assertEquals(split, source.split(0.3, 9));
        assertNotEquals(split, source.split(0.3, 10));
        List<Integer> validation = onePass(source.iterator(split.validation(), BatchSettings.inOrder(10)));
        List<Integer> train = onePass(source.iterator(split.train(), BatchSettings.inOrder(10)));
        assertTrue(validation.stream().noneMatch(train::contains));
    }

    @Test
    void smallPositiveFractionStillHoldsOutOneExample() {
        assertEquals(1, source.split(0.01, 1).validation().size());
        assertEquals(0, source.split(0, 1).validation().size());
        assertThrows(IllegalArgumentException.class, () -> source.split(1.0, 1));
    }

    @Test
    void filesAreReadOnlyWhenTheirMinibatchIsDue() throws Exception {
        CsvSequenceDataSetIterator it = source.iterator(BatchSettings.inOrder(5));
        Files.delete(dir.resolve("e_7.csv"));

        assertEquals(List.of(0, 1, 2, 3, 4), examplesOf(it.next()), "the first minibatch does not need e_7");
        SequenceImportException e = assertThrows(SequenceImportException.class, it::next);
        assertTrue(e.file().endsWith("e_7.csv") && e.getMessage().contains("does not exist"), e.getMessage());
        assertTrue(it.hasNext(), "a failed minibatch is not skipped");
    }
}
