package org.rnnworkbench.app.data;

import org.rnnworkbench.model.data.AlignmentMode;

/** One line per alignment mode, saying what it does to the arrays, for the wizard and the preview. */
public final class Alignments {
    private Alignments() {
    }

    public static String explain(AlignmentMode mode) {
        switch (mode) {
            case EQUAL_LENGTH:
                return "Every features and labels sequence has the same length; no padding and no masks.";
            case ALIGN_START:
                return "Features and labels start at step 0; shorter ones are padded at the end and masked there "
                        + "(one-to-many).";
            case ALIGN_END:
                return "Features and labels end at the same step; a one-line label sits on the last real step "
                        + "(many-to-one).";
            default:
                throw new IllegalArgumentException("unknown alignment " + mode);
        }
    }
}
