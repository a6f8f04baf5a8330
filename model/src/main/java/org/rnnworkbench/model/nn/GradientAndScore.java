package org.rnnworkbench.model.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The gradient of the score with respect to every parameter, and the score.
 *
 * @param gradient 1-d {@code [numParams]}, in the order of {@link Network#params()}; a copy
 * @param score summed loss over present label steps divided by the minibatch size, plus L2
 * @param lossPerStep summed loss divided by the number of present label steps
 */
public record GradientAndScore(INDArray gradient, double score, double lossPerStep) {
}
