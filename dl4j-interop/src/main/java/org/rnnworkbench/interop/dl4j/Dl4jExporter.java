package org.rnnworkbench.interop.dl4j;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.recurrent.Bidirectional;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.learning.regularization.L2Regularization;
import org.nd4j.linalg.learning.regularization.Regularization;
import org.nd4j.linalg.learning.regularization.WeightDecay;
import org.rnnworkbench.model.conf.BackpropType;
import org.rnnworkbench.model.conf.FeedForwardToRnnPreProcessor;
import org.rnnworkbench.model.conf.GradientNormalization;
import org.rnnworkbench.model.conf.InputPreProcessor;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.io.TemporarySibling;
import org.rnnworkbench.model.nn.Network;

/**
 * Writes one of our networks as a DL4J 1.0.0-M2.1 {@code MultiLayerNetwork} zip, the {@code ModelSerializer}
 * format ({@code configuration.json}, {@code coefficients.bin}, optionally {@code updaterState.bin}), which
 * {@code ModelSerializer.restoreMultiLayerNetwork} and DL4J's Spark training read.
 *
 * <p>Layers map one to one: {@code LSTM}, {@code GravesLSTM}, {@code SimpleRnn}, {@code DenseLayer} and
 * {@code RnnOutputLayer} to DL4J's classes of the same name; {@code Bidirectional} to DL4J's {@code Bidirectional}
 * wrapper in the same mode, except ADD over {@code GravesLSTM}, which becomes DL4J's
 * {@code GravesBidirectionalLSTM} (it masks padded steps, which is closer to ours). The preprocessors between
 * time series {@code [miniBatch, size, time]} and feed-forward rows {@code [miniBatch * time, size]} are DL4J's
 * {@code RnnToFeedForwardPreProcessor} and {@code FeedForwardToRnnPreProcessor}, in the same places. Training
 * settings carried over: data type, seed, updater, L2, weight decay, gradient normalization and truncated BPTT.
 * Parameters are copied, so the weight initialisation only matters if DL4J re-initialises.
 *
 * <p>Without a features mask, DL4J then gives the same outputs as ours (float networks agree to about 1e-6).
 * With one, see {@link #differences(NetworkConfiguration)}.
 *
 * <p><b>Updater state.</b> With {@code includeUpdaterState}, our updater state (Adam's moments, the momentum or
 * squared-gradient history) is rearranged into DL4J's updater state view, and the iteration and epoch counts go
 * into the configuration, so that DL4J continues training where ours stopped. The tests check that the state
 * reads back exactly for every updater, and that DL4J's next update equals ours for Sgd, Nesterovs, Adam and
 * AdaGrad; DL4J's RmsProp applies a different rule to the same state (see {@link #differences}). The mapping
 * needs one DL4J updater block over all parameters, which holds for every network this class writes; it is
 * checked, and if it ever fails the export stops with an {@link IllegalStateException} instead of writing a state
 * that would be wrong. Without {@code includeUpdaterState} the zip has no updater state and zero counts, so DL4J
 * starts training afresh.
 */
public final class Dl4jExporter {
    private Dl4jExporter() {
    }

