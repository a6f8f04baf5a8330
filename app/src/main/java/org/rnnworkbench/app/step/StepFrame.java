package org.rnnworkbench.app.step;

import java.util.List;

/**
 * The whole Step area's state after a command: one frame per stream. Immutable.
 *
 * @param streams one per row of the minibatch; empty before priming
 * @param steps how many steps have run since the last prime
 */
public record StepFrame(List<StreamFrame> streams, long steps) {
    /** Before priming: no streams. */
    public static final StepFrame EMPTY = new StepFrame(List.of(), 0);

    public StepFrame {
        streams = List.copyOf(streams);
    }

    public boolean isStarted() {
        return !streams.isEmpty();
    }
}
