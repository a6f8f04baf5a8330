package org.rnnworkbench.app.step;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.rnnworkbench.model.conf.Adam;
import org.rnnworkbench.model.conf.BackpropType;
import org.rnnworkbench.model.conf.GravesLSTM;
import org.rnnworkbench.model.conf.LossFunction;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.conf.RnnOutputLayer;
import org.rnnworkbench.model.data.CharacterVocabulary;
import org.rnnworkbench.model.data.ListSequenceDataSetIterator;
import org.rnnworkbench.model.data.SequenceDataSet;
import org.rnnworkbench.model.io.ModelFile;
import org.rnnworkbench.model.nn.Network;

/**
 * A small character model for the Step area's tests and screenshots, trained here on text made from a tiny
 * grammar (no data from anywhere): two GravesLSTM layers of 32 units, a few hundred updates. Trained once per
 * test run and written into each test's project folder as the Train and Data areas would.
 */
public final class TinyCharacterModel {
    private static byte[] modelBytes;
    private static CharacterVocabulary vocabulary;

    private TinyCharacterModel() {
    }

    /** Text from a grammar of short sentences, one per line. */
    public static String grammarText(Random rng, int size) {
        String[] subjects = {"The cat", "The old dog", "A bird", "My friend", "The teacher"};
        String[] verbs = {"sees", "likes", "finds", "wants", "draws"};
        String[] objects = {"the ball", "a red hat", "some bread", "the moon", "\"the sea\""};
        StringBuilder sb = new StringBuilder();
        while (sb.length() < size) {
            sb.append(subjects[rng.nextInt(subjects.length)]).append(' ').append(verbs[rng.nextInt(verbs.length)])
                    .append(' ').append(objects[rng.nextInt(objects.length)]).append(".\n");
        }
        return sb.toString();
    }

    /** Writes {@code model.rnnwb} and {@code vocabulary.json} into {@code folder}, training on first use. */
    public static synchronized void writeInto(Path folder) {
        try {
            if (modelBytes == null) {
                train();
            }
            Files.createDirectories(folder);
            Files.write(folder.resolve(StepModelLoader.MODEL_FILE), modelBytes);
            new org.rnnworkbench.app.project.DataSourceStore(new org.rnnworkbench.app.project.AtomicFileWriter())
                    .saveVocabulary(folder, vocabulary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.rnnworkbench.app.project.ProjectFileException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The vocabulary of the grammar text. */
    public static synchronized CharacterVocabulary vocabulary() {
        if (vocabulary == null) {
            writeInto(tempFolder());
        }
        return vocabulary;
    }

    private static Path tempFolder() {
        try {
            return Files.createTempDirectory("tiny-char-model");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void train() throws IOException {
        String text = grammarText(new Random(3), 16_000);
        vocabulary = CharacterVocabulary.build(text, false, 1);
        int v = vocabulary.size();
        NetworkConfiguration conf = new NetworkConfiguration.Builder().seed(7).updater(new Adam(0.02)).inputSize(v)
                .layer(new GravesLSTM.Builder().nOut(32).build())
                .layer(new GravesLSTM.Builder().nOut(32).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(v).build())
                .backpropType(BackpropType.TruncatedBPTT).tBPTTLength(25).build();
        Network net = new Network(conf).init();
        int[] encoded = vocabulary.encode(text);
        int mb = 16;
        int length = 50;
        List<SequenceDataSet> batches = new ArrayList<>();
        for (int start = 0; start + mb * (length + 1) <= encoded.length; start += mb * (length + 1)) {
            batches.add(batch(encoded, v, start, mb, length));
        }
        net.fit(new ListSequenceDataSetIterator(batches), 6);
        Path file = tempFolder().resolve(StepModelLoader.MODEL_FILE);
        new ModelFile().save(net, file);
        modelBytes = Files.readAllBytes(file);
    }

    private static SequenceDataSet batch(int[] text, int v, int start, int mb, int length) {
        INDArray f = Nd4j.zeros(DataType.FLOAT, mb, v, length);
        INDArray l = Nd4j.zeros(DataType.FLOAT, mb, v, length);
        for (int b = 0; b < mb; b++) {
            int offset = start + b * (length + 1);
            for (int t = 0; t < length; t++) {
                f.putScalar(new int[] {b, text[offset + t], t}, 1.0);
                l.putScalar(new int[] {b, text[offset + t + 1], t}, 1.0);
            }
        }
        return new SequenceDataSet(f, l);
    }
}
