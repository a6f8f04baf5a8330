package org.rnnworkbench.app.train;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.rnnworkbench.app.project.AtomicFileWriter;

/**
 * Reads and writes the run history of a project: one JSON file per run in the project's {@code runs} folder,
 * written atomically. A file that cannot be read is skipped and named in {@link Listing#problems()}, so one bad
 * file never hides the other runs.
 */
public final class RunStore {
    /** The folder inside a project that holds the run files. */
    public static final String FOLDER = "runs";
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final AtomicFileWriter writer;

    public RunStore(AtomicFileWriter writer) {
        this.writer = writer;
    }

    /** The runs read from a project folder, oldest first, and the files that could not be read. */
    public record Listing(List<RunRecord> runs, List<String> problems) {
    }

    /** A new run id from its start time, unique in the project folder. */
    public String newId(Path projectFolder, Instant started) {
        String base = "run-" + ID_TIME.format(started);
        String id = base;
        for (int n = 2; projectFolder != null && Files.exists(file(projectFolder, id)); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    public Path file(Path projectFolder, String id) {
        return projectFolder.resolve(FOLDER).resolve(id + ".json");
    }

    /** Writes a run into the project folder, replacing a file of the same id. */
    public void save(Path projectFolder, RunRecord run) throws IOException {
        writer.write(file(projectFolder, run.id()), mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(run));
    }

    /** Reads one run file. */
    public RunRecord read(Path file) throws IOException {
        try {
            RunRecord run = mapper.readValue(file.toFile(), RunRecord.class);
            if (run.formatVersion() < 1 || run.formatVersion() > RunRecord.FORMAT_VERSION) {
                throw new IOException(file + " has run format version " + run.formatVersion() + "; this version"
                        + " reads 1 to " + RunRecord.FORMAT_VERSION);
            }
            return run;
        } catch (JsonProcessingException e) {
            throw new IOException(file + " is not a run file: " + e.getOriginalMessage(), e);
        }
    }

    /** All runs of a project, oldest first; none when the folder has no {@code runs} folder. */
    public Listing list(Path projectFolder) {
        List<RunRecord> runs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Path dir = projectFolder.resolve(FOLDER);
        if (!Files.isDirectory(dir)) {
            return new Listing(runs, problems);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            problems.add(dir + ": " + e.getMessage());
            return new Listing(runs, problems);
        }
        for (Path f : files) {
            try {
                runs.add(read(f));
            } catch (IOException | RuntimeException e) {
                problems.add(e.getMessage());
            }
        }
        return new Listing(runs, problems);
    }
}
