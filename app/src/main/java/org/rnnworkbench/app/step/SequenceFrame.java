package org.rnnworkbench.app.step;

import java.util.List;

/**
 * Where stepping through a numeric sequence is: the steps done and what the network gave at each. Immutable.
 *
 * @param data the sequence
 * @param outputs the network's output at each step done, {@code [step][nOut]}
 * @param classifier whether the outputs are class probabilities
 * @param nOut the network's output size
 */
public record SequenceFrame(SequenceData data, List<float[]> outputs, boolean classifier, int nOut) {

    public SequenceFrame {
        outputs = List.copyOf(outputs);
    }

    /** Steps done so far. */
    public int position() {
        return outputs.size();
    }

    public boolean atEnd() {
        return outputs.size() >= data.length();
    }
}
