package org.rnnworkbench.model.conf;

/**
 * A plain (Elman) recurrent layer: {@code h(t) = activation(x(t) W + h(t-1) RW + b)}.
 *
 * <p>Parameters: {@code W [nIn, nOut]}, {@code RW [nOut, nOut]}, {@code b [1, nOut]}.
 */
public record SimpleRnn(int nIn, int nOut, Activation activation, WeightInit weightInit) implements LayerConf {

    public SimpleRnn {
        java.util.Objects.requireNonNull(activation, "activation");
    }

    @Override
    public SimpleRnn withNIn(int n) {
        return new SimpleRnn(n, nOut, activation, weightInit);
    }

    @Override
    public SimpleRnn withDefaultWeightInit(WeightInit networkDefault) {
        return weightInit != null ? this : new SimpleRnn(nIn, nOut, activation, networkDefault);
    }

    @Override
    public boolean isRecurrent() {
        return true;
    }

    @Override
    public long numParams() {
        return (long) nIn * nOut + (long) nOut * nOut + nOut;
    }

    @Override
    public void validate(int index) {
        LayerValidation.requireSizes(index, this);
        LayerValidation.requireNoSoftmax(index, this, activation, "activation");
    }

    /** Fluent builder: {@code new SimpleRnn.Builder().nOut(32).build()}. */
    public static final class Builder extends LayerBuilder<Builder> {
        public Builder() {
            super(Activation.TANH);
        }

        public SimpleRnn build() {
            return new SimpleRnn(nIn, nOut, activation, weightInit);
        }
    }
}
