package org.rnnworkbench.model.conf;

/**
 * A fully connected layer applied to each time step on its own: {@code y(t) = activation(x(t) W + b)}. In a
 * recurrent network the builder puts an {@link RnnToFeedForwardPreProcessor} before it and a
 * {@link FeedForwardToRnnPreProcessor} after it.
 *
 * <p>Parameters: {@code W [nIn, nOut]}, {@code b [1, nOut]}.
 */
public record DenseLayer(int nIn, int nOut, Activation activation, WeightInit weightInit) implements LayerConf {

    public DenseLayer {
        java.util.Objects.requireNonNull(activation, "activation");
    }

    @Override
    public DenseLayer withNIn(int n) {
        return new DenseLayer(n, nOut, activation, weightInit);
    }

    @Override
    public DenseLayer withDefaultWeightInit(WeightInit networkDefault) {
        return weightInit != null ? this : new DenseLayer(nIn, nOut, activation, networkDefault);
    }

    @Override
    public boolean isRecurrent() {
        return false;
    }

    @Override
    public boolean takesFeedForwardInput() {
        return true;
    }

    @Override
    public long numParams() {
        return (long) nIn * nOut + nOut;
    }

    @Override
    public void validate(int index) {
        LayerValidation.requireSizes(index, this);
    }

    /** Fluent builder: {@code new DenseLayer.Builder().nOut(64).activation(RELU).build()}. */
    public static final class Builder extends LayerBuilder<Builder> {
        public Builder() {
            super(Activation.TANH);
        }

        public DenseLayer build() {
            return new DenseLayer(nIn, nOut, activation, weightInit);
        }
    }
}
