package org.rnnworkbench.model.conf;

/**
 * DL4J's bidirectional Graves LSTM, which adds the two directions: here it is
 * {@code new Bidirectional(Mode.ADD, graves)}, and its builder returns exactly that.
 */
public final class GravesBidirectionalLSTM {
    private GravesBidirectionalLSTM() {
    }

    /** Fluent builder with the GravesLSTM settings; {@link #build()} gives a {@link Bidirectional} in ADD mode. */
    public static final class Builder extends LstmBuilder<Builder> {
        public Bidirectional build() {
            GravesLSTM inner = new GravesLSTM(nIn, nOut, activation, gateActivation, weightInit, forgetGateBiasInit);
            return new Bidirectional(Bidirectional.Mode.ADD, inner);
        }
    }
}
