package org.rnnworkbench.interop.dl4j;

/**
 * One way DL4J 1.0.0-M2.1 will run an exported network differently from the engine, for an export dialog to show.
 * Without a features mask outputs and scores agree; the differences are about padded (masked) time steps, plus
 * the update rule or initial state of two updaters.
 *
 * @param layer index of the layer concerned, or {@link #NETWORK} when it concerns the whole network
 * @param layerType our type name of that layer ({@code GravesLSTM}, {@code Bidirectional(CONCAT, LSTM)}), or
 *                  {@code "network"}
 * @param dl4jLayer the DL4J layer class it becomes ({@code GravesBidirectionalLSTM}), or {@code "network"}
 * @param description what DL4J does differently and when it matters, in one or two sentences
 */
public record Dl4jDifference(int layer, String layerType, String dl4jLayer, String description) {
    /** The {@link #layer()} of a difference that concerns the whole network. */
    public static final int NETWORK = -1;

    /** A line for a list: {@code "layer 0 (LSTM -> DL4J LSTM): ..."}. */
    public String summary() {
        String where = layer == NETWORK ? "network"
                : "layer " + layer + " (" + layerType + " -> DL4J " + dl4jLayer + ")";
        return where + ": " + description;
    }
}
