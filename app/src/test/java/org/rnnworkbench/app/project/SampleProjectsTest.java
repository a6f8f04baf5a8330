package org.rnnworkbench.app.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped samples, as File → Open Sample lists them. */
class SampleProjectsTest {
    private final SampleProjects samples = new SampleProjects(Path.of("..", "sample-projects").toAbsolutePath());

    @Test
    void everyShippedSampleIsListedWithAOneLineDescription() {
        List<Path> listed = samples.list();
        assertEquals(List.of("character-model", "one-to-many", "regression", "sequence-classification",
                "truncated-bptt"), listed.stream().map(p -> p.getFileName().toString()).toList());
        for (Path sample : listed) {
            String description = samples.description(sample);
            assertTrue(!description.isEmpty() && !description.contains("\n"), sample + ": " + description);
        }
    }

    @Test
    void aSampleIsNamedByItsFolderOrByItsName() {
        Path root = Path.of("..", "sample-projects").toAbsolutePath();
        assertEquals(root.resolve("regression"), samples.resolve("regression"));
        Path folder = root.resolve("one-to-many");
        assertEquals(folder, samples.resolve(folder.toString()));
    }
}
