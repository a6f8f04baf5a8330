package org.rnnworkbench.model.nn;

import java.nio.FloatBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * Named direct buffers a layer reuses from one pass to the next, grown when a longer sequence comes: the
 * training loop then allocates nothing per minibatch of the same shape. A layer's passes run one after the
 * other (forward, backward, then the next minibatch), so one set per layer is enough; a pass never hands these
 * buffers out (its outputs are copies).
 */
final class FloatWorkspace {
    private final Map<String, FloatBuffer> buffers = new HashMap<>();

    /**
     * A buffer of exactly {@code length} floats (position 0, limit {@code length}), zero-filled when asked;
     * otherwise its contents are whatever the last pass left.
     */
    FloatBuffer get(String name, long length, boolean zeroed) {
        int n = Math.toIntExact(length);
        FloatBuffer b = buffers.get(name);
        if (b == null || b.capacity() < n) {
            b = FloatBlas.allocate(n);
            buffers.put(name, b);
            zeroed = false;
        }
        FloatBuffer view = b.duplicate();
        view.clear().limit(n);
        FloatBuffer result = view.slice();
        if (zeroed) {
            for (int i = 0; i < n; i++) {
                result.put(i, 0f);
            }
        }
        return result;
    }
}
