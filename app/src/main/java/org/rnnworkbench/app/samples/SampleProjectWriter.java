package org.rnnworkbench.app.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rnnworkbench.app.builder.ModelDraft;
import org.rnnworkbench.app.project.AtomicFileWriter;
import org.rnnworkbench.app.project.DataSourceSpec;
import org.rnnworkbench.app.project.DataSourceStore;
import org.rnnworkbench.app.project.ProjectDocument;
import org.rnnworkbench.app.project.ProjectFileException;
import org.rnnworkbench.app.project.ProjectFormat;
import org.rnnworkbench.app.project.ProjectStore;
import org.rnnworkbench.model.conf.Adam;
import org.rnnworkbench.model.conf.BackpropType;
import org.rnnworkbench.model.conf.DenseLayer;
import org.rnnworkbench.model.conf.GradientNormalization;
import org.rnnworkbench.model.conf.GravesLSTM;
import org.rnnworkbench.model.conf.LSTM;
import org.rnnworkbench.model.conf.LossFunction;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.conf.RnnOutputLayer;
import org.rnnworkbench.model.conf.Activation;
import org.rnnworkbench.model.data.AlignmentMode;
import org.rnnworkbench.model.data.CharacterVocabulary;
import org.rnnworkbench.model.data.CsvFormat;
import org.rnnworkbench.model.data.LabelType;
import org.rnnworkbench.model.data.NormalizationType;
import org.rnnworkbench.model.data.NumberedFiles;
import org.rnnworkbench.model.data.SequenceCsvSpec;

/**
 * Writes the sample projects: each folder gets its generated data, {@code project.json} (the network) and
 * {@code data.json} (the data source), through the workbench's own stores so they are exactly what it reads.
 * The samples' {@code README.md} files are written by hand and left alone. Run with the {@code sample-projects}
 * folder as argument to re-create every sample bit for bit.
 */
public final class SampleProjectWriter {
    private static final long SEED = 12345L;
    private static final int CLASSIFICATION_PER_CLASS = 100;
    private static final int REGRESSION_COUNT = 300;
    private static final int ONE_TO_MANY_COUNT = 240;
    private static final int TRUNCATED_BPTT_COUNT = 200;

    private final ProjectStore projects;
    private final DataSourceStore dataSources;

    public SampleProjectWriter(Path scratch) {
        AtomicFileWriter writer = new AtomicFileWriter();
        this.projects = new ProjectStore(new ProjectFormat(), writer, scratch.resolve("untitled.autosave.json"));
        this.dataSources = new DataSourceStore(writer);
    }

    public static void main(String[] args) throws IOException, ProjectFileException {
        Path root = Path.of(args.length > 0 ? args[0] : "sample-projects");
        new SampleProjectWriter(Files.createTempDirectory("samples")).writeAll(root);
        System.out.println("Sample projects written under " + root.toAbsolutePath());
    }

    public void writeAll(Path root) throws IOException, ProjectFileException {
        characterModel(root.resolve(SampleDataGenerator.CHARACTER_MODEL));
        sequenceClassification(root.resolve(SampleDataGenerator.SEQUENCE_CLASSIFICATION));
        regression(root.resolve(SampleDataGenerator.REGRESSION));
        oneToMany(root.resolve(SampleDataGenerator.ONE_TO_MANY));
        truncatedBptt(root.resolve(SampleDataGenerator.TRUNCATED_BPTT));
    }

    void characterModel(Path folder) throws IOException, ProjectFileException {
        SampleDataGenerator.characterModel(folder.resolve("data"));
        String text = Files.readString(folder.resolve("data/text.txt"), StandardCharsets.UTF_8);
        CharacterVocabulary vocabulary = CharacterVocabulary.build(text, false, 1);
        int v = vocabulary.size();
        NetworkConfiguration conf = new NetworkConfiguration.Builder().seed(SEED).updater(new Adam(0.005)).inputSize(v)
                .layer(new GravesLSTM.Builder().nOut(128).activation(Activation.TANH).build())
                .layer(new GravesLSTM.Builder().nOut(128).activation(Activation.TANH).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(v).build())
                .backpropType(BackpropType.TruncatedBPTT).tBPTTForwardLength(50).tBPTTBackwardLength(50).build();
        write(folder, "character-model", conf, "A character model on a generated text with quotes, nested brackets"
                + " and line breaks.", new DataSourceSpec.CharacterText("data/text.txt", 200, 32, false, 1, 0.05, true,
                        SEED));
        dataSources.saveVocabulary(folder, vocabulary);
    }

