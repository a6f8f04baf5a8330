package org.rnnworkbench.app.project;

import java.util.Objects;
import org.rnnworkbench.app.builder.ModelDraft;

/**
 * Everything a project file holds today: its name, the network draft and free notes. The draft is stored as
 * built in the builder, valid or not, so that no work is lost; the engine's configuration is stored beside it
 * when the draft is valid.
 *
 * @param name the project's display name
 * @param model the network draft
 * @param notes the user's notes
 */
public record ProjectDocument(String name, ModelDraft model, String notes) {

    public ProjectDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(model, "model");
        notes = notes == null ? "" : notes;
    }

    public ProjectDocument withName(String newName) {
        return new ProjectDocument(newName, model, notes);
    }

    public ProjectDocument withModel(ModelDraft newModel) {
        return new ProjectDocument(name, newModel, notes);
    }
}
