package org.rnnworkbench.model.conf;

/** Gradient clipping applied before the updater, as in DL4J. */
public enum GradientNormalization {
    None,
    /** Each gradient element is clamped to {@code [-threshold, threshold]}. */
    ClipElementWiseAbsoluteValue,
    /** When a layer's gradient L2 norm exceeds the threshold, the layer's gradient is scaled down to it. */
    ClipL2PerLayer,
    /** Each layer's gradient is divided by its L2 norm. */
    RenormalizeL2PerLayer
}
