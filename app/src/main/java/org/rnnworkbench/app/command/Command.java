package org.rnnworkbench.app.command;

/**
 * One edit of a document that can be taken back. A command captures everything it needs to undo itself when
 * it is created or first executed, so that undo and redo never depend on what happened in between.
 */
public interface Command {

    /** Applies the edit for the first time. */
    void execute();

    /** Takes the edit back, restoring the state that {@link #execute()} found. */
    void undo();

    /** Applies the edit again after an undo; the same as executing it unless a command knows better. */
    default void redo() {
        execute();
    }

    /** What the edit does, in the words the Edit menu shows after "Undo": e.g. {@code Add GravesLSTM}. */
    String description();
}
