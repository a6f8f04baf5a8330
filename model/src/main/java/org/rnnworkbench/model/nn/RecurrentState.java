package org.rnnworkbench.model.nn;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Names of the arrays in a recurrent layer's state map, as {@code rnnGetPreviousState(layer)} returns it.
 * Every array is {@code [miniBatch, nOut]}.
 */
public final class RecurrentState {
    /** The layer's last output {@code h(t)}. */
    public static final String ACTIVATIONS = "prevAct";
    /** The LSTM memory cell {@code c(t)}. */
    public static final String MEMORY = "prevMem";

    private RecurrentState() {
    }

    /** A deep copy, so that neither side can change the other's arrays. */
    static Map<String, INDArray> copyOf(Map<String, INDArray> state) {
        Map<String, INDArray> copy = new LinkedHashMap<>();
        state.forEach((k, v) -> copy.put(k, v.dup('c')));
        return copy;
    }
}
