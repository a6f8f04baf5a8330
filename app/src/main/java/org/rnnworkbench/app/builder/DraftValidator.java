package org.rnnworkbench.app.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.rnnworkbench.model.conf.ConfigurationException;
import org.rnnworkbench.model.conf.InputPreProcessor;
import org.rnnworkbench.model.conf.LayerConf;
import org.rnnworkbench.model.conf.NetworkConfiguration;

/**
 * Validates a draft with the engine's own builder, the single source of truth: whatever {@code build()}
 * accepts is valid, and its message is what the user reads. Shapes and parameter counts come from the engine's
 * layer configurations too; when the draft is invalid they are worked out layer by layer as far as the sizes
 * are known.
 */
public final class DraftValidator {

    public ValidationReport validate(ModelDraft draft) {
        if (draft.layers().isEmpty()) {
            return new ValidationReport(Optional.empty(),
                    Optional.of("The network has no layers yet: drag layers from the palette, or double-click one,"
                            + " and finish with an RnnOutputLayer."),
                    OptionalInt.empty(), List.of(), 0);
        }
        try {
            NetworkConfiguration conf = draft.toConfigurationBuilder().build();
            return new ValidationReport(Optional.of(conf), Optional.empty(), OptionalInt.empty(),
                    summariesOf(draft, conf), conf.numParams());
        } catch (ConfigurationException e) {
            return invalid(draft, e.getMessage(), e.layerIndex());
        } catch (IllegalArgumentException | IllegalStateException e) {
            // the engine checks some rules outside its builder (e.g. record constructors); same treatment
            return invalid(draft, e.getMessage(), OptionalInt.empty());
        }
    }

    private ValidationReport invalid(ModelDraft draft, String message, OptionalInt errorLayer) {
        List<LayerSummary> summaries = new ArrayList<>();
        long total = 0;
        int incoming = draft.settings().inputSize();
        for (int i = 0; i < draft.layers().size(); i++) {
            LayerSpec spec = draft.layers().get(i);
            LayerConf conf = spec.toLayerConf();
            if (conf.nIn() == 0 && incoming > 0) {
                conf = conf.withNIn(incoming);
            }
            long params = conf.nIn() > 0 && conf.nOut() > 0 ? conf.numParams() : -1;
            if (params > 0) {
                total += params;
            }
            boolean atFault = errorLayer.isPresent() && errorLayer.getAsInt() == i;
            summaries.add(summary(i, spec, conf, params, Optional.empty(),
                    atFault ? Optional.of(message) : Optional.empty()));
            incoming = conf.nOut();
        }
        return new ValidationReport(Optional.empty(), Optional.of(message), errorLayer, summaries, total);
    }

    private static List<LayerSummary> summariesOf(ModelDraft draft, NetworkConfiguration conf) {
        List<LayerSummary> summaries = new ArrayList<>();
        Map<Integer, InputPreProcessor> pre = conf.inputPreProcessors();
        for (int i = 0; i < conf.layers().size(); i++) {
            LayerConf layer = conf.layers().get(i);
            Optional<String> preName = Optional.ofNullable(pre.get(i)).map(InputPreProcessor::typeName);
            summaries.add(summary(i, draft.layers().get(i), layer, layer.numParams(), preName, Optional.empty()));
        }
        return summaries;
    }

    private static LayerSummary summary(int index, LayerSpec spec, LayerConf conf, long params,
            Optional<String> preProcessor, Optional<String> error) {
        String size = conf.nOut() > 0 ? String.valueOf(conf.nOut()) : "?";
        String shape = spec.kind() == LayerKind.DENSE ? "[mb·T, " + size + "]" : "[mb, " + size + ", T]";
        return new LayerSummary(index, spec.typeName(), detail(spec), conf.nIn(), conf.nOut(), shape, params,
                preProcessor, error);
    }

    private static String detail(LayerSpec spec) {
        StringBuilder sb = new StringBuilder();
        sb.append("nOut ").append(spec.nOut()).append(" · ").append(spec.activation());
        if (spec.kind() == LayerKind.RNN_OUTPUT) {
            sb.append(" · ").append(spec.lossFunction());
        }
        if (spec.kind() == LayerKind.BIDIRECTIONAL) {
            sb.append(" · ").append(spec.mode());
        }
        return sb.toString();
    }
}
