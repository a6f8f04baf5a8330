package org.rnnworkbench.model.conf;

/**
 * How weight matrices are initialised, as functions of the matrix's fan-in and fan-out. Biases start at zero
 * (the LSTM forget gate at its configured bias).
 */
public enum WeightInit {
    /** Normal, standard deviation {@code sqrt(2 / (fanIn + fanOut))}. */
    XAVIER,
    /** Uniform on {@code [-s, s]}, {@code s = sqrt(6 / (fanIn + fanOut))}. */
    XAVIER_UNIFORM,
    /** Uniform on {@code [-a, a]}, {@code a = 1 / sqrt(fanIn)}. */
    UNIFORM,
    /** Normal, standard deviation {@code 1 / sqrt(fanIn)}. */
    NORMAL,
    /** He initialisation for ReLU: normal, standard deviation {@code sqrt(2 / fanIn)}. */
    RELU,
    /** All zeros: useful only for tests and for layers whose weights are set by hand. */
    ZERO
}
