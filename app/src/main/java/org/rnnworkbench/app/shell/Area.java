package org.rnnworkbench.app.shell;

/** The workbench's areas, in the order of the side bar, each with what it will hold. */
public enum Area {
    MODEL("Model", "Stack layers, set their properties and see the engine check the network as you build it."),
    DATA("Data", "Import variable-length CSV sequences or a text file for a character model, choose "
            + "AlignmentMode.ALIGN_START, ALIGN_END or EQUAL_LENGTH and preview the features and labels masks "
            + "before anything trains."),
    TRAIN("Train", "Train in the background with full or truncated BPTT while the score and gradient charts "
            + "update live; pause, cancel, and keep the last good parameters if the loss diverges."),
    EVALUATE("Evaluate", "Classification and regression evaluation over time series with masks: accuracy, "
            + "confusion matrix, per-step errors, counting only the steps whose label is present."),
    STEP("Step", "Drive a trained network one token at a time with rnnTimeStep, watch the stored state of each "
            + "layer, clear it with rnnClearPreviousState, and let a character model write text.");

    private final String title;
    private final String purpose;

    Area(String title, String purpose) {
        this.title = title;
        this.purpose = purpose;
    }

    public String title() {
        return title;
    }

    /** What the area is for, shown as its placeholder until it is built and as a tooltip afterwards. */
    public String purpose() {
        return purpose;
    }
}
