package org.rnnworkbench.model.nn;

import java.nio.FloatBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Named direct buffers a layer reuses from one pass to the next, grown when a longer sequence comes: the
 * training loop then allocates nothing per minibatch of the same shape. A layer's passes run one after the
 * other (forward, backward, then the next minibatch), so one set per layer is enough; a pass never hands these
 * buffers out (its outputs are copies, or the one array of {@link #array}).
 */
final class FloatWorkspace {
    /** Copied in blocks to zero a buffer: a bulk copy instead of a call per float. */
    private static final float[] ZEROS = new float[4096];

    private final Map<String, FloatBuffer> buffers = new HashMap<>();
    private final Map<String, INDArray> arrays = new HashMap<>();
    private final Map<String, float[]> floats = new HashMap<>();
    private final Map<String, Kept> kept = new HashMap<>();

    /** An object kept under a name, with the key it was made for. */
    private record Kept(Object key, Object value) {
    }

    /**
     * A float array {@code [rows, columns]} (c order) kept for what the layer hands on (its output, the gradient for
     * the layer below): the same array as last time when the shape is the same, its contents whatever the last pass
     * left. Handing it out is safe because these are only read before the layer's next pass (by the layer above or
     * below, the loss, or a copy to the caller), and
     * reusing it spares an allocation of fresh native memory per pass, whose page faults cost more than the copy
     * into it (measured: about a fifth of {@code output()} on a long sequence).
     */
    INDArray array(String name, long rows, long columns) {
        INDArray a = arrays.get(name);
        if (a == null || a.size(0) != rows || a.size(1) != columns) {
            a = Nd4j.createUninitialized(DataType.FLOAT, rows, columns);
            arrays.put(name, a);
        }
        return a;
    }

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
            for (int i = 0; i < n; i += ZEROS.length) {
                result.put(i, ZEROS, 0, Math.min(ZEROS.length, n - i));
            }
        }
        return result;
    }

    /** A heap array of exactly {@code length} floats, its contents whatever the last pass left. */
    float[] floats(String name, int length) {
        float[] a = floats.get(name);
        if (a == null || a.length != length) {
            a = new float[length];
            floats.put(name, a);
        }
        return a;
    }

    /**
     * The object kept under {@code name} when it was made for an equal {@code key} (e.g. a cell's scratch arrays for
     * one minibatch size), otherwise a new one from {@code make}, kept from then on. A pass's cells hold a dozen
     * arrays of {@code [miniBatch * n]} floats; made afresh for every pass they were most of what training allocated
     * on the heap, and their collections paused the workbench's window.
     */
    <T> T reusable(String name, Object key, Class<T> type, Supplier<T> make) {
        Kept k = kept.get(name);
        if (k == null || !Objects.equals(k.key(), key)) {
            k = new Kept(key, make.get());
            kept.put(name, k);
        }
        return type.cast(k.value());
    }
}
