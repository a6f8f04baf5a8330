package org.rnnworkbench.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.rnnworkbench.model.conf.Adam;
import org.rnnworkbench.model.conf.GravesLSTM;
import org.rnnworkbench.model.conf.LossFunction;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.conf.RnnOutputLayer;
import org.rnnworkbench.model.data.SequenceDataSet;
import org.rnnworkbench.model.nn.Network;

class ModelFileTest {
    @TempDir
    Path dir;

    private static Network trained() {
        NetworkConfiguration conf = new NetworkConfiguration.Builder().seed(3).updater(new Adam(0.01)).inputSize(2)
                .layer(new GravesLSTM.Builder().nOut(4).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MSE).nOut(1).build()).build();
        Network net = new Network(conf).init();
        for (int i = 0; i < 3; i++) {
            net.fit(data());
        }
        return net;
    }

    private static SequenceDataSet data() {
        INDArray f = Nd4j.linspace(-1, 1, 2 * 2 * 5, DataType.FLOAT).reshape(2, 2, 5);
        INDArray l = Nd4j.linspace(0, 1, 2 * 5, DataType.FLOAT).reshape(2, 1, 5);
        return new SequenceDataSet(f, l);
    }

    @Test
    void savedModelLoadsWithSameOutputsAndContinuesTrainingIdentically() throws IOException {
        Network original = trained();
        Path file = dir.resolve("model.rnnwb");
        new ModelFile().save(original, file);
        Network loaded = new ModelFile().load(file);
        assertEquals(original.getConfiguration(), loaded.getConfiguration());
        assertEquals(3, loaded.getIterationCount());
        assertTrue(original.output(data().features()).equals(loaded.output(data().features())));
        original.fit(data());
        loaded.fit(data());
        assertTrue(original.params().equals(loaded.params()), "Adam state and counters were restored");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void damagedOrForeignFilesGetClearMessages() throws IOException {
        Path notZip = dir.resolve("notes.txt");
        Files.writeString(notZip, "hello");
        ModelFileException e = assertThrows(ModelFileException.class, () -> new ModelFile().load(notZip));
        assertTrue(e.getMessage().contains("is missing"), e.getMessage());
    }
}
