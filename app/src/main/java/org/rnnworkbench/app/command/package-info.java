/**
 * Undoable edits: the {@link org.rnnworkbench.app.command.Command} contract and the
 * {@link org.rnnworkbench.app.command.CommandStack} that runs them, keeps undo and redo history and derives the
 * document's "unsaved changes" state from it. May import JavaFX properties, never {@code javafx.scene}.
 */
package org.rnnworkbench.app.command;
