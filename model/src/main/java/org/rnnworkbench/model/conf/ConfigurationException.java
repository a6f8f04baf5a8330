package org.rnnworkbench.model.conf;

import java.util.OptionalInt;

/**
 * A configuration that cannot be built. The message names the layer (index and type) when one is at fault,
 * the rule that was broken and how to fix it.
 */
public final class ConfigurationException extends IllegalArgumentException {
    private final int layerIndex;

    public ConfigurationException(String message) {
        this(-1, message);
    }

    public ConfigurationException(int layerIndex, String message) {
        super(message);
        this.layerIndex = layerIndex;
    }

    /** The index of the offending layer, when the rule concerns one layer. */
    public OptionalInt layerIndex() {
        return layerIndex < 0 ? OptionalInt.empty() : OptionalInt.of(layerIndex);
    }
}
