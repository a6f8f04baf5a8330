package org.rnnworkbench.model.conf;

/** Activation functions a layer may apply, under the names the DL4J guide uses. */
public enum Activation {
    TANH, SIGMOID, HARDSIGMOID, RELU, SOFTSIGN, IDENTITY, SOFTMAX
}
