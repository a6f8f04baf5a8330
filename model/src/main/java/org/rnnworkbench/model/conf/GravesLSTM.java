package org.rnnworkbench.model.conf;

/**
 * The Graves (2013) LSTM with peephole connections: the forget and input gates see the previous
 * memory cell {@code c(t-1)}, the output gate sees the new cell {@code c(t)}.
 *
 * <p>Parameters: input weights {@code W [nIn, 4 nOut]}, recurrent weights {@code RW [nOut, 4 nOut + 3]} whose
 * last three columns are the forget, output and input gate peephole weights, and bias {@code b [1, 4 nOut]},
 * gate blocks in the order block input, forget, output, input gate.
 */
public record GravesLSTM(int nIn, int nOut, Activation activation, Activation gateActivation, WeightInit weightInit,
        double forgetGateBiasInit) implements LayerConf {

    public GravesLSTM {
        java.util.Objects.requireNonNull(activation, "activation");
        java.util.Objects.requireNonNull(gateActivation, "gateActivation");
    }

    @Override
    public GravesLSTM withNIn(int n) {
        return new GravesLSTM(n, nOut, activation, gateActivation, weightInit, forgetGateBiasInit);
    }

    @Override
    public GravesLSTM withDefaultWeightInit(WeightInit networkDefault) {
        return weightInit != null ? this
                : new GravesLSTM(nIn, nOut, activation, gateActivation, networkDefault, forgetGateBiasInit);
    }

    @Override
    public boolean isRecurrent() {
        return true;
    }

    @Override
    public long numParams() {
        long n = nOut;
        return (long) nIn * 4 * n + n * (4 * n + 3) + 4 * n;
    }

    @Override
    public void validate(int index) {
        LstmRules.validate(index, this, activation, gateActivation, forgetGateBiasInit);
    }

    /** Fluent builder, as in the guide: {@code new GravesLSTM.Builder().nIn(3).nOut(200).activation(TANH).build()}. */
    public static final class Builder extends LstmBuilder<Builder> {
        public GravesLSTM build() {
            return new GravesLSTM(nIn, nOut, activation, gateActivation, weightInit, forgetGateBiasInit);
        }
    }
}
