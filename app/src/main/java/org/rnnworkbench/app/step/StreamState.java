package org.rnnworkbench.app.step;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.rnnworkbench.model.conf.LayerConf;
import org.rnnworkbench.model.nn.Network;
import org.rnnworkbench.model.nn.RecurrentState;

/**
 * The stored state of every recurrent layer for one stream (one row of the minibatch): per layer index, the
 * arrays of {@code rnnGetPreviousState(layer)} ({@link RecurrentState#ACTIVATIONS}, and
 * {@link RecurrentState#MEMORY} for LSTMs), each {@code [nOut]}. Kept as Java arrays rather than ND4J arrays so
 * that thousands of them (one per generated character) cost heap only and are never freed by hand. Immutable.
 */
public final class StreamState {
    private final Map<Integer, Map<String, float[]>> layers;

    /**
     * @param layers per recurrent layer index, its named state arrays {@code [nOut]} (copied)
     */
    public StreamState(Map<Integer, Map<String, float[]>> layers) {
        Map<Integer, Map<String, float[]>> copy = new LinkedHashMap<>();
        layers.forEach((layer, arrays) -> {
            Map<String, float[]> inner = new LinkedHashMap<>();
            arrays.forEach((key, values) -> inner.put(key, values.clone()));
            copy.put(layer, Collections.unmodifiableMap(inner));
        });
        this.layers = Collections.unmodifiableMap(copy);
    }

    /** The recurrent layers' indices, in order. */
    public List<Integer> layerIndices() {
        return new ArrayList<>(layers.keySet());
    }

    /** The names of a layer's arrays, e.g. {@code prevAct, prevMem}. */
    public List<String> keys(int layer) {
        return new ArrayList<>(layers.getOrDefault(layer, Map.of()).keySet());
    }

    /** A copy of one array, {@code [nOut]}; empty when the layer or key is unknown. */
    public float[] values(int layer, String key) {
        float[] v = layers.getOrDefault(layer, Map.of()).get(key);
        return v == null ? new float[0] : v.clone();
    }

    /** One value, without copying; NaN when out of range. */
    public float value(int layer, String key, int unit) {
        float[] v = layers.getOrDefault(layer, Map.of()).get(key);
        return v == null || unit < 0 || unit >= v.length ? Float.NaN : v[unit];
    }

    /**
     * The state of all {@code streams} rows of {@code network}, one {@link StreamState} per row. A layer with no
     * stored state yet gives zeros, which is what the network starts from.
     */
    public static List<StreamState> capture(Network network, int streams) {
        List<Map<Integer, Map<String, float[]>>> rows = new ArrayList<>();
        for (int s = 0; s < streams; s++) {
            rows.add(new LinkedHashMap<>());
        }
        List<LayerConf> confs = network.getConfiguration().layers();
        for (int layer = 0; layer < confs.size(); layer++) {
            if (!confs.get(layer).isRecurrent()) {
                continue;
            }
            Map<String, INDArray> stored = network.rnnGetPreviousState(layer);
            for (String key : keysOf(confs.get(layer))) {
                INDArray a = stored.get(key);
                float[][] matrix = a == null ? new float[streams][confs.get(layer).nOut()]
                        : a.castTo(DataType.FLOAT).toFloatMatrix();
                for (int s = 0; s < streams; s++) {
                    rows.get(s).computeIfAbsent(layer, k -> new LinkedHashMap<>()).put(key, matrix[s]);
                }
            }
        }
        List<StreamState> result = new ArrayList<>();
        for (Map<Integer, Map<String, float[]>> row : rows) {
            result.add(new StreamState(row));
        }
        return result;
    }

    /**
     * Sets the network's stored state from one state per stream ({@code rnnSetPreviousState} on every recurrent
     * layer), e.g. to continue from a fork point or a snapshot.
     */
    public static void restore(Network network, List<StreamState> streams) {
        List<LayerConf> confs = network.getConfiguration().layers();
        DataType dt = network.getConfiguration().dataType();
        for (int layer = 0; layer < confs.size(); layer++) {
            if (!confs.get(layer).isRecurrent()) {
                continue;
            }
            Map<String, INDArray> arrays = new LinkedHashMap<>();
            for (String key : keysOf(confs.get(layer))) {
                float[][] matrix = new float[streams.size()][];
                for (int s = 0; s < streams.size(); s++) {
                    float[] v = streams.get(s).layers.getOrDefault(layer, Map.of()).get(key);
                    matrix[s] = v == null ? new float[confs.get(layer).nOut()] : v;
                }
                arrays.put(key, Nd4j.create(matrix).castTo(dt));
            }
            network.rnnSetPreviousState(layer, arrays);
        }
    }

    /** The names of the state arrays a recurrent layer keeps; LSTMs keep a memory cell too. */
    static List<String> keysOf(LayerConf conf) {
        return conf.typeName().contains("LSTM") ? List.of(RecurrentState.ACTIVATIONS, RecurrentState.MEMORY)
                : List.of(RecurrentState.ACTIVATIONS);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StreamState other) || !layers.keySet().equals(other.layers.keySet())) {
            return false;
        }
        for (Map.Entry<Integer, Map<String, float[]>> e : layers.entrySet()) {
            Map<String, float[]> theirs = other.layers.get(e.getKey());
            if (!e.getValue().keySet().equals(theirs.keySet())) {
                return false;
            }
            for (Map.Entry<String, float[]> a : e.getValue().entrySet()) {
                if (!Arrays.equals(a.getValue(), theirs.get(a.getKey()))) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (Map.Entry<Integer, Map<String, float[]>> e : layers.entrySet()) {
            for (Map.Entry<String, float[]> a : e.getValue().entrySet()) {
                h = 31 * h + Objects.hash(e.getKey(), a.getKey()) + Arrays.hashCode(a.getValue());
            }
        }
        return h;
    }
}
