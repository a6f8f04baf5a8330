package org.rnnworkbench.model.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON form of a {@link SequenceCsvSpec}: {@code {"formatVersion": 1, "sequenceCsv": {...}}}, normalization
 * included. Reading runs the spec's validation again, so a hand-edited file gets the same messages as code.
 */
public final class SequenceCsvSpecJson {
    /** Version written into every file; readers accept this and every earlier version. */
    public static final int FORMAT_VERSION = 1;
    private static final String ROOT = "sequenceCsv";

    private final ObjectMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public String toJson(SequenceCsvSpec spec) {
        ObjectNode root = mapper.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.set(ROOT, mapper.valueToTree(spec));
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the sequence source as JSON", e);
        }
    }

    /**
     * Reads a spec written by {@link #toJson}.
     *
     * @throws IllegalArgumentException when the text is not a spec, comes from a newer version or breaks a rule
     */
    public SequenceCsvSpec fromJson(String json) {
        try {
            JsonNode root = mapper.readTree(json);
            JsonNode version = root.get("formatVersion");
            if (version == null || !version.canConvertToInt() || !root.has(ROOT)) {
                throw new IllegalArgumentException("not a sequence source: formatVersion or " + ROOT + " is missing");
            }
            if (version.asInt() > FORMAT_VERSION) {
                throw new IllegalArgumentException("the sequence source has format version " + version.asInt()
                        + ", newer than this version reads (" + FORMAT_VERSION + "); update RNN Workbench");
            }
            return mapper.treeToValue(root.get(ROOT), SequenceCsvSpec.class);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause();
            String reason = cause instanceof IllegalArgumentException ? cause.getMessage() : e.getOriginalMessage();
            throw new IllegalArgumentException("the sequence source is malformed: " + reason, e);
        }
    }
}
