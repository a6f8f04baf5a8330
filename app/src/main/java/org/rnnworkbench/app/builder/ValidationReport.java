package org.rnnworkbench.app.builder;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.rnnworkbench.model.conf.NetworkConfiguration;

/**
 * The engine's verdict on a draft: the built configuration when it is valid, otherwise the engine's message and
 * the layer it names; in both cases a summary of every layer for the cards.
 *
 * @param configuration the engine's configuration when the draft is valid
 * @param message the engine's message when it is not
 * @param errorLayer the layer the message is about, when it names one
 * @param layers one summary per layer, in order
 * @param totalParams the sum of the known parameter counts
 */
public record ValidationReport(Optional<NetworkConfiguration> configuration, Optional<String> message,
        OptionalInt errorLayer, List<LayerSummary> layers, long totalParams) {

    public ValidationReport {
        layers = List.copyOf(layers);
    }

    public boolean isValid() {
        return configuration.isPresent();
    }
}
