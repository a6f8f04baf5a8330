package org.rnnworkbench.app.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.rnnworkbench.app.builder.DraftValidator;
import org.rnnworkbench.app.builder.ModelDraft;
import org.rnnworkbench.app.builder.ValidationReport;
import org.rnnworkbench.model.conf.ConfigurationJson;

/**
 * The JSON form of a project:
 * <pre>{@code
 * { "formatVersion": 1, "kind": "rnn-workbench-project", "name": "...",
 *   "model": { "settings": {...}, "layers": [...] },
 *   "engineConfiguration": { "formatVersion": 1, "network": {...} },
 *   "notes": "..." }
 * }</pre>
 * {@code model} is the builder's draft and is what is read back. {@code engineConfiguration} is the engine's
 * own JSON ({@link ConfigurationJson}) and is written only when the draft is valid, so that the engine can load
 * a project's network without the workbench. Readers accept every format version up to their own and ignore
 * fields they do not know.
 */
public final class ProjectFormat {
    /** Version written into every project file. */
    public static final int FORMAT_VERSION = 1;
    /** Tells a project file from any other JSON file. */
    public static final String KIND = "rnn-workbench-project";

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private final ConfigurationJson engineJson = new ConfigurationJson();
    private final DraftValidator validator = new DraftValidator();

    /** The project as JSON text. */
    public String write(ProjectDocument project) {
        ObjectNode root = mapper.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("kind", KIND);
        root.put("name", project.name());
        root.set("model", mapper.valueToTree(project.model()));
        ValidationReport report = validator.validate(project.model());
        if (report.configuration().isPresent()) {
            try {
                root.set("engineConfiguration", mapper.readTree(engineJson.toJson(report.configuration().get())));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the engine wrote JSON that does not parse", e);
            }
        }
        root.put("notes", project.notes());
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the project as JSON", e);
        }
    }

    /**
     * Reads a project written by {@link #write}.
     *
     * @param text the file's content
     * @param source the file, named in messages
     * @throws ProjectFileException saying where and what is wrong; nothing is returned half-read
     */
    public ProjectDocument read(String text, Path source) throws ProjectFileException {
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(source, "not valid JSON" + where(e) + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || !KIND.equals(root.path("kind").asText())) {
            throw new ProjectFileException(source,
                    "not an RNN Workbench project (expected \"kind\": \"" + KIND + "\" at the top level)");
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.canConvertToInt()) {
            throw new ProjectFileException(source, "formatVersion is missing");
        }
        if (version.asInt() > FORMAT_VERSION) {
            throw new ProjectFileException(source, "written by a newer RNN Workbench (format version "
                    + version.asInt() + "; this version reads up to " + FORMAT_VERSION + ")");
        }
        JsonNode model = root.get("model");
        if (model == null || !model.isObject()) {
            throw new ProjectFileException(source, "the \"model\" section is missing");
        }
        try {
            ModelDraft draft = mapper.treeToValue(model, ModelDraft.class);
            String name = root.path("name").asText("");
            return new ProjectDocument(name.isBlank() ? defaultName(source) : name, draft,
                    root.path("notes").asText(""));
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(source, "the model section is malformed: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ProjectFileException(source, "the model section is malformed: " + e.getMessage(), e);
        }
    }

    private static String where(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        return loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    private static String defaultName(Path source) {
        Path folder = source.toAbsolutePath().getParent();
        return folder == null || folder.getFileName() == null ? "Untitled" : folder.getFileName().toString();
    }
}
