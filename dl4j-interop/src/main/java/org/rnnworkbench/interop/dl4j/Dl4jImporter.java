package org.rnnworkbench.interop.dl4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToRnnPreProcessor;
import org.deeplearning4j.nn.conf.preprocessor.RnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.rnnworkbench.model.conf.BackpropType;
import org.rnnworkbench.model.conf.ConfigurationException;
import org.rnnworkbench.model.conf.LayerConf;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.nn.Network;

/**
 * Opens a DL4J 1.0.0-M2.1 {@code MultiLayerNetwork} zip ({@code ModelSerializer} format) as one of our networks:
 * configuration and parameters, ready to step with {@code rnnTimeStep} or to continue training.
 *
 * <p>Supported: DL4J's {@code LSTM}, {@code GravesLSTM}, {@code GravesBidirectionalLSTM}, {@code SimpleRnn},
 * {@code Bidirectional} (ADD or CONCAT over the three), {@code DenseLayer} and a final {@code RnnOutputLayer}
 * (MCXENT, NEGATIVELOGLIKELIHOOD, MSE, XENT), with the activations we have, {@code NCW} data, the
 * RNN/feed-forward preprocessors, one updater for the whole network (Sgd, Nesterovs, Adam, RmsProp, AdaGrad
 * without schedules), L2 and weight decay on weights, gradient normalization and truncated BPTT. Anything else
 * is listed, layer by layer, in one {@link UnsupportedDl4jModelException}.
 *
 * <p>DL4J's {@code GravesBidirectionalLSTM} and its {@code Bidirectional} ADD over {@code GravesLSTM} both become
 * our {@code Bidirectional(ADD, GravesLSTM)}. When the zip holds updater state, it is imported as well, with the
 * iteration and epoch counts, so training continues with the same next update; without it the updater starts
 * afresh and the counts are zero. Our semantics apply from then on: our mask handling (see
 * {@link Dl4jDifference}) and, for a DL4J {@code RmsProp}, our rule {@code g / sqrt(s + epsilon)} where DL4J
 * uses {@code g / (sqrt(s) + epsilon)}.
 */
public final class Dl4jImporter {
    private Dl4jImporter() {
    }

