package org.rnnworkbench.app.step;

import java.util.Objects;
import org.rnnworkbench.model.data.CharacterVocabulary;
import org.rnnworkbench.model.nn.Network;

/**
 * A trained network ready to step, with its vocabulary when it is a character model.
 *
 * @param network the network, loaded from the project's model file
 * @param vocabulary the characters it reads and writes, or {@code null} for a numeric sequence model
 * @param description one line about the model, e.g. {@code 2 × GravesLSTM(200) → RnnOutputLayer(77)}
 * @param note anything the user should know about how it was loaded, or empty
 */
public record LoadedModel(Network network, CharacterVocabulary vocabulary, String description, String note) {

    public LoadedModel {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(description, "description");
        note = note == null ? "" : note;
    }

    public boolean isCharacterModel() {
        return vocabulary != null;
    }

    /** Whether the output layer is a softmax: class probabilities rather than values. */
    public boolean isClassifier() {
        return network.getConfiguration().outputLayer().activation() == org.rnnworkbench.model.conf.Activation.SOFTMAX;
    }
}
