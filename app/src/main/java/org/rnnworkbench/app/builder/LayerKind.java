package org.rnnworkbench.app.builder;

/**
 * The layer types the palette offers, under the engine's (and the guide's) names, each with a one-line
 * explanation shown as a tooltip.
 */
public enum LayerKind {
    LSTM("LSTM", "Long short-term memory without peepholes: gates see the input and the previous output.", true),
    GRAVES_LSTM("GravesLSTM", "Graves (2013) LSTM with peephole connections from the memory cell to the gates.",
            true),
    BIDIRECTIONAL("Bidirectional", "Runs a recurrent layer forwards and backwards in time and combines both. "
            + "Needs whole sequences: no truncated BPTT, no rnnTimeStep.", true),
    SIMPLE_RNN("SimpleRnn", "A plain (Elman) recurrent layer: h(t) = act(x(t) W + h(t-1) RW + b).", true),
    DENSE("DenseLayer", "Fully connected, applied to every time step on its own; the engine inserts "
            + "preprocessors around it.", false),
    RNN_OUTPUT("RnnOutputLayer", "Output layer: a dense projection at every time step, scored by a loss "
            + "where the labels mask marks a target.", false);

    private final String guideName;
    private final String explanation;
    private final boolean recurrent;

    LayerKind(String guideName, String explanation, boolean recurrent) {
        this.guideName = guideName;
        this.explanation = explanation;
        this.recurrent = recurrent;
    }

    /** The type's name as the guide and the engine write it. */
    public String guideName() {
        return guideName;
    }

    public String explanation() {
        return explanation;
    }

    /** Whether the layer carries state from one time step to the next. */
    public boolean isRecurrent() {
        return recurrent;
    }

    /** Whether this kind can be wrapped by {@link #BIDIRECTIONAL}. */
    public boolean isWrappable() {
        return this == LSTM || this == GRAVES_LSTM || this == SIMPLE_RNN;
    }

    /** Whether the kind has LSTM gates (gate activation and forget-gate bias). */
    public boolean hasGates() {
        return this == LSTM || this == GRAVES_LSTM;
    }

    /** The kind with the given guide name, e.g. {@code GravesLSTM}. */
    public static LayerKind fromGuideName(String name) {
        for (LayerKind kind : values()) {
            if (kind.guideName.equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no layer type named " + name);
    }

    @Override
    public String toString() {
        return guideName;
    }
}
