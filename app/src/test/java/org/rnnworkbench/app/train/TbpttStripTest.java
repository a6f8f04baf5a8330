package org.rnnworkbench.app.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class TbpttStripTest {

    @Test
    void segmentsFollowTheForwardLengthAndReachBackTheBackwardLength() {
        TbpttStrip strip = TbpttStrip.of(TinyTask.truncated(10, 4), 23);
        assertEquals(List.of(new TbpttStrip.Segment(0, 10, 6), new TbpttStrip.Segment(10, 20, 16),
                new TbpttStrip.Segment(20, 23, 20)), strip.segments());
        assertEquals(3, strip.segments().get(2).length(), "the last segment is shorter");
    }

    @Test
    void standardBackpropIsOneSegmentReachingTheStart() {
        TbpttStrip strip = TbpttStrip.of(TinyTask.conf(), 37);
        assertFalse(strip.truncated());
        assertEquals(List.of(new TbpttStrip.Segment(0, 37, 0)), strip.segments());
    }

    @Test
    void theSegmentCountMatchesTheEnginesUpdatesPerMinibatch() {
        // the engine applies one update per segment: 40 steps at forward length 5 is 8 updates
        assertEquals(8, TbpttStrip.of(TinyTask.truncated(5, 5), 40).segments().size());
    }
}
