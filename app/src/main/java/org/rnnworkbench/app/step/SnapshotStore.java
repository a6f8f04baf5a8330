package org.rnnworkbench.app.step;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rnnworkbench.app.project.AtomicFileWriter;

/**
 * Named state snapshots in a project folder: one JSON file per snapshot in {@value #FOLDER}, written
 * atomically. Values are written as the shortest decimal that reads back to the same float, so a snapshot
 * restores the state exactly.
 */
public final class SnapshotStore {
    /** The folder inside the project that holds the snapshots. */
    public static final String FOLDER = "snapshots";
    static final int FORMAT_VERSION = 1;
    private static final String KIND = "rnn-workbench-state-snapshot";

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            // read numbers as written, then to float directly: going through double could round twice
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private final AtomicFileWriter writer;

    public SnapshotStore(AtomicFileWriter writer) {
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /** The file a snapshot of this name goes to: the name with anything but letters, digits, - and _ replaced. */
    public static Path fileFor(Path projectFolder, String name) {
        String safe = name.strip().replaceAll("[^\\p{L}\\p{N}_-]+", "_");
        if (safe.isEmpty() || safe.chars().allMatch(c -> c == '_')) {
            throw new IllegalArgumentException("a snapshot needs a name with at least one letter or digit");
        }
        return projectFolder.resolve(FOLDER).resolve(safe + ".json");
    }

    /** Writes {@code snapshot} into the project folder, replacing one of the same name. */
    public Path save(Path projectFolder, Snapshot snapshot) throws IOException {
        Path file = fileFor(projectFolder, snapshot.name());
        writer.write(file, mapper.writeValueAsBytes(toJson(snapshot)));
        return file;
    }

    /** The snapshots in the project folder, by name; files that cannot be read or are not snapshots are skipped. */
    public List<String> list(Path projectFolder) {
        List<String> names = new ArrayList<>();
        Path folder = projectFolder.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return names;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
            for (Path f : files) {
                try {
                    JsonNode root = mapper.readTree(f.toFile());
                    if (KIND.equals(root.path("kind").asText()) && !root.path("name").asText().isEmpty()) {
                        names.add(root.path("name").asText());
                    }
                } catch (IOException e) {
                    // a damaged or foreign file is not offered; loading it by name would say what is wrong
                }
            }
        } catch (IOException e) {
            return names;
        }
        names.sort(String.CASE_INSENSITIVE_ORDER);
        return names;
    }

    /** Reads the snapshot of that name. */
    public Snapshot load(Path projectFolder, String name) throws IOException {
        Path file = fileFor(projectFolder, name);
        JsonNode root;
        try {
            root = mapper.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IOException(file + " could not be read: " + e.getMessage(), e);
        }
        return fromJson(root, file);
    }

    ObjectNode toJson(Snapshot snapshot) {
        ObjectNode root = mapper.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("kind", KIND);
        root.put("name", snapshot.name());
        root.put("savedAt", snapshot.savedAt());
        root.put("numParams", snapshot.numParams());
        root.put("vocabulary", snapshot.vocabulary());
        ArrayNode streams = root.putArray("streams");
        for (Snapshot.Stream s : snapshot.streams()) {
            ObjectNode node = streams.addObject();
            node.put("text", s.text());
            floats(node.putArray("next"), s.next());
            ArrayNode layers = node.putArray("layers");
            for (int layer : s.state().layerIndices()) {
                ObjectNode l = layers.addObject();
                l.put("layer", layer);
                for (String key : s.state().keys(layer)) {
                    floats(l.putArray(key), s.state().values(layer, key));
                }
            }
        }
        return root;
    }

    Snapshot fromJson(JsonNode root, Path file) throws IOException {
        int version = root.path("formatVersion").asInt(-1);
        if (!KIND.equals(root.path("kind").asText()) || version < 1 || version > FORMAT_VERSION) {
            throw new IOException(file + " is not a state snapshot this version reads (kind " + KIND
                    + ", format 1 to " + FORMAT_VERSION + ")");
        }
        List<Snapshot.Stream> streams = new ArrayList<>();
        int index = 0;
        for (JsonNode node : root.path("streams")) {
            index++;
            Map<Integer, Map<String, float[]>> layers = new LinkedHashMap<>();
            for (JsonNode l : node.path("layers")) {
                Map<String, float[]> arrays = new LinkedHashMap<>();
                var names = l.fieldNames();
                while (names.hasNext()) {
                    String key = names.next();
                    if (!"layer".equals(key)) {
                        arrays.put(key, floats(l.get(key), file, "stream " + index + " " + key));
                    }
                }
                layers.put(l.path("layer").asInt(), arrays);
            }
            streams.add(new Snapshot.Stream(node.path("text").asText(""),
                    floats(node.path("next"), file, "stream " + index + " next"), new StreamState(layers)));
        }
        try {
            return new Snapshot(root.path("name").asText(), root.path("savedAt").asText(""),
                    root.path("numParams").asLong(), root.path("vocabulary").asText(""), streams);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static void floats(ArrayNode array, float[] values) {
        for (float v : values) {
            array.add(v);
        }
    }

    private static float[] floats(JsonNode array, Path file, String where) throws IOException {
        if (!array.isArray()) {
            throw new IOException(file + ": " + where + " must be an array of numbers");
        }
        float[] values = new float[array.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode v = array.get(i);
            if (!v.isNumber()) {
                throw new IOException(file + ": " + where + " value " + i + " is not a number: " + v);
            }
            values[i] = Float.parseFloat(v.decimalValue().toString());
        }
        return values;
    }
}
