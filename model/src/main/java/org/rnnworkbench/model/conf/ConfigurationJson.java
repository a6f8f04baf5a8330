package org.rnnworkbench.model.conf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON form of a {@link NetworkConfiguration}: {@code {"formatVersion": 1, "network": {...}}}. Reading
 * validates the configuration again through the builder, so a hand-edited file gets the same messages as
 * code.
 */
public final class ConfigurationJson {
    /** Version written into every file; readers accept this and every earlier version. */
    public static final int FORMAT_VERSION = 1;

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public String toJson(NetworkConfiguration configuration) {
        ObjectNode root = mapper.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.set("network", mapper.valueToTree(configuration));
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the configuration as JSON", e);
        }
    }

    /**
     * Reads a configuration written by {@link #toJson}.
     *
     * @throws ConfigurationException when the text is not a configuration, comes from a newer version, or
     *     breaks a rule
     */
    public NetworkConfiguration fromJson(String json) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ConfigurationException("not a network configuration: " + e.getOriginalMessage());
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.canConvertToInt()) {
            throw new ConfigurationException("not a network configuration: formatVersion is missing");
        }
        if (version.asInt() > FORMAT_VERSION) {
            throw new ConfigurationException("the configuration has format version " + version.asInt()
                    + ", newer than this version reads (" + FORMAT_VERSION + "); update RNN Workbench");
        }
        try {
            NetworkConfiguration read = mapper.treeToValue(root.get("network"), NetworkConfiguration.class);
            return read.toBuilder().build();
        } catch (JsonProcessingException e) {
            throw new ConfigurationException("the network configuration is malformed: " + e.getOriginalMessage());
        }
    }
}
