package org.rnnworkbench.app.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandStackTest {
    private final List<String> log = new ArrayList<>();
    private final CommandStack stack = new CommandStack();

    private Command cmd(String name) {
        return new Command() {
            @Override
            public void execute() {
                log.add("do " + name);
            }

            @Override
            public void undo() {
                log.add("undo " + name);
            }

            @Override
            public String description() {
                return name;
            }
        };
    }

    @Test
    void undoAndRedoRunInReverseAndForwardOrder() {
        stack.execute(cmd("a"));
        stack.execute(cmd("b"));
        stack.undo();
        stack.undo();
        stack.redo();
        assertEquals(List.of("do a", "do b", "undo b", "undo a", "do a"), log);
        assertEquals("a", stack.undoDescriptionProperty().get());
        assertEquals("b", stack.redoDescriptionProperty().get());
    }

    @Test
    void aNewCommandDropsTheRedoHistory() {
        stack.execute(cmd("a"));
        stack.undo();
        stack.execute(cmd("b"));
        assertFalse(stack.canRedoProperty().get());
        stack.redo();
        assertEquals(List.of("do a", "undo a", "do b"), log);
    }

    @Test
    void undoOnEmptyHistoryDoesNothing() {
        stack.undo();
        stack.redo();
        assertTrue(log.isEmpty());
        assertFalse(stack.canUndoProperty().get());
        assertFalse(stack.isDirty());
    }

    @Test
    void dirtyFollowsTheSavePoint() {
        assertFalse(stack.isDirty());
        stack.execute(cmd("a"));
        assertTrue(stack.isDirty());
        stack.markSaved();
        assertFalse(stack.isDirty());
        stack.execute(cmd("b"));
        assertTrue(stack.isDirty());
        stack.undo();
        assertFalse(stack.isDirty(), "undoing back to the saved state is clean");
        stack.undo();
        assertTrue(stack.isDirty());
    }

    @Test
    void theSavePointIsLostWhenItsBranchIsDropped() {
        stack.execute(cmd("a"));
        stack.execute(cmd("b"));
        stack.markSaved();
        stack.undo();
        stack.execute(cmd("c"));
        stack.undo();
        assertTrue(stack.isDirty());
        stack.redo();
        assertTrue(stack.isDirty(), "the saved state (a, b) can no longer be reached");
    }

    @Test
    void editsDuringABackgroundSaveStayUnsaved() {
        stack.execute(cmd("a"));
        int savedAt = stack.position();
        stack.execute(cmd("b"));
        stack.markSavedAt(savedAt);
        assertTrue(stack.isDirty());
        stack.undo();
        assertFalse(stack.isDirty());
    }

    @Test
    void markUnsavedMakesACleanDocumentDirty() {
        stack.markUnsaved();
        assertTrue(stack.isDirty());
        stack.markSaved();
        assertFalse(stack.isDirty());
    }
}
