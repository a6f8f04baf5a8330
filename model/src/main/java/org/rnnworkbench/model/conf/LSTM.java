package org.rnnworkbench.model.conf;

/**
 * An LSTM layer without peepholes: gates see the input and the previous output only.
 *
 * <p>Parameters: input weights {@code W [nIn, 4 nOut]}, recurrent weights {@code RW [nOut, 4 nOut]} and bias
 * {@code b [1, 4 nOut]}, gate blocks in the order block input, forget, output, input gate.
 */
public record LSTM(int nIn, int nOut, Activation activation, Activation gateActivation, WeightInit weightInit,
        double forgetGateBiasInit) implements LayerConf {

    public LSTM {
        java.util.Objects.requireNonNull(activation, "activation");
        java.util.Objects.requireNonNull(gateActivation, "gateActivation");
    }

    @Override
    public LSTM withNIn(int n) {
        return new LSTM(n, nOut, activation, gateActivation, weightInit, forgetGateBiasInit);
    }

    @Override
    public LSTM withDefaultWeightInit(WeightInit networkDefault) {
        return weightInit != null ? this
                : new LSTM(nIn, nOut, activation, gateActivation, networkDefault, forgetGateBiasInit);
    }

    @Override
    public boolean isRecurrent() {
        return true;
    }

    @Override
    public long numParams() {
        long n = nOut;
        return (long) nIn * 4 * n + n * (4 * n + 0) + 4 * n;
    }

    @Override
    public void validate(int index) {
        LstmRules.validate(index, this, activation, gateActivation, forgetGateBiasInit);
    }

    /** Fluent builder, as in the guide: {@code new LSTM.Builder().nIn(3).nOut(200).activation(TANH).build()}. */
    public static final class Builder extends LstmBuilder<Builder> {
        public LSTM build() {
            return new LSTM(nIn, nOut, activation, gateActivation, weightInit, forgetGateBiasInit);
        }
    }
}
