package org.rnnworkbench.app.builder;

/** What a draft command edits: the current draft, and the place to put a new one together with a selection. */
public interface DraftTarget {

    ModelDraft draft();

    /**
     * Replaces the draft.
     *
     * @param draft the new draft
     * @param selection the layer to select afterwards, -1 for none
     */
    void apply(ModelDraft draft, int selection);
}
