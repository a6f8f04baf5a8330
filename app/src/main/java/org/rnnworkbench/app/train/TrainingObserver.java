package org.rnnworkbench.app.train;

import org.rnnworkbench.model.train.IterationEvent;

/**
 * What a {@link TrainingLoop} reports, on the training thread. Implementations hand values over to the UI and
 * keep these calls cheap.
 */
public interface TrainingObserver {
    /** Before the minibatch is fitted. */
    default void minibatchStarted(MinibatchInfo info) {
    }

    /** After each update (each truncated BPTT segment counts). */
    default void iterationDone(IterationEvent event) {
    }

    /** After the minibatch is fitted. */
    default void minibatchDone(MinibatchInfo info) {
    }

    /** After each epoch, with its validation figures. */
    default void epochFinished(EpochResult result) {
    }

    /** When an epoch gave the best model so far. */
    default void bestImproved(Checkpoint best) {
    }
}
