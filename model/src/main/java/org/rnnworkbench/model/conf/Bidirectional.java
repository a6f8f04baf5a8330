package org.rnnworkbench.model.conf;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Runs a recurrent layer over the sequence twice, forwards and backwards in time, with separate parameters,
 * and combines the two outputs: {@link Mode#CONCAT} gives {@code [forward; backward]} of size
 * {@code 2 nOut}, {@link Mode#ADD} their sum of size {@code nOut}.
 *
 * <p>The backward direction needs the whole sequence, so a network with this layer cannot use truncated
 * BPTT or {@code rnnTimeStep}. Parameters: the forward copy's, then the backward copy's.
 */
public record Bidirectional(Mode mode, LayerConf layer) implements LayerConf {

    /** How the two directions' outputs are combined. */
    public enum Mode {
        CONCAT, ADD
    }

    public Bidirectional {
        java.util.Objects.requireNonNull(mode, "mode");
        java.util.Objects.requireNonNull(layer, "layer");
    }

    /** Concatenates both directions, DL4J's default. */
    public Bidirectional(LayerConf layer) {
        this(Mode.CONCAT, layer);
    }

    @Override
    public int nIn() {
        return layer.nIn();
    }

    @Override
    public int nOut() {
        return mode == Mode.CONCAT ? 2 * layer.nOut() : layer.nOut();
    }

    @Override
    public Bidirectional withNIn(int n) {
        return new Bidirectional(mode, layer.withNIn(n));
    }

    @Override
    public Bidirectional withDefaultWeightInit(WeightInit networkDefault) {
        return new Bidirectional(mode, layer.withDefaultWeightInit(networkDefault));
    }

    @Override
    @JsonIgnore
    public boolean isRecurrent() {
        return true;
    }

    @Override
    public long numParams() {
        return 2 * layer.numParams();
    }

    @Override
    public void validate(int index) {
        if (!(layer instanceof LSTM || layer instanceof GravesLSTM || layer instanceof SimpleRnn)) {
            throw new ConfigurationException(index, LayerConf.describe(index, this) + ": wraps "
                    + layer.typeName() + ", but only LSTM, GravesLSTM and SimpleRnn can be wrapped");
        }
        try {
            layer.validate(index);
        } catch (ConfigurationException e) {
            String inner = LayerConf.describe(index, layer);
            String message = e.getMessage().startsWith(inner)
                    ? LayerConf.describe(index, this) + " over " + layer.typeName()
                            + e.getMessage().substring(inner.length())
                    : e.getMessage();
            throw new ConfigurationException(index, message);
        }
    }
}
