package org.rnnworkbench.model.nn;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.rnnworkbench.model.conf.Activation;
import org.rnnworkbench.model.conf.DenseLayer;
import org.rnnworkbench.model.conf.GravesLSTM;
import org.rnnworkbench.model.conf.LSTM;
import org.rnnworkbench.model.conf.LayerConf;
import org.rnnworkbench.model.conf.RnnOutputLayer;
import org.rnnworkbench.model.conf.SimpleRnn;

/**
 * {@code rnnTimeStep} in single precision for inputs without a mask, one time step at a time, with no ND4J op
 * between the input and the output: each layer is one or two products straight into OpenBLAS and one Java pass,
 * on parameter memory shared with the network and state held in direct buffers. A character generator calls
 * this once per character, where ND4J's per-op dispatch would cost more than the arithmetic.
 *
 * <p>The stepper holds the network's stored state while it is in use; {@link #exportState()} hands it back as
 * the maps {@code rnnGetPreviousState} returns.
 */
final class FloatStepper {
    private final List<StepLayer> layers = new ArrayList<>();
    private final int miniBatch;
    private final int nIn;
    /** The last call's input rows and outputs, grown when a longer call comes. */
    private FloatBuffer rows = FloatBlas.allocate(0);
    private FloatBuffer outputs = FloatBlas.allocate(0);

