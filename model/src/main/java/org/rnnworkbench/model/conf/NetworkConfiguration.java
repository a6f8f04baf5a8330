package org.rnnworkbench.model.conf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * A complete, validated network configuration: the layers in order (every {@code nIn} resolved), the
 * preprocessors between them, and the training settings. Built with {@link Builder}, which checks every rule
 * and names the layer and the fix when one is broken. Immutable.
 *
 * @param seed seed of the parameter initialisation and of nothing else
 * @param updater gradient updater settings
 * @param weightInit default weight initialisation of layers that do not set their own
 * @param l2 L2 regularisation coefficient on weights (not biases): adds {@code l2/2 * sum(w^2)} to the score
 * @param weightDecay decoupled weight decay on weights: after the updater, {@code w -= lr * weightDecay * w}
 * @param gradientNormalization gradient clipping rule, applied per layer before L2 and the updater
 * @param gradientNormalizationThreshold the clipping threshold
 * @param backpropType standard or truncated BPTT
 * @param tBPTTForwardLength segment length of truncated BPTT
 * @param tBPTTBackwardLength how far back gradients flow within a segment (at most the forward length)
 * @param dataType precision of parameters and activations (FLOAT normally, DOUBLE for gradient checks)
 * @param inputSize number of input features per time step
 * @param layers the layers, {@code nIn} resolved
 * @param inputPreProcessors preprocessor applied to the input of the layer with the given index
 */
