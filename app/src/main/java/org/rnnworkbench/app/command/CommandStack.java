package org.rnnworkbench.app.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs commands and keeps their history for undo and redo. The document is dirty exactly when the history
 * position differs from the position at the last save, so undoing back to the saved state makes it clean again
 * without any edit having to report itself.
 */
public final class CommandStack {
    /** Marks a save point that no sequence of undo and redo can reach any more. */
    private static final int UNREACHABLE = -1;

    private final List<Command> history = new ArrayList<>();
    /** Number of commands currently applied; history[position..] can be redone. */
    private int position;
    private int savedPosition;

    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper(this, "undoDescription", "");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper(this, "redoDescription", "");

    /** Executes a new command; anything that could have been redone is dropped. */
    public void execute(Command command) {
        Objects.requireNonNull(command, "command");
        command.execute();
        history.subList(position, history.size()).clear();
        if (savedPosition > position) {
            savedPosition = UNREACHABLE;
        }
        history.add(command);
        position++;
        refresh();
    }

    /** Takes back the last applied command; does nothing when there is none. */
    public void undo() {
        if (position == 0) {
            return;
        }
        position--;
        history.get(position).undo();
        refresh();
    }

    /** Applies the next undone command again; does nothing when there is none. */
    public void redo() {
        if (position == history.size()) {
            return;
        }
        history.get(position).redo();
        position++;
        refresh();
    }

    /** The current history position, to be handed to {@link #markSavedAt(int)} once a save finishes. */
    public int position() {
        return position;
    }

    /** Records that the document as it is now has been saved. */
    public void markSaved() {
        markSavedAt(position);
    }

    /**
     * Records that the document as it was at {@code savedAt} has been saved; used when a save ran in the
     * background while more edits came in, which then still count as unsaved.
     */
    public void markSavedAt(int savedAt) {
        savedPosition = savedAt;
        refresh();
    }

    /** Forgets all history; the document as it is counts as saved. */
    public void clear() {
        history.clear();
        position = 0;
        savedPosition = 0;
        refresh();
    }

    /** Makes the document count as unsaved until the next save, e.g. after restoring an autosave. */
    public void markUnsaved() {
        savedPosition = UNREACHABLE;
        refresh();
    }

    private void refresh() {
        canUndo.set(position > 0);
        canRedo.set(position < history.size());
        dirty.set(position != savedPosition);
        undoDescription.set(position > 0 ? history.get(position - 1).description() : "");
        redoDescription.set(position < history.size() ? history.get(position).description() : "");
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** Description of the command that {@link #undo()} would take back, empty when none. */
    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    /** Description of the command that {@link #redo()} would apply, empty when none. */
    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }
}
