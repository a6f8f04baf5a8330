package org.rnnworkbench.app.builder;

import java.util.Objects;
import org.rnnworkbench.app.command.Command;

/**
 * An edit of the draft that keeps the draft before and after. Drafts are immutable and small, so keeping both
 * is cheap and makes undo exact whatever the edit was; the selection before and after is restored too, so the
 * user sees the layer that changed.
 */
public final class DraftEditCommand implements Command {
    private final DraftTarget target;
    private final String description;
    private final ModelDraft before;
    private final ModelDraft after;
    private final int selectionBefore;
    private final int selectionAfter;

    /**
     * @param target the builder whose draft changes
     * @param description what the edit does, e.g. {@code Add GravesLSTM}
     * @param before the draft now
     * @param after the draft after the edit
     * @param selectionBefore layer selected now (restored on undo)
     * @param selectionAfter layer to select after the edit
     */
    public DraftEditCommand(DraftTarget target, String description, ModelDraft before, ModelDraft after,
            int selectionBefore, int selectionAfter) {
        this.target = Objects.requireNonNull(target, "target");
        this.description = Objects.requireNonNull(description, "description");
        this.before = Objects.requireNonNull(before, "before");
        this.after = Objects.requireNonNull(after, "after");
        this.selectionBefore = selectionBefore;
        this.selectionAfter = selectionAfter;
    }

    @Override
    public void execute() {
        target.apply(after, selectionAfter);
    }

    @Override
    public void undo() {
        target.apply(before, selectionBefore);
    }

    @Override
    public String description() {
        return description;
    }

    /** The draft this command leaves behind; used by tests and by callers that chain edits. */
    public ModelDraft after() {
        return after;
    }
}
