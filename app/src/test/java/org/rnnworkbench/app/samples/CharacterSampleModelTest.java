package org.rnnworkbench.app.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.rnnworkbench.model.data.CharacterVocabulary;
import org.rnnworkbench.model.io.ModelFile;
import org.rnnworkbench.model.nn.Network;
import org.rnnworkbench.model.nn.RecurrentState;

/**
 * The character-model sample ships a trained network, and its README names a memory unit that tracks bracket
 * depth: this holds both claims against the files in {@code sample-projects/character-model}.
 */
class CharacterSampleModelTest {
    private static final Path SAMPLE = Path.of("..", "sample-projects", "character-model");
    private static final int LAYER = 1;
    private static final int UNIT = 8;

    @Test
    void layerOneUnitEightTracksBracketDepth() throws IOException {
        Network net = new ModelFile().load(SAMPLE.resolve("model.rnnwb"));
        ObjectMapper json = new ObjectMapper();
        CharacterVocabulary vocabulary = json.treeToValue(
                json.readTree(SAMPLE.resolve("vocabulary.json").toFile()).get("vocabulary"), CharacterVocabulary.class);
        String text = Files.readString(SAMPLE.resolve("data/text.txt"), StandardCharsets.UTF_8);
        String tail = text.substring(text.length() - 5_000);

        double[] depth = new double[tail.length()];
        double[] cell = new double[tail.length()];
        INDArray x = Nd4j.zeros(DataType.FLOAT, 1, vocabulary.size());
        int open = 0;
        int maxDepth = 0;
        for (int t = 0; t < tail.length(); t++) {
            char c = tail.charAt(t);
            open += c == '(' ? 1 : c == ')' ? -1 : 0;
            maxDepth = Math.max(maxDepth, open);
            x.assign(0);
            x.putScalar(0, vocabulary.encode(String.valueOf(c))[0], 1f);
            net.rnnTimeStep(x);
            depth[t] = open;
            cell[t] = net.rnnGetPreviousState(LAYER).get(RecurrentState.MEMORY).getDouble(0, UNIT);
        }
        assertTrue(maxDepth >= 2, "the stretch has nested brackets");
        double r = correlation(cell, depth);
        assertTrue(Math.abs(r) > 0.8, "correlation of layer 1 unit 8's memory cell with bracket depth: " + r);
    }

    /** What {@code ./workbench} opens first: the Step area must find the network and its vocabulary. */
    @Test
    void theStepAreaLoadsTheSample() throws Exception {
        org.rnnworkbench.app.step.LoadedModel loaded =
                new org.rnnworkbench.app.step.StepModelLoader().load(SAMPLE);
        assertTrue(loaded.vocabulary() != null, "a character model with its vocabulary");
        assertTrue(loaded.vocabulary().size() == loaded.network().getConfiguration().inputSize());
    }

    private static double correlation(double[] a, double[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= a.length;
        mb /= b.length;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }
}
