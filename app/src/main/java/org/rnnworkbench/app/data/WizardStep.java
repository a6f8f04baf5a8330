package org.rnnworkbench.app.data;

/** The steps of the import wizard, in order; the page keeps them all reachable for later edits. */
public enum WizardStep {
    SOURCE("Source"),
    FILES("Files"),
    TASK("Task"),
    ALIGNMENT("Alignment & batching"),
    PREVIEW("Preview");

    private final String title;

    WizardStep(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
