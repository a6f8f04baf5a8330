package org.rnnworkbench.app.step;

import org.rnnworkbench.app.project.AtomicFileWriter;
import org.rnnworkbench.app.project.DataSourceStore;
import org.rnnworkbench.app.project.ProjectFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.factory.Nd4j;
import org.rnnworkbench.model.conf.Bidirectional;
import org.rnnworkbench.model.conf.LayerConf;
import org.rnnworkbench.model.data.CharacterVocabulary;
import org.rnnworkbench.model.io.ModelFile;
import org.rnnworkbench.model.nn.Network;

/**
 * Finds what the Step area steps in a project folder: the trained network {@value #MODEL_FILE} (written by the
 * Train area) and, for a character model, {@value #VOCABULARY_FILE} beside it (written by the Data area). When
 * something is missing or the network cannot step, says so with what would help.
 */
public final class StepModelLoader {
    public static final String MODEL_FILE = "model.rnnwb";
    public static final String VOCABULARY_FILE = "vocabulary.json";

    private final ModelFile modelFile = new ModelFile();
    /** The Data area's store, so that the vocabulary is read in exactly the form it is written. */
    private final DataSourceStore dataStore = new DataSourceStore(new AtomicFileWriter());

    /**
     * @param projectFolder the project's folder, {@code null} for a project never saved
     * @throws StepUnavailableException when there is nothing to step, with the reason and a remedy
     */
    public LoadedModel load(Path projectFolder) throws StepUnavailableException {
        if (projectFolder == null) {
            throw new StepUnavailableException("This project is not saved in a folder yet. The Step area reads the "
                    + "trained network (" + MODEL_FILE + ") from the project folder: save the project, then train "
                    + "it.", StepRemedy.SAVE_PROJECT);
        }
        Path model = projectFolder.resolve(MODEL_FILE);
        if (!Files.isRegularFile(model)) {
            throw new StepUnavailableException("No trained model yet: " + MODEL_FILE + " is not in " + projectFolder
                    + ". Train the model first; the Train area saves it there.", StepRemedy.TRAIN);
        }
        Network network;
        try {
            network = modelFile.load(model);
        } catch (IOException | RuntimeException e) {
            throw new StepUnavailableException("The trained model could not be read: " + e.getMessage()
                    + ". Train the model again to replace it.", StepRemedy.TRAIN);
        }
        String stepProblem = stepProblem(network);
        if (stepProblem != null) {
            throw new StepUnavailableException("This network cannot be stepped one time step at a time: "
                    + stepProblem, StepRemedy.RELOAD);
        }
        String description = describe(network);
        int in = network.getConfiguration().inputSize();
        int out = network.getConfiguration().outputSize();
        Path vocabularyFile = projectFolder.resolve(VOCABULARY_FILE);
        if (!Files.isRegularFile(vocabularyFile)) {
            String note = in == out
                    ? "No " + VOCABULARY_FILE + " beside the model, so it is stepped as a numeric sequence model. "
                    + "For a character model, import its text in the Data area." : "";
            return new LoadedModel(network, null, description, note);
        }
        CharacterVocabulary vocabulary;
        try {
            vocabulary = dataStore.loadVocabulary(projectFolder).orElseThrow();
        } catch (ProjectFileException e) {
            throw new StepUnavailableException(e.getMessage() + ". Import the text again in the Data area.",
                    StepRemedy.IMPORT_TEXT);
        }
        if (vocabulary.size() != in || vocabulary.size() != out) {
            throw new StepUnavailableException("The vocabulary has " + vocabulary.size() + " characters but the "
                    + "model reads " + in + " and writes " + out + " values per step; they were made from different "
                    + "texts. Train the model again on the imported text.", StepRemedy.TRAIN);
        }
        return new LoadedModel(network, vocabulary, description, "");
    }

    /** Why {@code rnnTimeStep} refuses this network, in the engine's words, or null when it steps. */
    static String stepProblem(Network network) {
        for (LayerConf layer : network.getConfiguration().layers()) {
            if (layer instanceof Bidirectional) {
                try {
                    network.rnnTimeStep(Nd4j.zeros(network.getConfiguration().dataType(), 1,
                            network.getConfiguration().inputSize()));
                } catch (IllegalStateException e) {
                    return e.getMessage();
                } finally {
                    network.rnnClearPreviousState();
                }
            }
        }
        return null;
    }

    /** E.g. {@code GravesLSTM(200) → GravesLSTM(200) → RnnOutputLayer(77)}, from the input size on. */
    static String describe(Network network) {
        List<String> parts = new ArrayList<>();
        parts.add("input " + network.getConfiguration().inputSize());
        for (LayerConf l : network.getConfiguration().layers()) {
            parts.add(l.typeName() + "(" + l.nOut() + ")");
        }
        return String.join(" → ", parts) + "; " + String.format("%,d", network.numParams()) + " parameters, "
                + String.format("%,d", network.getIterationCount()) + " updates";
    }
}
