package org.rnnworkbench.app.train;

/** What the Train area's run is doing. */
public enum TrainState {
    /** No run; Start is possible. */
    IDLE("Ready"),
    /** A run is training. */
    RUNNING("Training"),
    /** A run is paused; Resume goes on exactly where it stood. */
    PAUSED("Paused"),
    /** Stop was asked for; the run ends after the update in progress. */
    STOPPING("Stopping");

    private final String label;

    TrainState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True while a run exists (running, paused or stopping). */
    public boolean isActive() {
        return this != IDLE;
    }
}
