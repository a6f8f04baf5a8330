package org.rnnworkbench.model.train;

/**
 * Receives training progress. Called on the training thread; implementations that update a UI must hand the
 * values over to their own thread and keep these calls cheap.
 */
public interface TrainingListener {
    /** After each parameter update (each truncated BPTT segment counts as one). */
    default void iterationDone(IterationEvent event) {
    }

    /** After each pass over the training data. */
    default void epochDone(int epoch) {
    }
}