    /**
     * Writes {@code network} to {@code zip} as a DL4J {@code MultiLayerNetwork}, replacing it atomically (a temporary
     * file in the same folder, then a move): a failed export leaves any existing file untouched.
     *
     * @param includeUpdaterState whether to write the updater state and training counts (see the class comment)
     * @throws IOException when the file cannot be written
     */
    public static void export(Network network, Path zip, boolean includeUpdaterState) throws IOException {
        MultiLayerNetwork theirs = toMultiLayerNetwork(network, includeUpdaterState);
        Path dir = zip.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = TemporarySibling.create(zip);
        try {
            ModelSerializer.writeModel(theirs, temp.toFile(), includeUpdaterState);
            try {
                Files.move(temp, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, zip, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * The DL4J network equivalent to {@code network}, initialised and holding a copy of its parameters (and, with
     * {@code includeUpdaterState}, of its updater state and training counts). Useful to hand the network to DL4J
     * code directly without a file.
     */
    public static MultiLayerNetwork toMultiLayerNetwork(Network network, boolean includeUpdaterState) {
        NetworkConfiguration conf = network.getConfiguration();
        MultiLayerConfiguration dl4jConf = configuration(conf);
        if (includeUpdaterState) {
            // Adam's bias correction counts iterations; the count belongs with the moments it corrects.
            dl4jConf.setIterationCount(Math.toIntExact(network.getIterationCount()));
            dl4jConf.setEpochCount(network.getEpochCount());
        }
        MultiLayerNetwork theirs = new MultiLayerNetwork(dl4jConf);
        theirs.init();
        ParameterTransfer transfer = ParameterTransfer.between(network, theirs);
        transfer.copyToDl4j();
        if (includeUpdaterState) {
            long stateLength = network.getUpdater().stateView().length();
            if (!UpdaterState.singleBlock(theirs, stateLength)) {
                throw new IllegalStateException("DL4J arranges the updater state of this network differently ("
                        + "not one block over all parameters); export it without updater state");
            }
            UpdaterState.copyToDl4j(network, theirs, transfer);
        }
        return theirs;
    }

    /**
     * The ways DL4J will run this network differently from the engine, for an export dialog: per recurrent layer,
     * what DL4J does with padded time steps (a features mask), what its output layer gives there, and, for RmsProp
     * and AdaGrad, how its update rule or initial state differs. Without masks and with the other updaters, DL4J
     * agrees with the engine.
     */
    public static List<Dl4jDifference> differences(NetworkConfiguration configuration) {
        return BehaviourDifferences.differences(configuration);
    }

    /** DL4J's configuration of ours, layer for layer. */
    static MultiLayerConfiguration configuration(NetworkConfiguration conf) {
        NeuralNetConfiguration.Builder global = new NeuralNetConfiguration.Builder()
                .seed(conf.seed())
                .dataType(conf.dataType())
                .updater(Updaters.toDl4j(conf.updater()));
        if (conf.gradientNormalization() != GradientNormalization.None) {
            global.gradientNormalization(org.deeplearning4j.nn.conf.GradientNormalization.valueOf(
                    conf.gradientNormalization().name()))
                    .gradientNormalizationThreshold(conf.gradientNormalizationThreshold());
        }
        NeuralNetConfiguration.ListBuilder list = global.list();
        for (int i = 0; i < conf.layers().size(); i++) {
            list.layer(i, ExportedLayers.toDl4j(conf.layers().get(i)));
        }
        for (Map.Entry<Integer, InputPreProcessor> e : conf.inputPreProcessors().entrySet()) {
            list.inputPreProcessor(e.getKey(), e.getValue() instanceof FeedForwardToRnnPreProcessor
                    ? new org.deeplearning4j.nn.conf.preprocessor.FeedForwardToRnnPreProcessor(RNNFormat.NCW)
                    : new org.deeplearning4j.nn.conf.preprocessor.RnnToFeedForwardPreProcessor(RNNFormat.NCW));
        }
        if (conf.backpropType() == BackpropType.TruncatedBPTT) {
            list.backpropType(org.deeplearning4j.nn.conf.BackpropType.TruncatedBPTT)
                    .tBPTTForwardLength(conf.tBPTTForwardLength())
                    .tBPTTBackwardLength(conf.tBPTTBackwardLength());
        }
        // Lets DL4J check the sizes and preprocessors against a time-series input, as it does for its own builds.
        list.setInputType(InputType.recurrent(conf.inputSize(), RNNFormat.NCW));
        MultiLayerConfiguration built = list.build();
        setRegularization(built, conf);
        return built;
    }

    /**
     * L2 and weight decay on every layer's weights, biases unregularised, as ours. Set on the layers rather than
     * through DL4J's global builder, whose {@code weightDecay} drops an {@code l2} set with it ("incompatible"),
     * although its updater applies both when a layer lists both: L2 to the gradient before the updater, weight
     * decay ({@code applyLR = true}: {@code w -= lr * coefficient * w}) after it, which is what ours does.
     */
    private static void setRegularization(MultiLayerConfiguration built, NetworkConfiguration conf) {
        List<Regularization> weights = new ArrayList<>();
        if (conf.l2() > 0) {
            weights.add(new L2Regularization(conf.l2()));
        }
        if (conf.weightDecay() > 0) {
            weights.add(new WeightDecay(conf.weightDecay(), true));
        }
        for (NeuralNetConfiguration layerConf : built.getConfs()) {
            Layer layer = layerConf.getLayer();
            List<BaseLayer> parts = layer instanceof Bidirectional b
                    ? List.of((BaseLayer) b.getFwd(), (BaseLayer) b.getBwd()) : List.of((BaseLayer) layer);
            for (BaseLayer part : parts) {
                part.setRegularization(new ArrayList<>(weights));
                part.setRegularizationBias(new ArrayList<>());
            }
        }
    }
}
