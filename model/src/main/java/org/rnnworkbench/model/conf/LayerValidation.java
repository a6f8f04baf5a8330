package org.rnnworkbench.model.conf;

/** Rules shared by several layer types, each failing with a message that names the layer. */
final class LayerValidation {
    private LayerValidation() {
    }

    static void requireSizes(int index, LayerConf layer) {
        String who = LayerConf.describe(index, layer);
        if (layer.nOut() < 1) {
            throw new ConfigurationException(index, who + ": nOut must be at least 1, got " + layer.nOut());
        }
        if (layer.nIn() < 1) {
            throw new ConfigurationException(index, who + ": nIn is not set; set nIn on the layer or declare "
                    + "the network's input size with inputSize(n)");
        }
    }

    static void requireNoSoftmax(int index, LayerConf layer, Activation activation, String property) {
        if (activation == Activation.SOFTMAX) {
            throw new ConfigurationException(index, LayerConf.describe(index, layer) + ": " + property
                    + " SOFTMAX is only allowed in DenseLayer and RnnOutputLayer; use TANH or SIGMOID");
        }
    }

    static void requireFinite(int index, LayerConf layer, String property, double value) {
        if (!Double.isFinite(value)) {
            throw new ConfigurationException(index, LayerConf.describe(index, layer) + ": " + property
                    + " must be a finite number, got " + value);
        }
    }
}
