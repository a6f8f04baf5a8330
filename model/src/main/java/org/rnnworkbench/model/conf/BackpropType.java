package org.rnnworkbench.model.conf;

/** How gradients flow through time during training. */
public enum BackpropType {
    /** Backpropagation through the whole sequence. */
    Standard,
    /**
     * Truncated BPTT: the sequence is cut into segments of {@code tBPTTForwardLength} steps, one update per
     * segment, state carried across segments with the gradient cut, and gradients flowing back at most
     * {@code tBPTTBackwardLength} steps within a segment.
     */
    TruncatedBPTT
}
