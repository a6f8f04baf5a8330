package org.rnnworkbench.interop.dl4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.recurrent.Bidirectional;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.regularization.L2Regularization;
import org.nd4j.linalg.learning.regularization.Regularization;
import org.nd4j.linalg.learning.regularization.WeightDecay;
import org.nd4j.linalg.schedule.FixedSchedule;
import org.nd4j.linalg.schedule.ISchedule;
import org.rnnworkbench.model.conf.GradientNormalization;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.conf.UpdaterConfig;

/**
 * The training settings of a DL4J network as our network-wide ones. DL4J keeps the updater, regularisation and
 * gradient normalization per layer; ours are one per network, so every layer with parameters must agree (as they
 * do when set on DL4J's global builder). Biases must be unregularised and use the weights' updater, as ours do.
 */
final class ImportedTraining {
    private IUpdater updater;
    private String updaterSource;
    private double l2 = Double.NaN;
    private double weightDecay = Double.NaN;
    private org.deeplearning4j.nn.conf.GradientNormalization normalization;
    private double threshold = Double.NaN;
    private boolean first = true;

    /** Reads the settings of one supported layer (both halves of a bidirectional wrapper), reporting conflicts. */
    void add(int index, Layer layer, List<String> problems) {
        List<BaseLayer> parts = new ArrayList<>();
        if (layer instanceof Bidirectional b) {
            parts.add((BaseLayer) b.getFwd());
            parts.add((BaseLayer) b.getBwd());
        } else {
            parts.add((BaseLayer) layer);
        }
        String where = "layer " + index + " (" + layer.getClass().getSimpleName() + ")";
        for (BaseLayer part : parts) {
            addPart(where, part, problems);
        }
    }

    private void addPart(String where, BaseLayer layer, List<String> problems) {
        if (layer.getBiasUpdater() != null && !layer.getBiasUpdater().equals(layer.getIUpdater())) {
            problems.add(where + ": a separate bias updater (biases here use the weights' updater)");
        }
        if (layer.getRegularizationBias() != null && !layer.getRegularizationBias().isEmpty()) {
            problems.add(where + ": regularisation of biases (here only weights are regularised)");
        }
        double layerL2 = 0;
        double layerDecay = 0;
        for (Regularization r : layer.getRegularization() == null ? List.<Regularization>of()
                : layer.getRegularization()) {
            if (r instanceof L2Regularization l && fixed(l.getL2())) {
                layerL2 = l.getL2().valueAt(0, 0);
            } else if (r instanceof WeightDecay w && w.isApplyLR() && fixed(w.getCoeff())) {
                layerDecay = w.getCoeff().valueAt(0, 0);
            } else {
                problems.add(where + ": regularisation " + r + " (supported: fixed L2, fixed weight decay "
                        + "applied with the learning rate)");
            }
        }
        if (first) {
            first = false;
            updater = layer.getIUpdater();
            updaterSource = where;
            l2 = layerL2;
            weightDecay = layerDecay;
            normalization = layer.getGradientNormalization();
            threshold = layer.getGradientNormalizationThreshold();
            return;
        }
        if (!Objects.equals(updater, layer.getIUpdater())) {
            problems.add(where + ": updater " + layer.getIUpdater() + " differs from " + updaterSource + "'s "
                    + updater + " (one updater per network here)");
        }
        if (layerL2 != l2 || layerDecay != weightDecay) {
            problems.add(where + ": L2 " + layerL2 + " and weight decay " + layerDecay + " differ from "
                    + updaterSource + "'s " + l2 + " and " + weightDecay + " (one setting per network here)");
        }
        if (normalization(layer.getGradientNormalization()) != normalization(normalization)
                || (normalization(normalization) != GradientNormalization.None
                        && layer.getGradientNormalizationThreshold() != threshold)) {
            problems.add(where + ": gradient normalization differs from " + updaterSource
                    + "'s (one setting per network here)");
        }
    }

    /** Sets the collected settings on our builder; problems found on the way are added to {@code problems}. */
    void applyTo(NetworkConfiguration.Builder builder, List<String> problems) {
        if (first) {
            return;
        }
        UpdaterConfig ours = Updaters.fromDl4j(updater, updaterSource, problems);
        if (ours != null) {
            builder.updater(ours);
        }
        builder.l2(l2).weightDecay(weightDecay);
        GradientNormalization n = normalization(normalization);
        if (n == null) {
            problems.add(updaterSource + ": gradient normalization " + normalization
                    + " (supported: ClipElementWiseAbsoluteValue, ClipL2PerLayer, RenormalizeL2PerLayer)");
        } else if (n != GradientNormalization.None) {
            builder.gradientNormalization(n).gradientNormalizationThreshold(threshold);
        }
    }

    private static boolean fixed(ISchedule schedule) {
        return schedule instanceof FixedSchedule;
    }

    /** Ours of DL4J's, None for none, null when ours has no counterpart (per-parameter-type variants). */
    private static GradientNormalization normalization(org.deeplearning4j.nn.conf.GradientNormalization theirs) {
        if (theirs == null || theirs == org.deeplearning4j.nn.conf.GradientNormalization.None) {
            return GradientNormalization.None;
        }
        for (GradientNormalization g : GradientNormalization.values()) {
            if (g.name().equals(theirs.name())) {
                return g;
            }
        }
        return null;
    }
}
