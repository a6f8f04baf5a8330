package org.rnnworkbench.app.builder;

import java.util.Optional;

/**
 * What a layer card shows: the layer's type, the shape it outputs, its parameter count, the preprocessor the
 * engine inserts in front of it, and the engine's message when this layer is the one at fault.
 *
 * @param index position in the stack
 * @param typeName e.g. {@code Bidirectional(GravesLSTM)}
 * @param detail a short line of the settings that matter most, e.g. {@code nOut 200 · TANH}
 * @param nIn resolved input size, 0 when unknown
 * @param nOut output size per step, as the engine computes it (a concatenating bidirectional layer doubles)
 * @param outputShape e.g. {@code [mb, 200, T]}; per-step rows {@code [mb·T, 64]} for a dense layer
 * @param numParams parameter count from the engine, or -1 when the sizes are not known
 * @param preProcessor the engine's preprocessor in front of this layer, if any
 * @param error the engine's message when the configuration fails at this layer
 */
public record LayerSummary(int index, String typeName, String detail, int nIn, int nOut, String outputShape,
        long numParams, Optional<String> preProcessor, Optional<String> error) {

    public boolean hasError() {
        return error.isPresent();
    }
}
