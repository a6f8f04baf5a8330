package org.rnnworkbench.app.train;

/** One piece of progress carried from the training thread to the UI thread by a {@link ProgressCoalescer}. */
public interface TrainingUpdate {

    /**
     * An update was applied.
     *
     * @param iteration updates so far
     * @param epoch zero-based epoch
     * @param loss loss per present label step of the update's minibatch (or segment)
     * @param learningRate the step size the updater used (Adam's with its bias correction)
     */
    record Iteration(long iteration, int epoch, double loss, double learningRate) implements TrainingUpdate {
    }

    /** A minibatch is being fitted. */
    record MinibatchStarted(MinibatchInfo info) implements TrainingUpdate {
    }

    /** A minibatch was fitted, at {@code nanos} on the run's clock. */
    record MinibatchDone(MinibatchInfo info, long nanos) implements TrainingUpdate {
    }

    /** An epoch ended. */
    record Epoch(EpochResult result) implements TrainingUpdate {
    }

    /**
     * Per-layer L2 norms of the parameters and of the update just applied, sampled now and then.
     *
     * @param iteration updates so far
     * @param parameterNorms one per layer
     * @param updateNorms one per layer
     */
    record Norms(long iteration, double[] parameterNorms, double[] updateNorms) implements TrainingUpdate {
    }

    /** A better model than any before. */
    record Best(Checkpoint checkpoint) implements TrainingUpdate {
    }

    /** The training thread parked for a pause, at {@code nanos}. */
    record Parked(long nanos) implements TrainingUpdate {
    }
}
