package org.rnnworkbench.model.conf;

import java.util.OptionalInt;

/**
 * A configuration that cannot be built. The message names the layer (index and type) when one is at fault,
 * the rule that was broken and how to fix it.
 */
public final class ConfigurationException extends IllegalArgumentException {
    private final int layerIndex;
    private final String setting;

    public ConfigurationException(String message) {
        this(-1, null, message);
    }

    public ConfigurationException(int layerIndex, String message) {
        this(layerIndex, null, message);
    }

    /**
     * @param layerIndex the offending layer, or -1 when the rule is not about one layer
     * @param setting the name of the offending setting as the builder spells it (e.g. {@code l2},
     *     {@code tBPTTBackwardLength}, {@code learningRate}), or null
     */
    public ConfigurationException(int layerIndex, String setting, String message) {
        super(message);
        this.layerIndex = layerIndex;
        this.setting = setting;
    }

    /** The offending setting's name as the builder spells it, when one setting is at fault. */
    public java.util.Optional<String> setting() {
        return java.util.Optional.ofNullable(setting);
    }

    /** The index of the offending layer, when the rule concerns one layer. */
    public OptionalInt layerIndex() {
        return layerIndex < 0 ? OptionalInt.empty() : OptionalInt.of(layerIndex);
    }
}
