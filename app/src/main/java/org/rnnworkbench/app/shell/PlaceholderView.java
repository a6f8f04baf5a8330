package org.rnnworkbench.app.shell;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.rnnworkbench.app.ui.Styles;

/** Shows what an area will hold until it is built, and whether the model is ready for it. */
final class PlaceholderView extends VBox {

    PlaceholderView(PlaceholderViewModel vm) {
        getStyleClass().addAll(Styles.AREA, Styles.PLACEHOLDER);
        Label title = new Label(vm.title());
        title.getStyleClass().add(Styles.PLACEHOLDER_TITLE);
        Label purpose = new Label(vm.purpose());
        purpose.getStyleClass().add(Styles.PLACEHOLDER_TEXT);
        purpose.setWrapText(true);
        Label coming = new Label(vm.comingNote());
        coming.getStyleClass().add(Styles.HINT);
        Label readiness = new Label();
        readiness.getStyleClass().add(Styles.MUTED);
        readiness.setWrapText(true);
        readiness.setMaxWidth(560);
        readiness.textProperty().bind(vm.readinessProperty());
        readiness.setId("readiness-" + vm.title());
        getChildren().addAll(title, purpose, coming, readiness);
    }
}
