package org.rnnworkbench.app.step;

/** What the user can do when the Step area has nothing to step; the view offers it as a button. */
public enum StepRemedy {
    SAVE_PROJECT("Save the project…"),
    TRAIN("Go to Train"),
    IMPORT_TEXT("Go to Data"),
    RELOAD("Look again");

    private final String action;

    StepRemedy(String action) {
        this.action = action;
    }

    /** The button's text. */
    public String action() {
        return action;
    }
}
