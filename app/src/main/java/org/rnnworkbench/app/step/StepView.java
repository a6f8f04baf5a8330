package org.rnnworkbench.app.step;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.rnnworkbench.app.ui.Styles;

/**
 * The Step area: a banner naming the loaded model, then the character or the numeric view; or, when nothing
 * can be stepped, the reason and what to do. Looks for a newer model every time it is shown.
 */
public final class StepView extends BorderPane {
    private final StepViewModel vm;
    private final Consumer<StepRemedy> remedies;
    private CharacterStepView characters;
    private SequenceStepView sequences;

    /**
     * @param vm the area's view-model
     * @param remedies what a remedy button does outside the area (save, go to Train or Data); {@link
     *     StepRemedy#RELOAD} is handled here
     */
    public StepView(StepViewModel vm, Consumer<StepRemedy> remedies) {
        this.vm = vm;
        this.remedies = remedies;
        getStyleClass().add(Styles.AREA);
        setId("step-view");
        HBox banner = new HBox(10);
        banner.getStyleClass().add(Styles.BANNER);
        Label model = new Label();
        model.setId("step-model");
        model.getStyleClass().add(Styles.BANNER_TEXT);
        model.textProperty().bind(javafx.beans.binding.Bindings.concat(StepModelLoader.MODEL_FILE + ": ",
                vm.modelTextProperty()));
        Label note = new Label();
        note.getStyleClass().add(Styles.MUTED);
        note.textProperty().bind(vm.noteTextProperty());
        note.setWrapText(true);
        HBox.setHgrow(note, Priority.ALWAYS);
        Button reload = new Button("Reload");
        reload.setTooltip(new javafx.scene.control.Tooltip("Read " + StepModelLoader.MODEL_FILE + " again"));
        reload.setOnAction(e -> vm.reload());
        reload.disableProperty().bind(vm.busyProperty());
        banner.getChildren().addAll(model, note, reload);
        banner.setAlignment(Pos.CENTER_LEFT);

        vm.modeProperty().addListener((obs, was, is) -> show(is, banner));
        show(vm.modeProperty().get(), banner);
        sceneProperty().addListener((obs, was, is) -> {
            if (is != null) {
                vm.refresh();
            }
        });
    }

    private void show(StepViewModel.Mode mode, HBox banner) {
        switch (mode) {
            case CHARACTER:
                if (characters == null) {
                    characters = new CharacterStepView(vm);
                }
                setTop(banner);
                setCenter(characters);
                break;
            case SEQUENCE:
                if (sequences == null) {
                    sequences = new SequenceStepView(vm);
                }
                setTop(banner);
                setCenter(sequences);
                break;
            case LOADING:
                setTop(null);
                ProgressIndicator progress = new ProgressIndicator();
                progress.setMaxSize(48, 48);
                VBox loading = new VBox(14, progress, new Label("Loading " + StepModelLoader.MODEL_FILE + "…"));
                loading.getStyleClass().add(Styles.PLACEHOLDER);
                setCenter(loading);
                break;
            case UNAVAILABLE:
            default:
                setTop(null);
                setCenter(unavailable());
                break;
        }
    }

    private VBox unavailable() {
        Label title = new Label("Nothing to step yet");
        title.getStyleClass().add(Styles.PLACEHOLDER_TITLE);
        Label reason = new Label();
        reason.setId("step-unavailable");
        reason.getStyleClass().add(Styles.PLACEHOLDER_TEXT);
        reason.setWrapText(true);
        reason.textProperty().bind(vm.unavailableTextProperty());
        Button action = new Button();
        action.setId("step-remedy");
        action.getStyleClass().add(Styles.PRIMARY_BUTTON);
        StepRemedy remedy = vm.remedyProperty().get() == null ? StepRemedy.RELOAD : vm.remedyProperty().get();
        action.setText(remedy.action());
        action.setOnAction(e -> {
            if (remedy == StepRemedy.RELOAD) {
                vm.reload();
            } else {
                remedies.accept(remedy);
            }
        });
        Button again = new Button("Look again");
        again.setOnAction(e -> vm.reload());
        HBox buttons = new HBox(10, action);
        if (remedy != StepRemedy.RELOAD) {
            buttons.getChildren().add(again);
        }
        buttons.setAlignment(Pos.CENTER);
        Label purpose = new Label("Here a trained network runs one time step at a time with rnnTimeStep: a "
                + "character model writes text while you watch its probabilities and its memory.");
        purpose.getStyleClass().add(Styles.MUTED);
        purpose.setWrapText(true);
        purpose.setMaxWidth(560);
        VBox box = new VBox(14, title, reason, buttons, purpose);
        box.getStyleClass().addAll(Styles.PLACEHOLDER);
        return box;
    }
}
