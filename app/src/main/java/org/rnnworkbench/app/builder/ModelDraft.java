package org.rnnworkbench.app.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rnnworkbench.model.conf.LayerConf;
import org.rnnworkbench.model.conf.NetworkConfiguration;

/**
 * The network as the user is building it: global settings and the layer stack, immutable. Every edit makes
 * a new draft, which is what lets a command keep the draft it replaced for undo.
 *
 * @param settings the network-wide settings
 * @param layers the layers from input to output
 */
public record ModelDraft(NetworkSettings settings, List<LayerSpec> layers) {

    public ModelDraft {
        Objects.requireNonNull(settings, "settings");
        layers = List.copyOf(layers);
    }

    /** A draft with default settings and no layers yet. */
    public static ModelDraft empty(int inputSize) {
        return new ModelDraft(NetworkSettings.defaults(inputSize), List.of());
    }

    /**
     * The draft of an engine configuration. Sizes the engine inferred are left to be inferred again, so that
     * changing one layer's {@code nOut} keeps the next layer's input in step; a weight initialisation equal to
     * the network's default is left to follow that default.
     */
    public static ModelDraft from(NetworkConfiguration conf) {
        List<LayerSpec> specs = new ArrayList<>();
        int incoming = conf.inputSize();
        for (LayerConf layer : conf.layers()) {
            LayerSpec spec = LayerSpec.from(layer);
            if (spec.nIn() == incoming) {
                spec = spec.withNIn(0);
            }
            if (spec.weightInit() == conf.weightInit()) {
                spec = spec.withWeightInit(null);
            }
            specs.add(spec);
            incoming = layer.nOut();
        }
        return new ModelDraft(NetworkSettings.from(conf), specs);
    }

    /**
     * The engine's builder holding this draft, ready for {@code build()}.
     *
     * @throws org.rnnworkbench.model.conf.ConfigurationException when a setting such as the learning rate is
     *     already out of range
     */
    public NetworkConfiguration.Builder toConfigurationBuilder() {
        NetworkConfiguration.Builder b = new NetworkConfiguration.Builder()
                .seed(settings.seed())
                .updater(settings.toUpdater())
                .weightInit(settings.weightInit())
                .l2(settings.l2())
                .gradientNormalization(settings.gradientNormalization())
                .gradientNormalizationThreshold(settings.gradientNormalizationThreshold())
                .backpropType(settings.backpropType())
                .tBPTTForwardLength(settings.tBPTTForwardLength())
                .tBPTTBackwardLength(settings.tBPTTBackwardLength())
                .inputSize(settings.inputSize());
        for (LayerSpec layer : layers) {
            b.layer(layer.toLayerConf());
        }
        return b;
    }

    public ModelDraft withSettings(NetworkSettings s) {
        return new ModelDraft(s, layers);
    }

    /** The draft with {@code layer} inserted at {@code index} (0 to size). */
    public ModelDraft withLayerInserted(int index, LayerSpec layer) {
        List<LayerSpec> copy = new ArrayList<>(layers);
        copy.add(index, Objects.requireNonNull(layer, "layer"));
        return new ModelDraft(settings, copy);
    }

    public ModelDraft withLayerRemoved(int index) {
        List<LayerSpec> copy = new ArrayList<>(layers);
        copy.remove(index);
        return new ModelDraft(settings, copy);
    }

    public ModelDraft withLayerReplaced(int index, LayerSpec layer) {
        List<LayerSpec> copy = new ArrayList<>(layers);
        copy.set(index, Objects.requireNonNull(layer, "layer"));
        return new ModelDraft(settings, copy);
    }

    /** The draft with the layer at {@code from} moved so that it ends up at index {@code to}. */
    public ModelDraft withLayerMoved(int from, int to) {
        List<LayerSpec> copy = new ArrayList<>(layers);
        LayerSpec moved = copy.remove(from);
        copy.add(to, moved);
        return new ModelDraft(settings, copy);
    }
}