    void sequenceClassification(Path folder) throws IOException, ProjectFileException {
        int count = CLASSIFICATION_PER_CLASS * ControlCharts.CLASSES.length;
        SampleDataGenerator.sequenceClassification(folder.resolve("data"), CLASSIFICATION_PER_CLASS);
        NetworkConfiguration conf = new NetworkConfiguration.Builder().seed(SEED).updater(new Adam(0.01)).inputSize(1)
                .layer(new GravesLSTM.Builder().nOut(32).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(6).build()).build();
        write(folder, "sequence-classification", conf, "Many-to-one: six kinds of control chart, 40 to 80 steps,"
                + " one-line label files, ALIGN_END.", csv(count, LabelType.CLASSIFICATION, 6, AlignmentMode.ALIGN_END,
                        NormalizationType.STANDARDIZE));
    }

    void regression(Path folder) throws IOException, ProjectFileException {
        SampleDataGenerator.regression(folder.resolve("data"), REGRESSION_COUNT);
        NetworkConfiguration conf = new NetworkConfiguration.Builder().seed(SEED).updater(new Adam(0.01)).inputSize(1)
                .layer(new LSTM.Builder().nOut(32).build())
                .layer(new DenseLayer.Builder().nOut(16).activation(Activation.RELU).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MSE).nOut(1).build()).build();
        write(folder, "regression", conf, "Many-to-many regression: the next value of noisy damped oscillations.",
                csv(REGRESSION_COUNT, LabelType.REGRESSION, 0, AlignmentMode.ALIGN_START, NormalizationType.STANDARDIZE));
    }

    void oneToMany(Path folder) throws IOException, ProjectFileException {
        SampleDataGenerator.oneToMany(folder.resolve("data"), ONE_TO_MANY_COUNT);
        NetworkConfiguration conf = new NetworkConfiguration.Builder().seed(SEED).updater(new Adam(0.02)).inputSize(4)
                .layer(new LSTM.Builder().nOut(32).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(5).build()).build();
        write(folder, "one-to-many", conf, "One-to-many: a class at the first step, its 12-step pattern out.",
                csv(ONE_TO_MANY_COUNT, LabelType.CLASSIFICATION, 5, AlignmentMode.ALIGN_START, null));
    }

    void truncatedBptt(Path folder) throws IOException, ProjectFileException {
        SampleDataGenerator.truncatedBptt(folder.resolve("data"), TRUNCATED_BPTT_COUNT);
        // A forget-gate bias of 5 lets the cells keep a marker for about a hundred steps from the start, so the
        // gradient from an answer reaches its marker; clipping keeps the first large updates from undoing that.
        // The project starts on 50-step segments, which cannot learn the markers (see the sample's README).
        NetworkConfiguration conf = new NetworkConfiguration.Builder().seed(SEED).updater(new Adam(0.003)).inputSize(2)
                .gradientNormalization(GradientNormalization.ClipL2PerLayer).gradientNormalizationThreshold(1.0)
                .layer(new LSTM.Builder().nOut(32).forgetGateBiasInit(5.0).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(3).build())
                .backpropType(BackpropType.TruncatedBPTT).tBPTTForwardLength(50).tBPTTBackwardLength(50).build();
        write(folder, "truncated-bptt", conf, "Markers answered 60 to 240 steps later in 2,000+ steps: truncated BPTT"
                + " 50 cannot learn them, 200 can; compare with Standard.", csv(TRUNCATED_BPTT_COUNT,
                        LabelType.CLASSIFICATION, 3, AlignmentMode.ALIGN_START, null));
    }

    private static DataSourceSpec.CsvSequences csv(int count, LabelType type, int classes, AlignmentMode alignment,
            NormalizationType normalization) {
        SequenceCsvSpec spec = SequenceCsvSpec.separateFiles(new NumberedFiles("data/features/%d.csv", 0, count - 1),
                new NumberedFiles("data/labels/%d.csv", 0, count - 1), type, classes, alignment, CsvFormat.detect());
        return new DataSourceSpec.CsvSequences(spec, 32, true, SEED, 0.2, normalization);
    }

    private void write(Path folder, String name, NetworkConfiguration conf, String notes, DataSourceSpec data)
            throws ProjectFileException {
        projects.save(folder, new ProjectDocument(name, ModelDraft.from(conf), notes));
        dataSources.save(folder, data);
    }
}
