package org.rnnworkbench.app.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.rnnworkbench.model.data.CharacterVocabulary;

/**
 * Reads and writes a project's data source: {@value #DATA_FILE} in the project folder,
 * <pre>{@code
 * { "formatVersion": 1, "kind": "rnn-workbench-data",
 *   "source": { "kind": "csvSequences", "sequences": {...}, "minibatchSize": 32, ... } }
 * }</pre>
 * and, for a character model, the vocabulary in {@value #VOCABULARY_FILE} beside it
 * ({@code {"formatVersion": 1, "vocabulary": {"characters": "...", "lowerCase": false, "hasUnknown": false}}}).
 * Files are written atomically. Readers accept every format version up to their own and ignore fields they do
 * not know; a file that breaks a rule is refused with the rule's own message.
 */
public final class DataSourceStore {
    public static final String DATA_FILE = "data.json";
    public static final String VOCABULARY_FILE = "vocabulary.json";
    /** Version written into both files. */
    public static final int FORMAT_VERSION = 1;
    /** Tells a data file from any other JSON file. */
    public static final String KIND = "rnn-workbench-data";

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private final AtomicFileWriter writer;

    public DataSourceStore(AtomicFileWriter writer) {
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /** Writes {@code spec} as the data source of the project in {@code folder}. */
    public void save(Path folder, DataSourceSpec spec) throws ProjectFileException {
        write(folder.resolve(DATA_FILE), toJson(spec));
    }

    /** The data source of the project in {@code folder}; empty when it has none yet. */
    public Optional<DataSourceSpec> load(Path folder) throws ProjectFileException {
        return loadFile(folder.resolve(DATA_FILE));
    }

    /** Writes {@code spec} to {@code file} in the data file's format (an autosave, for one). */
    public void saveFile(Path file, DataSourceSpec spec) throws ProjectFileException {
        write(file, toJson(spec));
    }

    /** A data source written by {@link #saveFile}; empty when the file does not exist. */
    public Optional<DataSourceSpec> loadFile(Path file) throws ProjectFileException {
        Optional<String> text = read(file);
        return text.isEmpty() ? Optional.empty() : Optional.of(fromJson(text.get(), file));
    }

    /** Writes the vocabulary of a character model beside the data source. */
    public void saveVocabulary(Path folder, CharacterVocabulary vocabulary) throws ProjectFileException {
        ObjectNode root = mapper.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.set("vocabulary", mapper.valueToTree(vocabulary));
        write(folder.resolve(VOCABULARY_FILE), text(root));
    }

    /** The saved vocabulary of the project in {@code folder}; empty when there is none. */
    public Optional<CharacterVocabulary> loadVocabulary(Path folder) throws ProjectFileException {
        Path file = folder.resolve(VOCABULARY_FILE);
        Optional<String> text = read(file);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        JsonNode root = versioned(text.get(), file);
        JsonNode vocabulary = root.get("vocabulary");
        if (vocabulary == null || !vocabulary.isObject()) {
            throw new ProjectFileException(file, "the \"vocabulary\" section is missing");
        }
        try {
            return Optional.of(mapper.treeToValue(vocabulary, CharacterVocabulary.class));
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(file, "the vocabulary is malformed: " + reason(e), e);
        }
    }

    /** The JSON text of a data file. */
    public String toJson(DataSourceSpec spec) {
        ObjectNode root = mapper.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("kind", KIND);
        root.set("source", mapper.valueToTree(spec));
        return text(root);
    }

    /**
     * Reads a data file written by {@link #toJson}.
     *
     * @param source the file, named in messages
     */
    public DataSourceSpec fromJson(String json, Path source) throws ProjectFileException {
        JsonNode root = versioned(json, source);
        if (!KIND.equals(root.path("kind").asText())) {
            throw new ProjectFileException(source, "not an RNN Workbench data file (expected \"kind\": \"" + KIND
                    + "\" at the top level)");
        }
        JsonNode spec = root.get("source");
        if (spec == null || !spec.isObject()) {
            throw new ProjectFileException(source, "the \"source\" section is missing");
        }
        try {
            return mapper.treeToValue(spec, DataSourceSpec.class);
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(source, "the data source is malformed: " + reason(e), e);
        }
    }

    private JsonNode versioned(String json, Path source) throws ProjectFileException {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(source, "not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ProjectFileException(source, "expected a JSON object");
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.canConvertToInt()) {
            throw new ProjectFileException(source, "formatVersion is missing");
        }
        if (version.asInt() > FORMAT_VERSION) {
            throw new ProjectFileException(source, "written by a newer RNN Workbench (format version "
                    + version.asInt() + "; this version reads up to " + FORMAT_VERSION + ")");
        }
        return root;
    }

    /** The rule a record's constructor stated, rather than Jackson's wrapping of it. */
    private static String reason(JsonProcessingException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException || t instanceof NullPointerException) {
                return t.getMessage();
            }
        }
        return e.getOriginalMessage();
    }

    private String text(ObjectNode root) {
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the data source as JSON", e);
        }
    }

    private void write(Path file, String content) throws ProjectFileException {
        try {
            writer.write(file, content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ProjectFileException(file, "could not save: " + e.getMessage(), e);
        }
    }

    private static Optional<String> read(Path file) throws ProjectFileException {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new ProjectFileException(file, "could not read: " + e.getMessage(), e);
        }
    }
}
