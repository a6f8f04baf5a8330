package org.rnnworkbench.model.nn;

import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.rnnworkbench.model.conf.LayerConf;

/**
 * A layer at run time: its parameters (views into the network's flat parameter vector) and its forward
 * pass. Layers keep no activations between calls; a forward pass returns a {@link LayerPass} that holds what
 * its backward pass needs.
 */
interface Layer {

    LayerConf conf();

    /** The layer's named parameters (views into the network's parameter vector). */
    ParameterBlock parameters();

    /**
     * Points the layer's parameters and gradients at its ranges of the network's flat vectors.
     *
     * @param params 1-d contiguous view of length {@code parameters().length()}
     * @param gradients 1-d contiguous view of the same length
     */
    default void bind(INDArray params, INDArray gradients) {
        parameters().bind(params, gradients);
    }

    /** Sets the initial parameter values (weights from the configured scheme, biases as configured). */
    void initialize(java.util.SplittableRandom rng);

    /**
     * Runs the layer over a minibatch.
     *
     * @param input {@code [time * miniBatch, nIn]} time-major rows
     * @param miniBatch number of sequences
     * @param active {@code [time * miniBatch, 1]} 0/1 column of active steps, or {@code null} for all
     * @param initialState the state to start from ({@link RecurrentState} keys, {@code [miniBatch, nOut]}
     *     arrays), or {@code null} for zeros; ignored by feed-forward layers
     * @return the pass, with output {@code [time * miniBatch, nOut]}
     */
    LayerPass forward(INDArray input, int miniBatch, INDArray active, Map<String, INDArray> initialState);
}
