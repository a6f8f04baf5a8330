package org.rnnworkbench.model.nn;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A layer's named parameter matrices and their gradients, each a view into the network's flat vectors, so
 * that the updater can work on the whole network in a few large operations.
 */
final class ParameterBlock {
    /** A parameter's name, shape and whether L2 and weight decay apply to it. */
    record Spec(String name, long rows, long columns, boolean regularized) {
        long length() {
            return rows * columns;
        }
    }

    private final List<Spec> specs;
    private final Map<String, INDArray> params = new LinkedHashMap<>();
    private final Map<String, INDArray> gradients = new LinkedHashMap<>();
    private INDArray flatParams;
    private INDArray flatGradients;

    ParameterBlock(List<Spec> specs) {
        this.specs = List.copyOf(specs);
    }

    List<Spec> specs() {
        return specs;
    }

    long length() {
        return specs.stream().mapToLong(Spec::length).sum();
    }

    /**
     * Points the named parameters at consecutive ranges of the given vectors.
     *
     * @param paramVector the layer's part of the network's parameters, 1-d, contiguous
     * @param gradientVector the same range of the network's gradient
     */
    void bind(INDArray paramVector, INDArray gradientVector) {
        flatParams = paramVector;
        flatGradients = gradientVector;
        long offset = 0;
        for (Spec s : specs) {
            params.put(s.name(), view(paramVector, offset, s));
            gradients.put(s.name(), view(gradientVector, offset, s));
            offset += s.length();
        }
    }

    private static INDArray view(INDArray vector, long offset, Spec s) {
        INDArray v = vector.get(NDArrayIndex.interval(offset, offset + s.length())).reshape('c', s.rows(), s.columns());
        if (!v.isView()) {
            throw new IllegalStateException("parameter " + s.name() + " is not a view of the parameter vector");
        }
        return v;
    }

    INDArray param(String name) {
        INDArray p = params.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no parameter '" + name + "'; this layer has " + params.keySet());
        }
        return p;
    }

    INDArray gradient(String name) {
        INDArray g = gradients.get(name);
        if (g == null) {
            throw new IllegalArgumentException("no parameter '" + name + "'; this layer has " + gradients.keySet());
        }
        return g;
    }

    Map<String, INDArray> params() {
        return Collections.unmodifiableMap(params);
    }

    Map<String, INDArray> gradients() {
        return Collections.unmodifiableMap(gradients);
    }

    /** The layer's parameters as one 1-d view. */
    INDArray flatParams() {
        return flatParams;
    }

    /** The layer's gradient as one 1-d view. */
    INDArray flatGradients() {
        return flatGradients;
    }
}
