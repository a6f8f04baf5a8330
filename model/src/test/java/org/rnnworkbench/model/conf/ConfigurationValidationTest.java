package org.rnnworkbench.model.conf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Invalid configurations fail with a message that names the layer, the rule and the fix. */
class ConfigurationValidationTest {

    private static RnnOutputLayer softmaxOut(int n) {
        return new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(n).build();
    }

    static Stream<Arguments> invalidConfigurations() {
        return Stream.of(
                Arguments.of("nIn mismatch", (Supplier<NetworkConfiguration>) () -> new NetworkConfiguration.Builder()
                        .layer(0, new GravesLSTM.Builder().nIn(10).nOut(100).build())
                        .layer(1, new GravesLSTM.Builder().nIn(100).nOut(200).build())
                        .layer(2, new RnnOutputLayer.Builder().nIn(100).nOut(5).build()).build(),
                        2, "layer 2 (RnnOutputLayer): nIn is 100 but layer 1 outputs 200"),
                Arguments.of("backward longer than forward", (Supplier<NetworkConfiguration>) () -> new NetworkConfiguration
                        .Builder().inputSize(3).layer(new LSTM.Builder().nOut(4).build()).layer(softmaxOut(2))
                        .backpropType(BackpropType.TruncatedBPTT).tBPTTForwardLength(100).tBPTTBackwardLength(120)
                        .build(), -1, "tBPTTBackwardLength (120) cannot exceed tBPTTForwardLength (100)"),
                Arguments.of("bidirectional with TBPTT", (Supplier<NetworkConfiguration>) () -> new NetworkConfiguration
                        .Builder().inputSize(3).layer(new Bidirectional(new LSTM.Builder().nOut(4).build()))
                        .layer(softmaxOut(2)).backpropType(BackpropType.TruncatedBPTT).tBPTTLength(10).build(),
                        0, "layer 0 (Bidirectional): truncated BPTT needs the whole sequence; use BackpropType.Standard"),
                Arguments.of("no nIn and no input size", (Supplier<NetworkConfiguration>) () -> new NetworkConfiguration
                        .Builder().layer(new GravesLSTM.Builder().nOut(4).build()).layer(softmaxOut(2)).build(),
                        0, "layer 0 (GravesLSTM): nIn is not set"),
                Arguments.of("zero nOut", (Supplier<NetworkConfiguration>) () -> new NetworkConfiguration.Builder()
                        .inputSize(3).layer(new LSTM.Builder().nOut(4).build()).layer(new SimpleRnn.Builder().build())
                        .layer(softmaxOut(2)).build(), 1, "layer 1 (SimpleRnn): nOut must be at least 1, got 0"),
                Arguments.of("last layer not output", (Supplier<NetworkConfiguration>) () -> new NetworkConfiguration
                        .Builder().inputSize(3).layer(new LSTM.Builder().nOut(4).build())
                        .layer(new DenseLayer.Builder().nOut(3).build()).build(),
                        1, "layer 1 (DenseLayer): the last layer must be an RnnOutputLayer"),
                Arguments.of("output layer in the middle", (Supplier<NetworkConfiguration>) () -> new NetworkConfiguration
                        .Builder().inputSize(3).layer(softmaxOut(4)).layer(softmaxOut(2)).build(),
                        0, "layer 0 (RnnOutputLayer): only the last layer can be an output layer"),
                Arguments.of("loss and activation disagree", (Supplier<NetworkConfiguration>) () -> new NetworkConfiguration
                        .Builder().inputSize(3).layer(new LSTM.Builder().nOut(4).build())
                        .layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).activation(Activation.TANH).nOut(2)
                                .build()).build(),
                        1, "layer 1 (RnnOutputLayer): loss MCXENT needs activation SOFTMAX, got TANH"),
                Arguments.of("softmax in a recurrent layer", (Supplier<NetworkConfiguration>) () -> new NetworkConfiguration
                        .Builder().inputSize(3).layer(new LSTM.Builder().nOut(4).activation(Activation.SOFTMAX).build())
                        .layer(softmaxOut(2)).build(),
                        0, "layer 0 (LSTM): activation SOFTMAX is only allowed in DenseLayer and RnnOutputLayer"),
                Arguments.of("bidirectional over dense", (Supplier<NetworkConfiguration>) () -> new NetworkConfiguration
                        .Builder().inputSize(3).layer(new Bidirectional(new DenseLayer.Builder().nOut(4).build()))
                        .layer(softmaxOut(2)).build(),
                        0, "layer 0 (Bidirectional): wraps DenseLayer, but only LSTM, GravesLSTM and SimpleRnn"),
                Arguments.of("gap in layer indices", (Supplier<NetworkConfiguration>) () -> new NetworkConfiguration
                        .Builder().inputSize(3).layer(0, new LSTM.Builder().nOut(4).build()).layer(2, softmaxOut(2))
                        .build(), 1, "layer 1 is missing"),
                Arguments.of("input size disagrees with layer 0", (Supplier<NetworkConfiguration>) () ->
                        new NetworkConfiguration.Builder().inputSize(3).layer(new LSTM.Builder().nIn(5).nOut(4).build())
                                .layer(softmaxOut(2)).build(),
                        0, "layer 0 (LSTM): nIn is 5 but the input has 3 features"),
                Arguments.of("wrong preprocessor", (Supplier<NetworkConfiguration>) () -> new NetworkConfiguration
                        .Builder().inputSize(3).layer(new LSTM.Builder().nOut(4).build())
                        .layer(new DenseLayer.Builder().nOut(3).build()).layer(softmaxOut(2))
                        .inputPreProcessor(1, new FeedForwardToRnnPreProcessor()).build(),
                        1, "layer 1 (DenseLayer): inputPreProcessor FeedForwardToRnnPreProcessor expects feed-forward"),
                Arguments.of("negative l2", (Supplier<NetworkConfiguration>) () -> new NetworkConfiguration.Builder()
                        .inputSize(3).l2(-1).layer(softmaxOut(2)).build(), -1, "l2 must be 0 or a positive number"),
                Arguments.of("no layers", (Supplier<NetworkConfiguration>) () -> new NetworkConfiguration.Builder()
                        .build(), -1, "the network has no layers"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidConfigurations")
    void invalidConfigurationNamesLayerAndRule(String name, Supplier<NetworkConfiguration> build, int layer,
            String message) {
        ConfigurationException e = assertThrows(ConfigurationException.class, build::get);
        assertTrue(e.getMessage().startsWith(message), "message was: " + e.getMessage());
        assertEquals(layer, e.layerIndex().orElse(-1), "layer index of: " + e.getMessage());
    }

    @Test
    void invalidUpdaterSettingsAreRefused() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> new Adam(-0.1));
        assertTrue(e.getMessage().contains("Adam: learningRate must be a positive number"), e.getMessage());
        assertEquals("learningRate", e.setting().orElseThrow());
    }

    @Test
    void networkSettingsAreNamedForTheEditor() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> new NetworkConfiguration.Builder()
                .inputSize(2).layer(softmaxOut(2)).backpropType(BackpropType.TruncatedBPTT).tBPTTForwardLength(10)
                .tBPTTBackwardLength(20).build());
        assertEquals("tBPTTBackwardLength", e.setting().orElseThrow());
        ConfigurationException l2 = assertThrows(ConfigurationException.class, () -> new NetworkConfiguration.Builder()
                .inputSize(2).l2(-1).layer(softmaxOut(2)).build());
        assertEquals("l2", l2.setting().orElseThrow());
    }

    @Test
    void nInIsInferredAndPreprocessorsInserted() {
        NetworkConfiguration conf = new NetworkConfiguration.Builder().inputSize(3)
                .layer(new GravesLSTM.Builder().nOut(4).build())
                .layer(new DenseLayer.Builder().nOut(6).build())
                .layer(new Bidirectional(new LSTM.Builder().nOut(5).build()))
                .layer(softmaxOut(2)).build();
        assertEquals(3, conf.layers().get(0).nIn());
        assertEquals(4, conf.layers().get(1).nIn());
        assertEquals(6, conf.layers().get(2).nIn());
        assertEquals(10, conf.layers().get(3).nIn(), "CONCAT doubles the width");
        assertEquals(new RnnToFeedForwardPreProcessor(), conf.inputPreProcessors().get(1));
        assertEquals(new FeedForwardToRnnPreProcessor(), conf.inputPreProcessors().get(2));
        assertEquals(2, conf.inputPreProcessors().size());
    }

    @Test
    void parameterCountsFollowTheGuide() {
        assertEquals(140, new GravesLSTM.Builder().nIn(3).nOut(4).build().numParams());
        assertEquals(128, new LSTM.Builder().nIn(3).nOut(4).build().numParams());
        assertEquals(2 * 140, new GravesBidirectionalLSTM.Builder().nIn(3).nOut(4).build().numParams());
        assertEquals(3 * 4 + 4 * 4 + 4, new SimpleRnn.Builder().nIn(3).nOut(4).build().numParams());
    }
}