public record NetworkConfiguration(
        long seed,
        UpdaterConfig updater,
        WeightInit weightInit,
        double l2,
        double weightDecay,
        GradientNormalization gradientNormalization,
        double gradientNormalizationThreshold,
        BackpropType backpropType,
        int tBPTTForwardLength,
        int tBPTTBackwardLength,
        DataType dataType,
        int inputSize,
        List<LayerConf> layers,
        Map<Integer, InputPreProcessor> inputPreProcessors) {

    public static final long DEFAULT_SEED = 12345L;
    public static final int DEFAULT_TBPTT_LENGTH = 20;

    public NetworkConfiguration {
        layers = List.copyOf(layers);
        inputPreProcessors = Collections.unmodifiableMap(new TreeMap<>(inputPreProcessors));
        Objects.requireNonNull(updater, "updater");
        Objects.requireNonNull(weightInit, "weightInit");
        Objects.requireNonNull(gradientNormalization, "gradientNormalization");
        Objects.requireNonNull(backpropType, "backpropType");
        Objects.requireNonNull(dataType, "dataType");
    }

    /** The output layer: always the last. */
    public RnnOutputLayer outputLayer() {
        return (RnnOutputLayer) layers.get(layers.size() - 1);
    }

    /** Total number of parameters. */
    public long numParams() {
        return layers.stream().mapToLong(LayerConf::numParams).sum();
    }

    /** Number of output units of the network. */
    public int outputSize() {
        return outputLayer().nOut();
    }

    /** A builder holding this configuration's settings and layers, for making a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder().seed(seed).updater(updater).weightInit(weightInit).l2(l2)
                .weightDecay(weightDecay)
                .gradientNormalization(gradientNormalization)
                .gradientNormalizationThreshold(gradientNormalizationThreshold)
                .backpropType(backpropType).tBPTTForwardLength(tBPTTForwardLength)
                .tBPTTBackwardLength(tBPTTBackwardLength).dataType(dataType).inputSize(inputSize);
        for (int i = 0; i < layers.size(); i++) {
            b.layer(i, layers.get(i));
        }
        inputPreProcessors.forEach(b::inputPreProcessor);
        return b;
    }

    /**
     * Fluent builder with the guide's names:
     * <pre>{@code
     * new NetworkConfiguration.Builder().seed(123).updater(new Adam(0.005))
     *     .layer(0, new GravesLSTM.Builder().nIn(77).nOut(200).build())
     *     .layer(1, new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(77).build())
     *     .backpropType(BackpropType.TruncatedBPTT).tBPTTForwardLength(50).tBPTTBackwardLength(50)
     *     .build();
     * }</pre>
     * Layers may be added in order with {@link #layer(LayerConf)} or by index.
     */
    public static final class Builder {
        private long seed = DEFAULT_SEED;
        private UpdaterConfig updater = new Adam();
        private WeightInit weightInit = WeightInit.XAVIER;
        private double l2;
        private double weightDecay;
        private GradientNormalization gradientNormalization = GradientNormalization.None;
        private double gradientNormalizationThreshold = 1.0;
        private BackpropType backpropType = BackpropType.Standard;
        private int tBPTTForwardLength = DEFAULT_TBPTT_LENGTH;
        private Integer tBPTTBackwardLength;
        private DataType dataType = DataType.FLOAT;
        private int inputSize;
        private final Map<Integer, LayerConf> layers = new TreeMap<>();
        private final Map<Integer, InputPreProcessor> preProcessors = new TreeMap<>();

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder updater(UpdaterConfig updater) {
            this.updater = Objects.requireNonNull(updater, "updater");
            return this;
        }

        public Builder weightInit(WeightInit weightInit) {
            this.weightInit = Objects.requireNonNull(weightInit, "weightInit");
            return this;
        }

        public Builder l2(double l2) {
            this.l2 = l2;
            return this;
        }

        public Builder weightDecay(double weightDecay) {
            this.weightDecay = weightDecay;
            return this;
        }

        public Builder gradientNormalization(GradientNormalization gradientNormalization) {
            this.gradientNormalization = Objects.requireNonNull(gradientNormalization, "gradientNormalization");
            return this;
        }

        public Builder gradientNormalizationThreshold(double threshold) {
            this.gradientNormalizationThreshold = threshold;
            return this;
        }

        public Builder backpropType(BackpropType backpropType) {
            this.backpropType = Objects.requireNonNull(backpropType, "backpropType");
            return this;
        }

        public Builder tBPTTForwardLength(int length) {
            this.tBPTTForwardLength = length;
            return this;
        }

        /** Defaults to the forward length when not set. */
        public Builder tBPTTBackwardLength(int length) {
            this.tBPTTBackwardLength = length;
            return this;
        }

        /** Sets both truncated BPTT lengths. */
        public Builder tBPTTLength(int length) {
            return tBPTTForwardLength(length).tBPTTBackwardLength(length);
        }

        public Builder dataType(DataType dataType) {
            this.dataType = Objects.requireNonNull(dataType, "dataType");
            return this;
        }

        /** Number of input features per time step; lets layer 0 leave {@code nIn} out. */
        public Builder inputSize(int inputSize) {
            this.inputSize = inputSize;
            return this;
        }

        /** Kept for readers of the guide, where the layer list starts with {@code list()}. */
        public Builder list() {
            return this;
        }

        public Builder layer(int index, LayerConf layer) {
            if (index < 0) {
                throw new ConfigurationException("layer index must be 0 or more, got " + index);
            }
            layers.put(index, Objects.requireNonNull(layer, "layer"));
            return this;
        }

        /** Appends a layer after the last one. */
        public Builder layer(LayerConf layer) {
            int next = layers.isEmpty() ? 0 : ((TreeMap<Integer, LayerConf>) layers).lastKey() + 1;
            return layer(next, layer);
        }

        /** Sets the preprocessor in front of layer {@code index} instead of the one the builder would insert. */
        public Builder inputPreProcessor(int index, InputPreProcessor preProcessor) {
            preProcessors.put(index, Objects.requireNonNull(preProcessor, "preProcessor"));
            return this;
        }

        /**
         * Resolves every {@code nIn}, inserts preprocessors and checks all rules.
         *
         * @throws ConfigurationException naming the layer, the rule and the fix
         */
        public NetworkConfiguration build() {
            int backward = tBPTTBackwardLength == null ? tBPTTForwardLength : tBPTTBackwardLength;
            List<LayerConf> resolved = resolveLayers();
            Map<Integer, InputPreProcessor> pre = resolvePreProcessors(resolved);
            checkTraining(resolved, backward);
            int declaredInput = inputSize > 0 ? inputSize : resolved.get(0).nIn();
            return new NetworkConfiguration(seed, updater, weightInit, l2, weightDecay, gradientNormalization,
                    gradientNormalizationThreshold, backpropType, tBPTTForwardLength, backward, dataType,
                    declaredInput, resolved, pre);
        }

        private List<LayerConf> resolveLayers() {
            if (layers.isEmpty()) {
                throw new ConfigurationException("the network has no layers; add at least an RnnOutputLayer");
            }
            List<LayerConf> resolved = new ArrayList<>();
            int expected = 0;
            for (Map.Entry<Integer, LayerConf> e : layers.entrySet()) {
                if (e.getKey() != expected) {
                    throw new ConfigurationException(expected, "layer " + expected
                            + " is missing: layers must be numbered 0, 1, 2, ... without gaps");
                }
                expected++;
                int index = e.getKey();
                LayerConf layer = e.getValue().withDefaultWeightInit(weightInit);
                int incoming = index == 0 ? inputSize : resolved.get(index - 1).nOut();
                if (layer.nIn() == 0 && incoming > 0) {
                    layer = layer.withNIn(incoming);
                } else if (layer.nIn() > 0 && incoming > 0 && layer.nIn() != incoming) {
                    String source = index == 0 ? "the input has " + incoming + " features"
                            : LayerConf.describe(index - 1, resolved.get(index - 1)) + " outputs " + incoming;
                    throw new ConfigurationException(index, LayerConf.describe(index, layer) + ": nIn is "
                            + layer.nIn() + " but " + source.replaceFirst("^layer (\\d+) \\([^)]*\\)", "layer $1")
                            + "; remove nIn to infer it or make the sizes agree");
                }
                layer.validate(index);
                resolved.add(layer);
            }
            int last = resolved.size() - 1;
            for (int i = 0; i < last; i++) {
                if (resolved.get(i) instanceof RnnOutputLayer) {
                    throw new ConfigurationException(i, LayerConf.describe(i, resolved.get(i))
                            + ": only the last layer can be an output layer; move it to the end");
                }
            }
            if (!(resolved.get(last) instanceof RnnOutputLayer)) {
                throw new ConfigurationException(last, LayerConf.describe(last, resolved.get(last))
                        + ": the last layer must be an RnnOutputLayer, which scores the network's output");
            }
            return resolved;
        }

        private Map<Integer, InputPreProcessor> resolvePreProcessors(List<LayerConf> resolved) {
            Map<Integer, InputPreProcessor> result = new TreeMap<>();
            for (Integer index : preProcessors.keySet()) {
                if (index >= resolved.size()) {
                    throw new ConfigurationException("inputPreProcessor set for layer " + index
                            + ", but the network has only " + resolved.size() + " layers");
                }
            }
            boolean incomingIsSeries = true;
            for (int i = 0; i < resolved.size(); i++) {
                LayerConf layer = resolved.get(i);
                boolean wantsSeries = !layer.takesFeedForwardInput();
                InputPreProcessor chosen = preProcessors.get(i);
                if (chosen != null) {
                    if (chosen.takesTimeSeries() != incomingIsSeries) {
                        throw new ConfigurationException(i, LayerConf.describe(i, layer) + ": inputPreProcessor "
                                + chosen.typeName() + " expects " + (chosen.takesTimeSeries() ? "a time series"
                                        : "feed-forward rows") + " but its input is "
                                + (incomingIsSeries ? "a time series" : "feed-forward rows"));
                    }
                    if (chosen.producesTimeSeries() != wantsSeries) {
                        throw new ConfigurationException(i, LayerConf.describe(i, layer) + ": inputPreProcessor "
                                + chosen.typeName() + " does not produce the layout this layer takes");
                    }
                    result.put(i, chosen);
                } else if (incomingIsSeries && !wantsSeries) {
                    result.put(i, new RnnToFeedForwardPreProcessor());
                } else if (!incomingIsSeries && wantsSeries) {
                    result.put(i, new FeedForwardToRnnPreProcessor());
                }
                incomingIsSeries = !layer.takesFeedForwardInput();
            }
            return result;
        }

        private void checkTraining(List<LayerConf> resolved, int backward) {
            if (!(l2 >= 0) || Double.isInfinite(l2)) {
                throw new ConfigurationException(-1, "l2", "l2 must be 0 or a positive number, got " + l2);
            }
            if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
                throw new ConfigurationException(-1, "weightDecay",
                        "weightDecay must be 0 or a positive number, got " + weightDecay);
            }
            if (gradientNormalization != GradientNormalization.None && !(gradientNormalizationThreshold > 0)) {
                throw new ConfigurationException(-1, "gradientNormalizationThreshold",
                        "gradientNormalizationThreshold must be positive for "
                        + gradientNormalization + ", got " + gradientNormalizationThreshold);
            }
            if (backpropType != BackpropType.TruncatedBPTT) {
                return;
            }
            if (tBPTTForwardLength < 1) {
                throw new ConfigurationException(-1, "tBPTTForwardLength",
                        "tBPTTForwardLength must be at least 1, got " + tBPTTForwardLength);
            }
            if (backward < 1) {
                throw new ConfigurationException(-1, "tBPTTBackwardLength",
                        "tBPTTBackwardLength must be at least 1, got " + backward);
            }
            if (backward > tBPTTForwardLength) {
                throw new ConfigurationException(-1, "tBPTTBackwardLength", "tBPTTBackwardLength (" + backward
                        + ") cannot exceed tBPTTForwardLength (" + tBPTTForwardLength + ")");
            }
            for (int i = 0; i < resolved.size(); i++) {
                if (resolved.get(i) instanceof Bidirectional) {
                    throw new ConfigurationException(i, LayerConf.describe(i, resolved.get(i))
                            + ": truncated BPTT needs the whole sequence; use BackpropType.Standard");
                }
            }
        }
    }
}
