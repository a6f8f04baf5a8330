package org.rnnworkbench.app.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.Convolution1DLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.rnnworkbench.app.concurrent.BackgroundRunner;
import org.rnnworkbench.app.exchange.Dl4jExchange.ExportPlan;
import org.rnnworkbench.app.project.ProjectFormat;
import org.rnnworkbench.app.project.ProjectStore;
import org.rnnworkbench.model.conf.Adam;
import org.rnnworkbench.model.conf.GravesLSTM;
import org.rnnworkbench.model.conf.LossFunction;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.conf.RnnOutputLayer;
import org.rnnworkbench.model.io.ModelFile;
import org.rnnworkbench.model.nn.Network;

/** File → Export to DL4J and Import DL4J Model, with scripted answers and the work on the calling thread. */
class ExchangeViewModelTest {
    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<Path> opened = new ArrayList<>();

    private ExchangeViewModel viewModel(Path projectFolder) {
        return new ExchangeViewModel(new SimpleObjectProperty<>(projectFolder), new Dl4jExchange(),
                BackgroundRunner.sameThread(), dialogs, opened::add);
    }

    private static Network trainedNetwork() {
        NetworkConfiguration conf = new NetworkConfiguration.Builder().seed(7).updater(new Adam(0.01)).inputSize(3)
                .layer(new GravesLSTM.Builder().nOut(5).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(2).build()).build();
        return new Network(conf).init();
    }

    @Test
    void aProjectsNetworkGoesToDl4jAndComesBackAsANewProjectWithTheSameOutputs() throws Exception {
        Path project = Files.createDirectories(dir.resolve("original"));
        Network network = trainedNetwork();
        new ModelFile().save(network, project.resolve(Dl4jExchange.MODEL_FILE));
        Path zip = dir.resolve("exported.zip");
        dialogs.exportAnswer = Optional.of(new ExchangeDialogs.ExportChoice(zip, true));

        ExchangeViewModel vm = viewModel(project);
        vm.exportToDl4j();

        assertEquals(List.of(), dialogs.errors);
        assertTrue(Files.isRegularFile(zip));
        assertTrue(dialogs.plan.description().startsWith("2 layers"), dialogs.plan.description());
        MultiLayerNetwork theirs = ModelSerializer.restoreMultiLayerNetwork(zip.toFile(), true);
        INDArray input = Nd4j.rand(DataType.FLOAT, 2, 3, 6);
        INDArray ours = network.output(input);
        assertTrue(ours.equalsWithEps(theirs.output(input), 1e-5), "DL4J computes what the engine computes");

        Path imported = dir.resolve("imported");
        dialogs.modelToImport = Optional.of(zip);
        dialogs.newProjectFolder = Optional.of(imported);
        vm.importFromDl4j();

        assertEquals(List.of(), dialogs.errors);
        assertEquals(List.of(imported), opened, "the new project is opened");
        assertEquals("exported", dialogs.suggestedName, "the project is named after the zip");
        assertTrue(Files.isRegularFile(imported.resolve(ProjectStore.PROJECT_FILE)));
        Network back = new ModelFile().load(imported.resolve(Dl4jExchange.MODEL_FILE));
        assertTrue(ours.equalsWithEps(back.output(input), 1e-6), "the imported network is the exported one");
        String projectJson = Files.readString(imported.resolve(ProjectStore.PROJECT_FILE));
        assertEquals(network.getConfiguration(), new ProjectFormat().read(projectJson, imported).model()
                .toConfigurationBuilder().build(), "the project's model is the network's configuration");
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void exportWithoutATrainedNetworkSaysWhatToDo() {
        viewModel(dir).exportToDl4j();
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("train it"), dialogs.errors.get(0));
        viewModel(null).exportToDl4j();
        assertTrue(dialogs.errors.get(1).contains("Save the project"), dialogs.errors.get(1));
    }

    @Test
    void anImportWithUnsupportedLayersListsThemAndMakesNoProject() throws IOException {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder().seed(1).list()
                .layer(new Convolution1DLayer.Builder().kernelSize(1).nIn(3).nOut(4).build())
                .layer(new org.deeplearning4j.nn.conf.layers.RnnOutputLayer.Builder(
                        LossFunctions.LossFunction.MCXENT).nIn(4).nOut(2).activation(Activation.SOFTMAX).build());
        list.setInputType(InputType.recurrent(3));
        MultiLayerNetwork theirs = new MultiLayerNetwork(list.build());
        theirs.init();
        Path zip = dir.resolve("conv.zip");
        ModelSerializer.writeModel(theirs, zip.toFile(), false);
        dialogs.modelToImport = Optional.of(zip);
        dialogs.newProjectFolder = Optional.of(dir.resolve("conv"));

        viewModel(null).importFromDl4j();

        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("Convolution1DLayer"), dialogs.errors.get(0));
        assertEquals(List.of(), opened);
        assertFalse(Files.exists(dir.resolve("conv").resolve(ProjectStore.PROJECT_FILE)));
    }

    @Test
    void cancellingAnyQuestionDoesNothing() throws IOException {
        Path project = Files.createDirectories(dir.resolve("p"));
        new ModelFile().save(trainedNetwork(), project.resolve(Dl4jExchange.MODEL_FILE));
        ExchangeViewModel vm = viewModel(project);
        vm.exportToDl4j();
        vm.importFromDl4j();
        assertEquals(List.of(), dialogs.errors);
        assertEquals(List.of(), opened);
        assertFalse(vm.busyProperty().get(), "a cancelled export leaves the menu usable");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "nothing written");
        }
    }

    private static final class ScriptedDialogs implements ExchangeDialogs {
        Optional<ExportChoice> exportAnswer = Optional.empty();
        Optional<Path> modelToImport = Optional.empty();
        Optional<Path> newProjectFolder = Optional.empty();
        ExportPlan plan;
        String suggestedName;
        final List<String> errors = new ArrayList<>();

        @Override
        public Optional<ExportChoice> askExport(ExportPlan plan) {
            this.plan = plan;
            return exportAnswer;
        }

        @Override
        public Optional<Path> chooseDl4jModel() {
            return modelToImport;
        }

        @Override
        public Optional<Path> chooseNewProjectFolder(String suggestedName) {
            this.suggestedName = suggestedName;
            return newProjectFolder;
        }

        @Override
        public void showInformation(String title, String message) {
        }

        @Override
        public void showError(String title, String message) {
            errors.add(title + ": " + message);
        }
    }
}
