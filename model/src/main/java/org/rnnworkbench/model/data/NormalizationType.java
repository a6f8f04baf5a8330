package org.rnnworkbench.model.data;

/** Per-column scaling of features, fitted on the training split. */
public enum NormalizationType {
    /** {@code (x - mean) / std} per column; a constant column is only centred. */
    STANDARDIZE,
    /** {@code (x - min) / (max - min)} per column, into [0, 1] on the training data; a constant column is only shifted. */
    MIN_MAX
}
