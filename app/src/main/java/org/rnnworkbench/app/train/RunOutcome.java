package org.rnnworkbench.app.train;

/**
 * How a run ended.
 *
 * @param kind finished, stopped, diverged or failed
 * @param message what to tell the user
 */
public record RunOutcome(Kind kind, String message) {

    /** The ways a run ends. */
    public enum Kind {
        /** All epochs ran. */
        FINISHED,
        /** The user stopped it; the last completed update stays applied. */
        STOPPED,
        /** The score became NaN or infinite; the last good parameters are kept. */
        DIVERGED,
        /** Something else went wrong (unreadable data, a file that could not be written). */
        FAILED
    }
}
