package org.rnnworkbench.app.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnworkbench.app.project.AtomicFileWriter;

class RunStoreTest {
    @TempDir
    Path dir;

    private final RunStore store = new RunStore(new AtomicFileWriter());

    private static RunRecord run(String id) {
        return new RunRecord(RunRecord.FORMAT_VERSION, id, "2025-03-01T10:00:00Z", 12.5, RunOutcome.Kind.STOPPED,
                "Stopped", new RunRecord.Settings("Adam(lr=0.01)", 0.01, "TruncatedBPTT", 50, 50, 0, 1234, "text"),
                new long[] {1, 2, 3}, new double[] {2.0, 1.5, Double.NaN},
                List.of(new EpochResult(0, 1.7, Double.NaN, Double.NaN, true)));
    }

    @Test
    void aRunRoundTripsWithItsWholeHistory() throws Exception {
        store.save(dir, run("run-a"));
        RunRecord back = store.read(dir.resolve("runs/run-a.json"));
        assertArrayEquals(new long[] {1, 2, 3}, back.iterations());
        assertEquals(1.5, back.losses()[1]);
        assertTrue(Double.isNaN(back.losses()[2]), "a NaN loss (the diverged update) survives");
        assertEquals(run("run-a").settings(), back.settings());
        assertEquals(run("run-a").epochs().get(0).trainingLoss(), back.epochs().get(0).trainingLoss());
    }

    @Test
    void aBrokenFileIsNamedAndTheOthersStillLoad() throws Exception {
        store.save(dir, run("run-a"));
        Files.writeString(dir.resolve("runs/run-b.json"), "{ not json");
        store.save(dir, run("run-c"));
        RunStore.Listing listing = store.list(dir);
        assertEquals(List.of("run-a", "run-c"), listing.runs().stream().map(RunRecord::id).toList());
        assertEquals(1, listing.problems().size());
        assertTrue(listing.problems().get(0).contains("run-b.json"), listing.problems().get(0));
    }

    @Test
    void idsAreUniqueInAFolder() throws Exception {
        Instant t = Instant.parse("2025-03-01T10:00:00Z");
        String first = store.newId(dir, t);
        store.save(dir, run(first));
        assertEquals("run-20250301-100000-2", store.newId(dir, t));
    }
}
