package org.rnnworkbench.interop.dl4j;

import java.util.ArrayList;
import java.util.List;
import org.rnnworkbench.model.conf.Bidirectional;
import org.rnnworkbench.model.conf.GravesLSTM;
import org.rnnworkbench.model.conf.LSTM;
import org.rnnworkbench.model.conf.LayerConf;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.conf.SimpleRnn;

/**
 * Where DL4J will run a network differently from ours: mostly its handling of a features mask, layer by layer,
 * and one updater rule.
 *
 * <p>Masks. Ours: at a masked step a layer's
 * state is carried over unchanged and its output is zero, in both directions, so padding never reaches a real
 * step. DL4J, as observed through {@code MultiLayerNetwork} (and pinned down by the engine's differential tests):
 * <ul>
 *   <li>{@code LSTM} and {@code GravesLSTM} ignore the features mask inside the layer: the recurrence runs through
 *       padded steps and reads whatever values sit there, also inside the {@code Bidirectional} wrapper;</li>
 *   <li>{@code SimpleRnn} (alone or wrapped) and {@code GravesBidirectionalLSTM} zero their output and their
 *       state at a masked step, so the recurrence restarts after it;</li>
 *   <li>{@code RnnOutputLayer} does not zero masked steps: there DL4J's output is the output activation of the
 *       bias.</li>
 * </ul>
 *
 * <p>Updaters follow DL4J's rules and initial state exactly: exported updater state continues training with the
 * same update (checked by the export tests for all five).
 */
final class BehaviourDifferences {
    private static final String READS_PADDING = "ignores the features mask: its recurrence runs through padded "
            + "steps and reads their values, where ours carries the state over unchanged.";
    private static final String RESETS = "zeroes its state at every step the features mask leaves out, where ours "
            + "carries the state over; leading and trailing padding give our results, ";

    private BehaviourDifferences() {
    }

    /** The differences for a network with this configuration, in layer order, network-wide ones last. */
    static List<Dl4jDifference> differences(NetworkConfiguration conf) {
        List<Dl4jDifference> result = new ArrayList<>();
        for (int i = 0; i < conf.layers().size(); i++) {
            LayerConf layer = conf.layers().get(i);
            String description = description(layer);
            if (description != null) {
                result.add(new Dl4jDifference(i, ourName(layer), dl4jName(layer), description));
            }
        }
        result.add(new Dl4jDifference(Dl4jDifference.NETWORK, "network", "network", "with a features mask, "
                + "DL4J's RnnOutputLayer gives the output activation of its bias at masked steps where ours gives "
                + "0; the labels mask keeps those steps out of scores and evaluation, so only raw outputs differ."));
        return result;
    }

    private static String description(LayerConf layer) {
        if (ParameterNames.exportsAsGravesBidirectional(layer)) {
            return "GravesBidirectionalLSTM " + RESETS + "but a gap inside a sequence restarts both directions, "
                    + "and one-to-many data (features only at the first steps) differs.";
        }
        if (layer instanceof Bidirectional b) {
            if (b.layer() instanceof SimpleRnn) {
                return "the wrapped SimpleRnn " + RESETS + "but a gap inside a sequence restarts both directions, "
                        + "and one-to-many data (features only at the first steps) differs.";
            }
            return "the wrapped " + b.layer().typeName() + " " + READS_PADDING + " Its backward direction starts "
                    + "in the padding, so with any padding (even at the end, ALIGN_START) outputs at real steps and "
                    + "training scores depend on the padding values.";
        }
        if (layer instanceof LSTM || layer instanceof GravesLSTM) {
            return layer.typeName() + " " + READS_PADDING + " Padding before a real step (ALIGN_END, or gaps) "
                    + "changes later outputs and training; padding at the end (ALIGN_START) gives our results.";
        }
        if (layer instanceof SimpleRnn) {
            return "SimpleRnn " + RESETS + "but a gap inside a sequence restarts it, and one-to-many data "
                    + "(features only at the first steps) differs.";
        }
        return null;
    }

    /** Our type name, with the mode and wrapped layer of a bidirectional layer. */
    static String ourName(LayerConf layer) {
        if (layer instanceof Bidirectional b) {
            return "Bidirectional(" + b.mode() + ", " + b.layer().typeName() + ")";
        }
        return layer.typeName();
    }

    /** The DL4J layer class it is exported as. */
    static String dl4jName(LayerConf layer) {
        if (ParameterNames.exportsAsGravesBidirectional(layer)) {
            return "GravesBidirectionalLSTM";
        }
        if (layer instanceof Bidirectional b) {
            return "Bidirectional(" + b.mode() + ", " + b.layer().typeName() + ")";
        }
        return layer.typeName();
    }
}
