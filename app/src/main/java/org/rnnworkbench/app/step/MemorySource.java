package org.rnnworkbench.app.step;

import java.util.ArrayList;
import java.util.List;
import org.rnnworkbench.model.conf.LayerConf;
import org.rnnworkbench.model.nn.Network;
import org.rnnworkbench.model.nn.RecurrentState;

/**
 * One array of a layer's stored state that the memory view can draw.
 *
 * @param layer the layer index
 * @param key the state map's key, {@link RecurrentState#ACTIVATIONS} or {@link RecurrentState#MEMORY}
 * @param units the layer's {@code nOut}
 * @param label how the picker shows it
 */
public record MemorySource(int layer, String key, int units, String label) {

    /** Every state array of every recurrent layer, in layer order, activations before memory cells. */
    public static List<MemorySource> of(Network network) {
        List<MemorySource> result = new ArrayList<>();
        List<LayerConf> layers = network.getConfiguration().layers();
        for (int i = 0; i < layers.size(); i++) {
            LayerConf l = layers.get(i);
            if (!l.isRecurrent()) {
                continue;
            }
            for (String key : StreamState.keysOf(l)) {
                String what = RecurrentState.MEMORY.equals(key) ? "memory cells" : "hidden activations";
                result.add(new MemorySource(i, key, l.nOut(), "Layer " + i + " " + l.typeName() + " · " + what
                        + " (" + key + ")"));
            }
        }
        return result;
    }

    @Override
    public String toString() {
        return label;
    }
}
