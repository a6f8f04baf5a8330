package org.rnnworkbench.model.train;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.rnnworkbench.model.conf.GradientNormalization;

/** Applies a {@link GradientNormalization} rule to each layer's gradient, in place. */
public final class GradientClipping {
    private GradientClipping() {
    }

    /**
     * @param layerGradients one 1-d view per layer of the network's gradient
     */
    public static void apply(GradientNormalization rule, double threshold, List<INDArray> layerGradients) {
        for (INDArray g : layerGradients) {
            switch (rule) {
                case None -> {
                }
                case ClipElementWiseAbsoluteValue -> Transforms.min(Transforms.max(g, -threshold, false), threshold,
                        false);
                case ClipL2PerLayer -> {
                    double norm = g.norm2Number().doubleValue();
                    if (norm > threshold) {
                        g.muli(threshold / norm);
                    }
                }
                case RenormalizeL2PerLayer -> {
                    double norm = g.norm2Number().doubleValue();
                    if (norm > 0) {
                        g.divi(norm);
                    }
                }
            }
        }
    }
}