    /** Whether every layer of the network has a step implementation here. */
    static boolean supports(List<Layer> layers) {
        for (Layer l : layers) {
            LayerConf c = l.conf();
            if (!(c instanceof LSTM || c instanceof GravesLSTM || c instanceof SimpleRnn || c instanceof DenseLayer
                    || c instanceof RnnOutputLayer)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param state per layer, the state to start from (empty or null maps for zeros)
     */
    FloatStepper(List<Layer> networkLayers, int miniBatch, List<Map<String, INDArray>> state) {
        this.miniBatch = miniBatch;
        this.nIn = networkLayers.get(0).conf().nIn();
        for (int i = 0; i < networkLayers.size(); i++) {
            Layer layer = networkLayers.get(i);
            LayerConf c = layer.conf();
            Map<String, INDArray> s = state == null ? null : state.get(i);
            if (c instanceof LSTM || c instanceof GravesLSTM) {
                layers.add(new LstmStep(layer, miniBatch, s));
            } else if (c instanceof SimpleRnn r) {
                layers.add(new SimpleRnnStep(layer, r.activation(), miniBatch, s));
            } else if (c instanceof DenseLayer d) {
                layers.add(new DenseStep(layer, d.activation(), miniBatch));
            } else {
                layers.add(new DenseStep(layer, ((RnnOutputLayer) c).activation(), miniBatch));
            }
        }
    }

    int miniBatch() {
        return miniBatch;
    }

    /**
     * Runs the steps of {@code input} (time-major, {@code [time * miniBatch, nIn]}, any order and type) and returns
     * the outputs {@code [time * miniBatch, nOut]} in a buffer of the stepper's, valid until the next call. Input and
     * output buffers are kept from call to call: a generator calls this once per character, and a fresh direct
     * buffer each time cost more than a layer's arithmetic.
     */
    FloatBuffer run(INDArray input, int steps) {
        long length = (long) steps * miniBatch * nIn;
        if (rows.capacity() < length) {
            rows = FloatBlas.allocate(length);
        }
        INDArray c = input.dataType() == DataType.FLOAT && input.ordering() == 'c' && input.elementWiseStride() == 1
                ? input : input.castTo(DataType.FLOAT).dup('c');
        FloatBuffer values = FloatBlas.view(c);
        values.limit(Math.toIntExact(length));
        rows.clear();
        rows.put(values);
        int nOut = layers.get(layers.size() - 1).nOut();
        long outLength = (long) steps * miniBatch * nOut;
        if (outputs.capacity() < outLength) {
            outputs = FloatBlas.allocate(outLength);
        }
        for (int t = 0; t < steps; t++) {
            FloatBuffer x = FloatBlas.at(rows, t * miniBatch * nIn).slice();
            for (StepLayer layer : layers) {
                x = layer.step(x);
            }
            FloatBuffer target = FloatBlas.at(outputs, t * miniBatch * nOut);
            target.put(x.duplicate().clear().limit(miniBatch * nOut));
        }
        // Exactly this call's outputs (the buffer may be longer from an earlier call).
        FloatBuffer result = outputs.duplicate();
        result.clear().limit(Math.toIntExact(outLength));
        return result.slice();
    }

    /** A copy of one layer's state ({@link RecurrentState} keys); empty for feed-forward layers. */
    Map<String, INDArray> state(int layer) {
        return layers.get(layer).state();
    }

    /** Replaces one layer's state with copies of the given arrays ({@code [miniBatch, nOut]} each). */
    void setState(int layer, Map<String, INDArray> state) {
        layers.get(layer).load(state);
    }

    /** The state of every layer as fresh arrays; empty maps for feed-forward layers. */
    List<Map<String, INDArray>> exportState() {
        List<Map<String, INDArray>> result = new ArrayList<>();
        for (StepLayer l : layers) {
            result.add(l.state());
        }
        return result;
    }

    /** One layer, one step: reads {@code [miniBatch, nIn]}, returns {@code [miniBatch, nOut]} (owned by the layer). */
    private interface StepLayer {
        FloatBuffer step(FloatBuffer x);

        int nOut();

        Map<String, INDArray> state();

        /** Copies the given state into the layer's buffers; feed-forward layers have none. */
        default void load(Map<String, INDArray> state) {
        }
    }

    private static void copyInto(FloatBuffer target, INDArray values) {
        target.duplicate().clear().put(FloatBlas.copyOf(values.castTo(DataType.FLOAT)));
    }

    private static FloatBuffer stateOrZeros(Map<String, INDArray> state, String key, long length) {
        if (state == null || !state.containsKey(key)) {
            return FloatBlas.allocate(length);
        }
        return FloatBlas.copyOf(state.get(key).castTo(DataType.FLOAT));
    }

    /**
     * {@code z = x W + b} into a buffer of the layer's: the product every layer starts with.
     *
     * <p>Input rows with few non-zero values (a generator's one-hot character) are summed from the rows of {@code W}
     * they select ({@link SparseRows}) instead of multiplied: the product would read all of {@code W} for one row's
     * worth of work, and leaving {@code W} out of the cache lets the recurrent weights of the whole network stay in
     * it.
     */
    private static final class Projection {
        private final int mb;
        private final int nIn;
        private final int width;
        private final FloatBuffer w;
        private final FloatBuffer bias;
        private final FloatBuffer z;

        Projection(Layer layer, int mb) {
            ParameterBlock p = layer.parameters();
            this.mb = mb;
            this.nIn = layer.conf().nIn();
            this.width = (int) p.param("W").size(1);
            this.w = FloatBlas.view(p.param("W"));
            this.bias = FloatBlas.view(p.param("b"));
            this.z = FloatBlas.allocate((long) mb * width);
        }

        /** @param x {@code [miniBatch, nIn]}; returns {@code z [miniBatch, width]} */
        FloatBuffer apply(FloatBuffer x) {
            SparseRows sparse = SparseRows.ofIfSparse(x, mb, nIn);
            if (sparse != null) {
                sparse.times(w, width, z);
            } else {
                FloatBlas.gemm(false, false, mb, width, nIn, 1f, x, nIn, w, width, 0f, z, width);
            }
            for (int b = 0; b < mb; b++) {
                for (int j = 0; j < width; j++) {
                    int i = b * width + j;
                    z.put(i, z.get(i) + bias.get(j));
                }
            }
            return z;
        }
    }

    private static final class LstmStep implements StepLayer {
        private final int mb;
        private final int n;
        private final int rwWidth;
        private final boolean peepholes;
        private final Activation activation;
        private final Activation gate;
        private final Projection input;
        private final FloatBuffer rw;
        private final FloatBuffer h;
        private final FloatBuffer c;
        private final LstmCellForward cell;
        private final float[] cPrev;

        LstmStep(Layer layer, int mb, Map<String, INDArray> state) {
            this.mb = mb;
            LayerConf conf = layer.conf();
            this.n = conf.nOut();
            this.peepholes = conf instanceof GravesLSTM;
            this.activation = peepholes ? ((GravesLSTM) conf).activation() : ((LSTM) conf).activation();
            this.gate = peepholes ? ((GravesLSTM) conf).gateActivation() : ((LSTM) conf).gateActivation();
            this.input = new Projection(layer, mb);
            this.rw = FloatBlas.view(layer.parameters().param("RW"));
            this.rwWidth = (int) layer.parameters().param("RW").size(1);
            this.h = stateOrZeros(state, RecurrentState.ACTIVATIONS, (long) mb * n);
            this.c = stateOrZeros(state, RecurrentState.MEMORY, (long) mb * n);
            this.cell = new LstmCellForward(mb, n, activation, gate, peepholes);
            this.cPrev = new float[mb * n];
        }

        @Override
        public FloatBuffer step(FloatBuffer x) {
            int g4 = 4 * n;
            int size = mb * n;
            FloatBuffer z = input.apply(x);
            FloatBlas.gemm(false, false, mb, g4, n, 1f, h, n, rw, rwWidth, 1f, z, g4);
            if (peepholes) {
                // Read every step: the stepper shares the network's parameter memory.
                cell.setPeepholes(rw, n);
            }
            c.get(0, cPrev, 0, size);
            cell.step(z, 0, null, cPrev);
            c.put(0, cell.cell, 0, size);
            h.put(0, cell.out, 0, size);
            return h;
        }

        @Override
        public int nOut() {
            return n;
        }

        @Override
        public Map<String, INDArray> state() {
            return Map.of(RecurrentState.ACTIVATIONS, FloatBlas.toArray(h, mb, n),
                    RecurrentState.MEMORY, FloatBlas.toArray(c, mb, n));
        }

        @Override
        public void load(Map<String, INDArray> state) {
            copyInto(h, state.get(RecurrentState.ACTIVATIONS));
            copyInto(c, state.get(RecurrentState.MEMORY));
        }
    }

    private static final class SimpleRnnStep implements StepLayer {
        private final int mb;
        private final int n;
        private final Activation activation;
        private final Projection input;
        private final FloatBuffer rw;
        private final FloatBuffer h;

        SimpleRnnStep(Layer layer, Activation activation, int mb, Map<String, INDArray> state) {
            this.mb = mb;
            this.n = layer.conf().nOut();
            this.activation = activation;
            this.input = new Projection(layer, mb);
            this.rw = FloatBlas.view(layer.parameters().param("RW"));
            this.h = stateOrZeros(state, RecurrentState.ACTIVATIONS, (long) mb * n);
        }

        @Override
        public FloatBuffer step(FloatBuffer x) {
            FloatBuffer z = input.apply(x);
            FloatBlas.gemm(false, false, mb, n, n, 1f, h, n, rw, n, 1f, z, n);
            for (int i = 0; i < mb * n; i++) {
                h.put(i, ScalarActivations.apply(activation, z.get(i)));
            }
            return h;
        }

        @Override
        public int nOut() {
            return n;
        }

        @Override
        public Map<String, INDArray> state() {
            return Map.of(RecurrentState.ACTIVATIONS, FloatBlas.toArray(h, mb, n));
        }

        @Override
        public void load(Map<String, INDArray> state) {
            copyInto(h, state.get(RecurrentState.ACTIVATIONS));
        }
    }

    /** A dense or output layer: {@code y = act(x W + b)}, softmax along each row. */
    private static final class DenseStep implements StepLayer {
        private final int mb;
        private final int n;
        private final Activation activation;
        private final Projection input;

        DenseStep(Layer layer, Activation activation, int mb) {
            this.mb = mb;
            this.n = layer.conf().nOut();
            this.activation = activation;
            this.input = new Projection(layer, mb);
        }

        @Override
        public FloatBuffer step(FloatBuffer x) {
            FloatBuffer y = input.apply(x);
            for (int b = 0; b < mb; b++) {
                int row = b * n;
                if (activation == Activation.SOFTMAX) {
                    float max = Float.NEGATIVE_INFINITY;
                    for (int j = 0; j < n; j++) {
                        max = Math.max(max, y.get(row + j));
                    }
                    float sum = 0f;
                    for (int j = 0; j < n; j++) {
                        float e = ScalarActivations.exp(y.get(row + j) - max);
                        y.put(row + j, e);
                        sum += e;
                    }
                    for (int j = 0; j < n; j++) {
                        y.put(row + j, y.get(row + j) / sum);
                    }
                } else {
                    for (int j = 0; j < n; j++) {
                        y.put(row + j, ScalarActivations.apply(activation, y.get(row + j)));
                    }
                }
            }
            return y;
        }

        @Override
        public int nOut() {
            return n;
        }

        @Override
        public Map<String, INDArray> state() {
            return Map.of();
        }
    }
}
