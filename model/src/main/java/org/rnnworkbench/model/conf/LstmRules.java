package org.rnnworkbench.model.conf;

/** Validation shared by the two LSTM variants. */
final class LstmRules {
    private LstmRules() {
    }

    static void validate(int index, LayerConf layer, Activation activation, Activation gateActivation,
            double forgetGateBiasInit) {
        LayerValidation.requireSizes(index, layer);
        LayerValidation.requireNoSoftmax(index, layer, activation, "activation");
        LayerValidation.requireNoSoftmax(index, layer, gateActivation, "gateActivation");
        LayerValidation.requireFinite(index, layer, "forgetGateBiasInit", forgetGateBiasInit);
    }
}
