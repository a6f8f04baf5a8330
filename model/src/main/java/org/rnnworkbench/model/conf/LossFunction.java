package org.rnnworkbench.model.conf;

/**
 * Loss functions of the output layer, each with the activation it is defined for.
 *
 * <p>Per present label step and example: MCXENT and NEGATIVELOGLIKELIHOOD give {@code -sum_k y_k log p_k}
 * (softmax output); MSE gives {@code sum_k (y_k - p_k)^2 / nOut}; XENT gives
 * {@code -sum_k [y_k log p_k + (1 - y_k) log(1 - p_k)]} (sigmoid output).
 */
public enum LossFunction {
    MCXENT(Activation.SOFTMAX),
    NEGATIVELOGLIKELIHOOD(Activation.SOFTMAX),
    MSE(Activation.IDENTITY),
    XENT(Activation.SIGMOID);

    private final Activation defaultActivation;

    LossFunction(Activation defaultActivation) {
        this.defaultActivation = defaultActivation;
    }

    /** The activation the loss is usually paired with; the output layer builder defaults to it. */
    public Activation defaultActivation() {
        return defaultActivation;
    }

    /** Whether this loss is defined for outputs of the given activation. */
    public boolean accepts(Activation activation) {
        return switch (this) {
            case MCXENT, NEGATIVELOGLIKELIHOOD -> activation == Activation.SOFTMAX;
            case XENT -> activation == Activation.SIGMOID || activation == Activation.HARDSIGMOID;
            case MSE -> activation != Activation.SOFTMAX;
        };
    }
}
