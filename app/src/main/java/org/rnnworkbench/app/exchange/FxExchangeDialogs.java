package org.rnnworkbench.app.exchange;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.rnnworkbench.app.exchange.Dl4jExchange.ExportPlan;

/** The model-exchange dialogs of the running application, owned by the main window. */
public final class FxExchangeDialogs implements ExchangeDialogs {
    private static final double TEXT_WIDTH = 560;

    private final Supplier<Window> owner;
    private File lastFolder;

    /** @param owner the window the dialogs belong to (looked up when a dialog opens) */
    public FxExchangeDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<ExportChoice> askExport(ExportPlan plan) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle("Export to DL4J");
        dialog.setHeaderText("Export the trained network as a DL4J MultiLayerNetwork zip");
        ButtonType export = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);

        VBox content = new VBox(10);
        content.setId("export-dialog");
        content.getChildren().add(wrapped(plan.description() + "."));
        if (plan.differences().isEmpty()) {
            content.getChildren().add(wrapped("DL4J computes the same outputs and updates as the engine for this "
                    + "network."));
        } else {
            content.getChildren().add(wrapped("What DL4J does differently with this network:"));
            VBox list = new VBox(4);
            list.setId("export-differences");
            for (String difference : plan.differences()) {
                list.getChildren().add(wrapped("• " + difference));
            }
            content.getChildren().add(list);
        }
        CheckBox updater = new CheckBox("Include the updater state, so that DL4J continues training where this "
                + "network stopped");
        updater.setId("export-updater-state");
        updater.setWrapText(true);
        updater.setMaxWidth(TEXT_WIDTH);
        updater.setSelected(true);
        content.getChildren().add(updater);
        dialog.getDialogPane().setContent(content);
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != export) {
            return Optional.empty();
        }

        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export to DL4J");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("DL4J model (zip)", "*.zip"));
        chooser.setInitialFileName("model-dl4j.zip");
        initialFolder(chooser);
        File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(new ExportChoice(file.toPath(), updater.isSelected()));
    }

    @Override
    public Optional<Path> chooseDl4jModel() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a DL4J model (a MultiLayerNetwork zip)");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("DL4J model (zip)", "*.zip"));
        initialFolder(chooser);
        File file = chooser.showOpenDialog(owner.get());
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }

    @Override
    public Optional<Path> chooseNewProjectFolder(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("New project for the imported model (a folder of this name holds it)");
        chooser.setInitialFileName(suggestedName);
        initialFolder(chooser);
        File folder = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(folder).map(File::toPath);
    }

    @Override
    public void showInformation(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    private void show(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setContent(wrapped(message));
        alert.showAndWait();
    }

    private void initialFolder(FileChooser chooser) {
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(TEXT_WIDTH);
        return label;
    }
}
