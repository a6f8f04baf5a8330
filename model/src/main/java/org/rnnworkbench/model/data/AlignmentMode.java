package org.rnnworkbench.model.data;

/**
 * How sequences of different lengths share one minibatch of {@code time} steps, named as in the DL4J RNN
 * guide. The minibatch is as long as the longest features or labels sequence in it; shorter ones are padded
 * with zeros and the padding is marked absent in the features or labels mask {@code [miniBatch, time]}.
 */
public enum AlignmentMode {
    /**
     * Every features and labels sequence must have the same length; anything else is refused (DL4J pads
     * silently here, this engine asks for an explicit alignment instead).
     */
    EQUAL_LENGTH,
    /** Each sequence starts at step 0 and is padded after its end; used for one-to-many. */
    ALIGN_START,
    /** Each sequence ends at the last step and is padded before its start; used for many-to-one. */
    ALIGN_END
}
