package org.rnnworkbench.model.conf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

class ConfigurationJsonTest {
    private final ConfigurationJson json = new ConfigurationJson();

    static NetworkConfiguration everyFeature() {
        return new NetworkConfiguration.Builder().seed(77).updater(new RmsProp(0.01)).weightInit(WeightInit.NORMAL)
                .l2(1e-4).weightDecay(1e-5).gradientNormalization(GradientNormalization.ClipL2PerLayer)
                .gradientNormalizationThreshold(2.5).dataType(DataType.DOUBLE).inputSize(7)
                .layer(new GravesLSTM.Builder().nOut(8).forgetGateBiasInit(2.0).build())
                .layer(new DenseLayer.Builder().nOut(6).activation(Activation.RELU).weightInit(WeightInit.RELU).build())
                .layer(new GravesBidirectionalLSTM.Builder().nOut(5).build())
                .layer(new Bidirectional(new SimpleRnn.Builder().nOut(3).build()))
                .layer(new LSTM.Builder().nOut(4).gateActivationFunction(Activation.HARDSIGMOID).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.XENT).nOut(2).build())
                .build();
    }

    @Test
    void roundTripGivesAnEqualConfiguration() {
        NetworkConfiguration conf = everyFeature();
        String text = json.toJson(conf);
        assertTrue(text.contains("\"formatVersion\" : 1"), text);
        assertEquals(conf, json.fromJson(text));
        NetworkConfiguration tbptt = new NetworkConfiguration.Builder().inputSize(2).updater(new Nesterovs(0.1, 0.8))
                .layer(new LSTM.Builder().nOut(3).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MSE).nOut(1).build())
                .backpropType(BackpropType.TruncatedBPTT).tBPTTForwardLength(40).tBPTTBackwardLength(20).build();
        assertEquals(tbptt, json.fromJson(json.toJson(tbptt)));
    }

    @Test
    void fileOfFormatVersionOneStillLoads() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("network-format-1.json")) {
            NetworkConfiguration read = json.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(3, read.layers().size());
            assertEquals(new Adam(0.005), read.updater());
            assertEquals(BackpropType.TruncatedBPTT, read.backpropType());
            assertEquals(50, read.tBPTTForwardLength());
            assertEquals(77, read.layers().get(1).nIn(), "nIn resolved on load");
        }
    }

    @Test
    void newerVersionsAndBrokenFilesGetClearMessages() {
        ConfigurationException newer = assertThrows(ConfigurationException.class,
                () -> json.fromJson("{\"formatVersion\": 99, \"network\": {}}"));
        assertTrue(newer.getMessage().contains("format version 99"), newer.getMessage());
        ConfigurationException broken = assertThrows(ConfigurationException.class, () -> json.fromJson("{oops"));
        assertTrue(broken.getMessage().startsWith("not a network configuration"), broken.getMessage());
    }
}
