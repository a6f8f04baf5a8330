package org.rnnworkbench.app.step;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnworkbench.app.project.AtomicFileWriter;
import org.rnnworkbench.model.nn.RecurrentState;

/** State snapshots as files: exact round trip, names, and files that are not snapshots. */
class SnapshotStoreTest {
    @TempDir
    Path project;

    private final SnapshotStore store = new SnapshotStore(new AtomicFileWriter());

    private static float[] randomFloats(Random r, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            // awkward values: tiny, huge and negative, so that a lossy number format would show
            v[i] = (float) (r.nextGaussian() * Math.pow(10, r.nextInt(12) - 6));
        }
        return v;
    }

    @Test
    void everyFloatComesBackBitForBit() throws IOException {
        Random r = new Random(5);
        StreamState state = new StreamState(Map.of(0, Map.of(RecurrentState.ACTIVATIONS, randomFloats(r, 64),
                RecurrentState.MEMORY, randomFloats(r, 64))));
        Snapshot s = new Snapshot("quote open", "2026-01-01T00:00:00Z", 1234, "abc",
                List.of(new Snapshot.Stream("ab\n\"c", randomFloats(r, 3), state)));
        Path file = store.save(project, s);
        assertEquals(project.resolve("snapshots").resolve("quote_open.json"), file);
        Snapshot back = store.load(project, "quote open");
        assertEquals("quote open", back.name());
        assertEquals(1234, back.numParams());
        assertEquals("ab\n\"c", back.streams().get(0).text());
        assertArrayEquals(s.streams().get(0).next(), back.streams().get(0).next(), 0f);
        assertEquals(state, back.streams().get(0).state());
        assertEquals(List.of("quote open"), store.list(project));
    }

    @Test
    void aFileThatIsNotASnapshotIsNotListedAndSaysWhatItIs() throws IOException {
        Files.createDirectories(project.resolve("snapshots"));
        Files.writeString(project.resolve("snapshots").resolve("other.json"), "{\"kind\":\"something else\"}");
        Files.writeString(project.resolve("snapshots").resolve("broken.json"), "{not json");
        assertEquals(List.of(), store.list(project));
        IOException e = assertThrows(IOException.class, () -> store.load(project, "other"));
        assertTrue(e.getMessage().contains("not a state snapshot"), e.getMessage());
    }

    @Test
    void aNameNeedsALetterOrDigit() {
        assertThrows(IllegalArgumentException.class, () -> SnapshotStore.fileFor(project, " / "));
    }
}
