package org.rnnworkbench.app.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.rnnworkbench.app.project.ProjectStore;

/** The dialogs of the running application: alerts and file choosers owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private File lastFolder;

    /** @param owner the window the dialogs belong to (looked up when a dialog opens) */
    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        titleAndMessage(alert, title, message);
        alert.showAndWait();
    }

    @Override
    public CloseDecision askSaveChanges(String projectName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, cancel);
        alert.initOwner(owner.get());
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to \"" + projectName + "\"?");
        alert.setContentText("Your changes are lost if you don't save them.");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        if (answer == save) {
            return CloseDecision.SAVE;
        }
        return answer == discard ? CloseDecision.DISCARD : CloseDecision.CANCEL;
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.YES, ButtonType.NO);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().orElse(ButtonType.NO) == ButtonType.YES;
    }

    @Override
    public boolean confirmAction(String title, String message, String action) {
        ButtonType go = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", go, cancel);
        titleAndMessage(alert, title, message);
        // Enter must not stop a run by accident: Cancel is the default
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(go)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return alert.showAndWait().orElse(cancel) == go;
    }

    @Override
    public Optional<Path> chooseProjectToOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open project (choose its project.json)");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("RNN Workbench project",
                ProjectStore.PROJECT_FILE));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON files", "*.json"));
        if (lastFolder != null) {
            chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showOpenDialog(owner.get());
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile() != null ? file.getParentFile().getParentFile() : null;
        return Optional.of(file.toPath());
    }

    @Override
    public Optional<Path> chooseSaveLocation(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save project as (a folder of this name holds the project)");
        chooser.setInitialFileName(suggestedName);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File folder = chooser.showSaveDialog(owner.get());
        if (folder == null) {
            return Optional.empty();
        }
        lastFolder = folder.getParentFile();
        return Optional.of(folder.toPath());
    }

    /** Owner, title as window title and header, and the message wrapped at a readable width. */
    private void titleAndMessage(Alert alert, String title, String message) {
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
    }
}
