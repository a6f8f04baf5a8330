package org.rnnworkbench.app.train;

import java.util.ArrayList;
import java.util.List;
import org.rnnworkbench.model.conf.BackpropType;
import org.rnnworkbench.model.conf.NetworkConfiguration;

/**
 * How the engine cuts one minibatch under truncated BPTT: forward segments of {@code tBPTTForwardLength} steps
 * (the last may be shorter), each one update, and within each the steps the gradient reaches back to, at most
 * {@code tBPTTBackwardLength}. Under standard BPTT the whole sequence is one segment reaching back to step 0.
 *
 * @param length the minibatch's length in steps
 * @param truncated whether truncated BPTT is on
 * @param segments the segments in order
 */
public record TbpttStrip(int length, boolean truncated, List<Segment> segments) {

    public TbpttStrip {
        segments = List.copyOf(segments);
    }

    /**
     * One forward segment: steps {@code [start, end)}; gradients flow back to {@code reachStart} (so the steps
     * {@code [start, reachStart)} get state from before but no gradient).
     */
    public record Segment(int start, int end, int reachStart) {
        public int length() {
            return end - start;
        }
    }

    /** The strip for a minibatch of {@code length} steps under the configuration's backprop settings. */
    public static TbpttStrip of(NetworkConfiguration conf, int length) {
        if (length < 1) {
            throw new IllegalArgumentException("a minibatch has at least one step, got " + length);
        }
        List<Segment> segments = new ArrayList<>();
        if (conf.backpropType() != BackpropType.TruncatedBPTT) {
            segments.add(new Segment(0, length, 0));
            return new TbpttStrip(length, false, segments);
        }
        int forward = conf.tBPTTForwardLength();
        int backward = conf.tBPTTBackwardLength();
        for (int start = 0; start < length; start += forward) {
            int end = Math.min(length, start + forward);
            segments.add(new Segment(start, end, Math.max(start, end - backward)));
        }
        return new TbpttStrip(length, true, segments);
    }
}
