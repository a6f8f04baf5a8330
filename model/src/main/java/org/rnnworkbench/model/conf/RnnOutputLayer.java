package org.rnnworkbench.model.conf;

/**
 * The output layer of a recurrent network: a dense projection at every time step followed by the loss
 * activation, scored against labels {@code [miniBatch, nOut, time]} where the labels mask marks them present.
 *
 * <p>Parameters: {@code W [nIn, nOut]}, {@code b [1, nOut]}.
 */
public record RnnOutputLayer(int nIn, int nOut, Activation activation, LossFunction lossFunction,
        WeightInit weightInit) implements LayerConf {

    public RnnOutputLayer {
        java.util.Objects.requireNonNull(activation, "activation");
        java.util.Objects.requireNonNull(lossFunction, "lossFunction");
    }

    @Override
    public RnnOutputLayer withNIn(int n) {
        return new RnnOutputLayer(n, nOut, activation, lossFunction, weightInit);
    }

    @Override
    public RnnOutputLayer withDefaultWeightInit(WeightInit networkDefault) {
        return weightInit != null ? this : new RnnOutputLayer(nIn, nOut, activation, lossFunction, networkDefault);
    }

    @Override
    public boolean isRecurrent() {
        return false;
    }

    @Override
    public long numParams() {
        return (long) nIn * nOut + nOut;
    }

    @Override
    public void validate(int index) {
        LayerValidation.requireSizes(index, this);
        if (!lossFunction.accepts(activation)) {
            throw new ConfigurationException(index, LayerConf.describe(index, this) + ": loss " + lossFunction
                    + " needs activation " + lossFunction.defaultActivation() + ", got " + activation);
        }
    }

    /**
     * Fluent builder, as in the guide: {@code new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(77).build()}.
     * The activation defaults to the one the loss is defined for.
     */
    public static final class Builder extends LayerBuilder<Builder> {
        private final LossFunction lossFunction;
        private boolean activationSet;

        public Builder(LossFunction lossFunction) {
            super(lossFunction.defaultActivation());
            this.lossFunction = lossFunction;
        }

        public Builder() {
            this(LossFunction.MCXENT);
        }

        @Override
        public Builder activation(Activation activation) {
            activationSet = true;
            return super.activation(activation);
        }

        public RnnOutputLayer build() {
            Activation act = activationSet ? activation : lossFunction.defaultActivation();
            return new RnnOutputLayer(nIn, nOut, act, lossFunction, weightInit);
        }
    }
}
