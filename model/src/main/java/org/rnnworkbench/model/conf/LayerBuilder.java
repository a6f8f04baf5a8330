package org.rnnworkbench.model.conf;

/**
 * The settings every layer builder has: sizes, activation and weight initialisation. Subclasses add their
 * own and build their record.
 *
 * @param <B> the concrete builder, so that the fluent calls keep their type
 */
public abstract class LayerBuilder<B extends LayerBuilder<B>> {
    protected int nIn;
    protected int nOut;
    protected Activation activation;
    protected WeightInit weightInit;

    protected LayerBuilder(Activation defaultActivation) {
        this.activation = defaultActivation;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** Input size; may be left out and inferred from the previous layer or the network's input size. */
    public B nIn(int nIn) {
        this.nIn = nIn;
        return self();
    }

    /** Output size at each time step. */
    public B nOut(int nOut) {
        this.nOut = nOut;
        return self();
    }

    public B activation(Activation activation) {
        this.activation = java.util.Objects.requireNonNull(activation, "activation");
        return self();
    }

    /** Weight initialisation for this layer; when not set the network's default applies. */
    public B weightInit(WeightInit weightInit) {
        this.weightInit = weightInit;
        return self();
    }
}
