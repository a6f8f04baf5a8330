package org.rnnworkbench.app.data;

import org.rnnworkbench.model.data.AlignmentMode;

/** How label sequences relate to feature sequences, as read from the files' lengths. */
public enum SequenceLayout {
    MANY_TO_MANY("many-to-many", "a label at every time step", AlignmentMode.EQUAL_LENGTH),
    MANY_TO_ONE("many-to-one", "one label per sequence (one-line labels files): it belongs at the last step",
            AlignmentMode.ALIGN_END),
    ONE_TO_MANY("one-to-many", "one input (one-line features files) followed by a sequence of labels",
            AlignmentMode.ALIGN_START),
    MIXED("mixed lengths", "feature and label lengths differ in no single pattern", AlignmentMode.ALIGN_START);

    private final String title;
    private final String words;
    private final AlignmentMode suggested;

    SequenceLayout(String title, String words, AlignmentMode suggested) {
        this.title = title;
        this.words = words;
        this.suggested = suggested;
    }

    public String title() {
        return title;
    }

    /** What the layout means, in a few words. */
    public String words() {
        return words;
    }

    /** The alignment mode the guide uses for this layout. */
    public AlignmentMode suggestedAlignment() {
        return suggested;
    }
}
