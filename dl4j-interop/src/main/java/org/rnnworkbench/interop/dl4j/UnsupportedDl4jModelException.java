package org.rnnworkbench.interop.dl4j;

import java.io.IOException;
import java.util.List;

/**
 * A DL4J model that the engine cannot represent exactly. The message lists every problem at once, one per line,
 * each naming the layer by index and DL4J class ({@code layer 2 (ConvolutionLayer): layer type not supported
 * ...}), so that a user sees the whole list instead of fixing one problem after another.
 */
public final class UnsupportedDl4jModelException extends IOException {
    private final transient List<String> problems;

    UnsupportedDl4jModelException(String model, List<String> problems) {
        super(model + " cannot be imported:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems, one line each, layer by layer. */
    public List<String> problems() {
        return problems;
    }
}
