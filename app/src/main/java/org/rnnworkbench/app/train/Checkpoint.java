package org.rnnworkbench.app.train;

import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.rnnworkbench.model.nn.Network;

/**
 * A copy of a network's trainable state at one moment: parameters, updater state and counters. Restoring it
 * continues training exactly as from that moment.
 */
public final class Checkpoint {
    private final INDArray params;
    private final INDArray updater;
    private final long iterations;
    private final int epochs;
    private final double loss;

    private Checkpoint(INDArray params, INDArray updater, long iterations, int epochs, double loss) {
        this.params = params;
        this.updater = updater;
        this.iterations = iterations;
        this.epochs = epochs;
        this.loss = loss;
    }

    /** Copies the network's state; {@code loss} is what the checkpoint was chosen by. */
    public static Checkpoint of(Network network, double loss) {
        Objects.requireNonNull(network, "network");
        return new Checkpoint(network.params().dup(), network.getUpdater().stateView().dup(),
                network.getIterationCount(), network.getEpochCount(), loss);
    }

    /** Puts this state back into {@code network}, which must have the same configuration. */
    public void restoreInto(Network network) {
        network.setParams(params);
        if (!updater.isEmpty()) {
            network.getUpdater().setState(updater);
        }
        network.restoreTrainingProgress(iterations, epochs);
    }

    public long iterations() {
        return iterations;
    }

    public int epochs() {
        return epochs;
    }

    public double loss() {
        return loss;
    }
}
