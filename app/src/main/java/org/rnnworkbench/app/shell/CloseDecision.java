package org.rnnworkbench.app.shell;

/** The answer to "save changes before closing?". */
public enum CloseDecision {
    SAVE, DISCARD, CANCEL
}
