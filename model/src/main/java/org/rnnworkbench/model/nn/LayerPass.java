package org.rnnworkbench.model.nn;

import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/** One forward pass of one layer, holding what its backward pass needs. */
interface LayerPass {

    /** The layer's output, {@code [time * miniBatch, nOut]}, zero at inactive steps. */
    INDArray output();

    /** The state after the last step ({@link RecurrentState} keys); empty for feed-forward layers. */
    Map<String, INDArray> finalState();

    /**
     * Backpropagates, writing the layer's parameter gradients into its gradient views (overwriting them).
     *
     * @param epsilon gradient of the score with respect to {@link #output()}, {@code [time * miniBatch, nOut]}
     * @param backwardLength how many of the last time steps gradients flow back through in a recurrent layer
     *     (truncated BPTT); {@code Integer.MAX_VALUE} for all
     * @return gradient with respect to the input, {@code [time * miniBatch, nIn]}
     */
    INDArray backward(INDArray epsilon, int backwardLength);

    /**
     * Backpropagates into the layer's parameter gradients only, for the network's first layer, whose input gradient
     * nobody reads. A layer that can skip that product overrides this.
     */
    default void backwardToParameters(INDArray epsilon, int backwardLength) {
        backward(epsilon, backwardLength);
    }
}
