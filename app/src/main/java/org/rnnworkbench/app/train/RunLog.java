package org.rnnworkbench.app.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rnnworkbench.model.train.IterationEvent;

/** The full loss history and epoch figures of a run, kept on the training thread for the run file. */
final class RunLog implements TrainingObserver {
    private long[] iterations = new long[1024];
    private double[] losses = new double[1024];
    private int size;
    private final List<EpochResult> epochs = new ArrayList<>();

    @Override
    public void iterationDone(IterationEvent event) {
        if (size == iterations.length) {
            iterations = Arrays.copyOf(iterations, size * 2);
            losses = Arrays.copyOf(losses, size * 2);
        }
        iterations[size] = event.iteration();
        losses[size++] = event.lossPerStep();
    }

    @Override
    public void epochFinished(EpochResult result) {
        epochs.add(result);
    }

    long[] iterations() {
        return Arrays.copyOf(iterations, size);
    }

    double[] losses() {
        return Arrays.copyOf(losses, size);
    }

    List<EpochResult> epochs() {
        return List.copyOf(epochs);
    }
}
