package org.rnnworkbench.app.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnworkbench.app.concurrent.BackgroundRunner;
import org.rnnworkbench.app.project.AtomicFileWriter;
import org.rnnworkbench.model.conf.Activation;
import org.rnnworkbench.model.conf.GravesBidirectionalLSTM;
import org.rnnworkbench.model.conf.GravesLSTM;
import org.rnnworkbench.model.conf.LossFunction;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.conf.RnnOutputLayer;
import org.rnnworkbench.model.io.ModelFile;
import org.rnnworkbench.model.nn.Network;

/** Numeric sequence models in the Step area: a CSV sequence, stepping, run to end, verify; and what cannot step. */
class SequenceStepTest {
    @TempDir
    Path dir;

    private final SimpleObjectProperty<Path> folder = new SimpleObjectProperty<>();

    private StepViewModel viewModelFor(NetworkConfiguration conf) throws IOException {
        return viewModelIn(dir.resolve("project"), conf);
    }

    private static NetworkConfiguration regressor() {
        return new NetworkConfiguration.Builder().seed(3).inputSize(2)
                .layer(new GravesLSTM.Builder().nOut(12).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MSE).activation(Activation.IDENTITY).nOut(1).build())
                .build();
    }

    private Path csv(String text) throws IOException {
        Path f = dir.resolve("sequence.csv");
        Files.writeString(f, text);
        return f;
    }

    private static String sine(int steps) {
        StringBuilder sb = new StringBuilder("x1,x2,y\n");
        for (int t = 0; t < steps; t++) {
            sb.append(Math.sin(t * 0.3)).append(',').append(Math.cos(t * 0.3)).append(',')
                    .append(Math.sin((t + 1) * 0.3)).append('\n');
        }
        return sb.toString();
    }

    @Test
    void aRegressionModelStepsThroughACsvSequenceAndVerifies() throws Exception {
        StepViewModel vm = viewModelFor(regressor());
        assertEquals(StepViewModel.Mode.SEQUENCE, vm.modeProperty().get());
        vm.openSequence(csv(sine(40)));
        SequenceFrame f = vm.sequenceFrameProperty().get();
        assertEquals(40, f.data().length());
        assertEquals(0, f.position());
        assertEquals(1, f.data().actual()[0].length);
        vm.sequenceStep();
        vm.sequenceStep();
        assertEquals(2, vm.sequenceFrameProperty().get().position());
        vm.verify();
        assertTrue(vm.verifyTextProperty().get().contains("equal output()"), vm.verifyTextProperty().get());
        vm.sequenceRunToEnd();
        assertTrue(vm.sequenceFrameProperty().get().atEnd());

        Network net = new ModelFile().load(folder.get().resolve(StepModelLoader.MODEL_FILE));
        SequenceSession session = new SequenceSession(net, false);
        session.load(SequenceCsv.read(dir.resolve("sequence.csv"), 2, 1, false));
        session.runToEnd();
        double max = session.verify();
        assertTrue(max < 1e-5, "max difference " + max);

        vm.sequenceReset();
        assertEquals(0, vm.sequenceFrameProperty().get().position());
    }

    @Test
    void aClassifierReadsClassIndices() throws Exception {
        NetworkConfiguration conf = new NetworkConfiguration.Builder().seed(3).inputSize(2)
                .layer(new GravesLSTM.Builder().nOut(8).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(3).build()).build();
        StepViewModel vm = viewModelFor(conf);
        vm.openSequence(csv("0.1;0.2;2\n0.3;0.1;2\n0.5;0.5;1\n"));
        vm.sequenceRunToEnd();
        SequenceFrame f = vm.sequenceFrameProperty().get();
        assertTrue(f.classifier());
        float[] last = f.outputs().get(2);
        assertEquals(1, last[0] + last[1] + last[2], 1e-5);
    }

    @Test
    void csvMistakesNameTheLineAndColumn() throws Exception {
        IOException e = assertThrows(IOException.class,
                () -> SequenceCsv.read(csv("1,2,3\n4,x,6\n"), 2, 1, false));
        assertTrue(e.getMessage().contains("line 2 column 2"), e.getMessage());
        e = assertThrows(IOException.class, () -> SequenceCsv.read(csv("1,2,3,4,5\n"), 2, 1, false));
        assertTrue(e.getMessage().contains("expected none or 1"), e.getMessage());
        e = assertThrows(IOException.class, () -> SequenceCsv.read(csv("1,2,7\n"), 2, 3, true));
        assertTrue(e.getMessage().contains("class index"), e.getMessage());
        assertNull(SequenceCsv.read(csv("1,2\n3,4\n"), 2, 1, false).actual());

        StepViewModel vm = viewModelFor(regressor());
        vm.openSequence(csv("1,2,3\n4,x,6\n"));
        assertNull(vm.sequenceFrameProperty().get());
        assertTrue(vm.messageProperty().get().contains("line 2"), vm.messageProperty().get());
    }

    @Test
    void aBidirectionalNetworkSaysWhyItCannotStep() throws Exception {
        NetworkConfiguration conf = new NetworkConfiguration.Builder().seed(3).inputSize(2)
                .layer(new GravesBidirectionalLSTM.Builder().nOut(4).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MSE).activation(Activation.IDENTITY).nOut(1).build())
                .build();
        StepViewModel vm = viewModelFor(conf);
        assertEquals(StepViewModel.Mode.UNAVAILABLE, vm.modeProperty().get());
        String why = vm.unavailableTextProperty().get();
        assertTrue(why.contains("cannot be stepped") && why.contains("Bidirectional"), why);
    }

    @Test
    void aVocabularyOfAnotherSizeIsRefusedWithBothSizes() throws Exception {
        Path project = dir.resolve("project");
        Files.createDirectories(project);
        Files.writeString(project.resolve(StepModelLoader.VOCABULARY_FILE),
                "{\"formatVersion\":1,\"vocabulary\":{\"characters\":\"abc\","
                        + "\"lowerCase\":false,\"hasUnknown\":false}}");
        StepViewModel vm = viewModelFor(regressor());
        assertEquals(StepViewModel.Mode.UNAVAILABLE, vm.modeProperty().get());
        assertTrue(vm.unavailableTextProperty().get().contains("3 characters"), vm.unavailableTextProperty().get());
    }

    private Path copyOfSample(String name) throws IOException {
        Path from = Path.of("..", "sample-projects", name).toAbsolutePath();
        Path to = dir.resolve(name);
        try (var files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".rnnwb")) {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    private StepViewModel viewModelIn(Path project, NetworkConfiguration conf) throws IOException {
        new ModelFile().save(new Network(conf).init(), project.resolve(StepModelLoader.MODEL_FILE));
        folder.set(project);
        StepViewModel vm = new StepViewModel(folder, BackgroundRunner.sameThread(), new StepModelLoader(),
                new SnapshotStore(new AtomicFileWriter()));
        vm.refresh();
        return vm;
    }

    @Test
    void aRegressionModelStepsThroughTheProjectsValidationSequencesNormalisedAsInTraining() throws Exception {
        Path project = copyOfSample("regression");
        StepViewModel vm = viewModelIn(project, new NetworkConfiguration.Builder().seed(3).inputSize(1)
                .layer(new GravesLSTM.Builder().nOut(6).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MSE).activation(Activation.IDENTITY).nOut(1).build())
                .build());
        assertEquals(60, vm.projectSequenceNames().size(), "the sample holds out 20% of 300 sequences");
        assertTrue(vm.projectSequencesTextProperty().get().startsWith("Validation sequences")
                && vm.projectSequencesTextProperty().get().contains("normalised"),
                vm.projectSequencesTextProperty().get());

        vm.openProjectSequence(0);
        SequenceFrame f = vm.sequenceFrameProperty().get();
        String file = vm.projectSequenceNames().get(0);
        assertEquals(file, f.data().source());
        List<String> raw = Files.readAllLines(project.resolve("data/features").resolve(file));
        assertEquals(raw.size(), f.data().length(), "ALIGN_START: the sequence's own steps, no padding");
        var normalization = ProjectSequences.open((org.rnnworkbench.app.project.DataSourceSpec.CsvSequences)
                new org.rnnworkbench.app.project.DataSourceStore(new AtomicFileWriter()).load(project).orElseThrow(),
                project).normalization().orElseThrow();
        double expected = (Double.parseDouble(raw.get(3).strip()) - normalization.shift()[0]) / normalization.scale()[0];
        assertEquals(expected, f.data().features()[3][0], 1e-5, "inputs as training saw them");
        assertTrue(Math.abs(f.data().features()[3][0] - Double.parseDouble(raw.get(3).strip())) > 1e-3,
                "the normalisation changes the values, so the check above can tell");

        vm.sequenceRunToEnd();
        vm.verify();
        assertTrue(vm.verifyTextProperty().get().contains("equal output()"), vm.verifyTextProperty().get());
    }

    @Test
    void manyToOneAndOneToManySequencesKeepTheirLabelsWhereTheyAre() throws Exception {
        Path classification = copyOfSample("sequence-classification");
        var spec = (org.rnnworkbench.app.project.DataSourceSpec.CsvSequences)
                new org.rnnworkbench.app.project.DataSourceStore(new AtomicFileWriter()).load(classification)
                        .orElseThrow();
        SequenceData manyToOne = ProjectSequences.open(spec, classification).read(2);
        int last = manyToOne.length() - 1;
        assertTrue(manyToOne.actualClass(last) >= 0, "ALIGN_END: the label sits at the last real step");
        for (int t = 0; t < last; t++) {
            assertEquals(-1, manyToOne.actualClass(t), "no label before the last step, t=" + t);
        }
        assertNull(manyToOne.present(), "every step of the sequence is real; the padding before it is cut off");
        assertEquals(Files.readAllLines(classification.resolve("data/features").resolve(manyToOne.source())).size(),
                manyToOne.length());

        Path oneToMany = copyOfSample("one-to-many");
        StepViewModel vm = viewModelIn(oneToMany, new NetworkConfiguration.Builder().seed(3).inputSize(4)
                .layer(new GravesLSTM.Builder().nOut(6).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(5).build()).build());
        vm.openProjectSequence(0);
        SequenceData pattern = vm.sequenceFrameProperty().get().data();
        assertEquals(12, pattern.length(), "one input step, twelve labelled steps");
        for (int t = 0; t < 12; t++) {
            assertTrue(pattern.isPresent(t), "a labelled step runs the recurrence, as in training");
            assertTrue(pattern.actualClass(t) >= 0);
        }
        vm.sequenceRunToEnd();
        vm.verify();
        assertTrue(vm.verifyTextProperty().get().contains("equal output()"), vm.verifyTextProperty().get());
    }
}
