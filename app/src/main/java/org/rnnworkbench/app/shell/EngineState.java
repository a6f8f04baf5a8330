package org.rnnworkbench.app.shell;

/** What the engine is busy with, as the status bar shows it. */
public enum EngineState {
    IDLE("Idle"), TRAINING("Training"), IMPORTING("Importing"), EVALUATING("Evaluating");

    private final String label;

    EngineState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