    /**
     * Reads the zip and converts it.
     *
     * @throws UnsupportedDl4jModelException listing every layer or setting the engine cannot represent
     * @throws IOException when the file cannot be read or is not a DL4J {@code MultiLayerNetwork} zip
     */
    public static Network importModel(Path zip) throws IOException {
        if (!Files.isRegularFile(zip)) {
            throw new IOException(zip + " does not exist or is not a file");
        }
        boolean hasUpdaterState;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            if (file.getEntry(ModelSerializer.CONFIGURATION_JSON) == null) {
                throw new IOException(zip + " is not a DL4J model zip: it has no "
                        + ModelSerializer.CONFIGURATION_JSON);
            }
            hasUpdaterState = file.getEntry(ModelSerializer.UPDATER_BIN) != null;
        } catch (java.util.zip.ZipException e) {
            throw new IOException(zip + " is not a zip file: " + e.getMessage(), e);
        }
        MultiLayerNetwork theirs;
        try {
            theirs = ModelSerializer.restoreMultiLayerNetwork(zip.toFile(), hasUpdaterState);
        } catch (RuntimeException e) {
            // DL4J reports a ComputationGraph or damaged JSON with runtime exceptions of various kinds.
            throw new IOException(zip + " is not a DL4J MultiLayerNetwork zip that DL4J 1.0.0-M2.1 can read: "
                    + e.getMessage(), e);
        }
        return convert(zip.getFileName().toString(), theirs, hasUpdaterState);
    }

    /**
     * Converts a DL4J network in memory (parameters and, with {@code withUpdaterState}, updater state and counts).
     *
     * @throws UnsupportedDl4jModelException listing every layer or setting the engine cannot represent
     */
    public static Network fromMultiLayerNetwork(MultiLayerNetwork theirs, boolean withUpdaterState)
            throws UnsupportedDl4jModelException {
        return convert("the DL4J network", theirs, withUpdaterState);
    }

    private static Network convert(String name, MultiLayerNetwork theirs, boolean withUpdaterState)
            throws UnsupportedDl4jModelException {
        NetworkConfiguration conf = configuration(name, theirs.getLayerWiseConfigurations());
        Network ours = new Network(conf);
        ours.init(Nd4j.zeros(conf.dataType(), conf.numParams()));
        ParameterTransfer transfer = ParameterTransfer.between(ours, theirs);
        transfer.copyFromDl4j();
        long stateLength = ours.getUpdater().stateView().length();
        boolean stateKnown = stateLength == 0 || withUpdaterState;
        if (stateKnown && UpdaterState.singleBlock(theirs, stateLength)) {
            UpdaterState.copyFromDl4j(theirs, ours, transfer);
            MultiLayerConfiguration c = theirs.getLayerWiseConfigurations();
            ours.restoreTrainingProgress(c.getIterationCount(), c.getEpochCount());
        }
        return ours;
    }

    /** Our configuration of DL4J's, or the list of everything that stands in the way. */
    static NetworkConfiguration configuration(String name, MultiLayerConfiguration theirs)
            throws UnsupportedDl4jModelException {
        List<String> problems = new ArrayList<>();
        List<LayerConf> layers = new ArrayList<>();
        ImportedTraining training = new ImportedTraining();
        int count = theirs.getConfs().size();
        for (int i = 0; i < count; i++) {
            Layer layer = theirs.getConf(i).getLayer();
            if (!ImportedLayers.isSupportedType(layer)) {
                problems.add("layer " + i + " (" + layer.getClass().getSimpleName() + "): layer type not supported "
                        + "(supported: " + ImportedLayers.SUPPORTED + ")");
                continue;
            }
            layers.add(ImportedLayers.fromDl4j(i, layer, problems));
            training.add(i, layer, problems);
        }
        DataType dataType = theirs.getDataType();
        if (dataType != DataType.FLOAT && dataType != DataType.DOUBLE) {
            problems.add("network: data type " + dataType + " (supported: FLOAT, DOUBLE)");
        }
        NetworkConfiguration.Builder builder = new NetworkConfiguration.Builder()
                .seed(count == 0 ? NetworkConfiguration.DEFAULT_SEED : theirs.getConf(0).getSeed())
                .dataType(dataType);
        training.applyTo(builder, problems);
        preProcessors(theirs, builder, problems);
        if (theirs.getBackpropType() == org.deeplearning4j.nn.conf.BackpropType.TruncatedBPTT) {
            builder.backpropType(BackpropType.TruncatedBPTT).tBPTTForwardLength(theirs.getTbpttFwdLength())
                    .tBPTTBackwardLength(theirs.getTbpttBackLength());
        }
        if (!problems.isEmpty()) {
            throw new UnsupportedDl4jModelException(name, problems);
        }
        for (int i = 0; i < layers.size(); i++) {
            builder.layer(i, layers.get(i));
        }
        builder.inputSize(layers.isEmpty() ? 0 : layers.get(0).nIn());
        try {
            return builder.build();
        } catch (ConfigurationException e) {
            // Layers each fine on their own but not together, e.g. an RnnOutputLayer that is not last.
            throw new UnsupportedDl4jModelException(name, List.of(e.getMessage()));
        }
    }

    /** DL4J's RNN/feed-forward preprocessors as ours, in the same places; any other is a problem. */
    private static void preProcessors(MultiLayerConfiguration theirs, NetworkConfiguration.Builder builder,
            List<String> problems) {
        for (Map.Entry<Integer, InputPreProcessor> e : theirs.getInputPreProcessors().entrySet()) {
            InputPreProcessor p = e.getValue();
            String where = "preprocessor before layer " + e.getKey() + " (" + p.getClass().getSimpleName() + ")";
            if (p.getClass() == RnnToFeedForwardPreProcessor.class
                    && ((RnnToFeedForwardPreProcessor) p).getRnnDataFormat() == RNNFormat.NCW) {
                builder.inputPreProcessor(e.getKey(), new org.rnnworkbench.model.conf.RnnToFeedForwardPreProcessor());
            } else if (p.getClass() == FeedForwardToRnnPreProcessor.class
                    && ((FeedForwardToRnnPreProcessor) p).getRnnDataFormat() == RNNFormat.NCW) {
                builder.inputPreProcessor(e.getKey(), new org.rnnworkbench.model.conf.FeedForwardToRnnPreProcessor());
            } else {
                problems.add(where + ": not supported (supported: RnnToFeedForwardPreProcessor and "
                        + "FeedForwardToRnnPreProcessor in NCW format)");
            }
        }
    }
}
