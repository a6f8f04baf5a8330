package org.rnnworkbench.app.step;

/** Why the Step area cannot step this project now, said plainly, and what would help. */
public final class StepUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;
    private final StepRemedy remedy;

    public StepUnavailableException(String message, StepRemedy remedy) {
        super(message);
        this.remedy = remedy;
    }

    public StepRemedy remedy() {
        return remedy;
    }
}
