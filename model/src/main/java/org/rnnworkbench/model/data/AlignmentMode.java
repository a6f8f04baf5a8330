package org.rnnworkbench.model.data;

/**
 * How the features and labels of an example are aligned when their lengths differ, named and behaving as in
 * the DL4J RNN guide and DL4J's {@code SequenceRecordReaderDataSetIterator}. Alignment is per example: an
 * example spans {@code max(features length, labels length)} steps from step 0, and the minibatch is as long
 * as its longest example; everything after an example's end is zero padding, marked absent in the features
 * or labels mask {@code [miniBatch, time]}.
 */
public enum AlignmentMode {
    /**
     * Every features and labels sequence must have the same length; anything else is refused (DL4J pads
     * silently here, this engine asks for an explicit alignment instead).
     */
    EQUAL_LENGTH,
    /** Features and labels both start at step 0; used for one-to-many (a one-line features file). */
    ALIGN_START,
    /**
     * Features and labels of an example end at the same step; used for many-to-one (a one-line labels file:
     * the label sits at the example's last step). When both have the same length this equals ALIGN_START.
     */
    ALIGN_END
}
