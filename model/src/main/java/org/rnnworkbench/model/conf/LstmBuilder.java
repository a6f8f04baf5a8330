package org.rnnworkbench.model.conf;

/** Builder settings shared by {@link LSTM} and {@link GravesLSTM}: gate activation and forget-gate bias. */
public abstract class LstmBuilder<B extends LstmBuilder<B>> extends LayerBuilder<B> {
    /** DL4J's default and the usual advice (Jozefowicz et al. 2015): start by remembering. */
    public static final double DEFAULT_FORGET_GATE_BIAS = 1.0;

    protected Activation gateActivation = Activation.SIGMOID;
    protected double forgetGateBiasInit = DEFAULT_FORGET_GATE_BIAS;

    protected LstmBuilder() {
        super(Activation.TANH);
    }

    @SuppressWarnings("unchecked")
    public B gateActivationFunction(Activation gateActivation) {
        this.gateActivation = java.util.Objects.requireNonNull(gateActivation, "gateActivation");
        return (B) this;
    }

    @SuppressWarnings("unchecked")
    public B forgetGateBiasInit(double forgetGateBiasInit) {
        this.forgetGateBiasInit = forgetGateBiasInit;
        return (B) this;
    }
}
