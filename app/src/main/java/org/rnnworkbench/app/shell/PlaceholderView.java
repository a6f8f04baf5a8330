package org.rnnworkbench.app.shell;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.rnnworkbench.app.ui.Styles;

/** Shows what an area will hold until it is built, and whether the model is ready for it. */
final class PlaceholderView extends VBox {

    PlaceholderView(PlaceholderViewModel vm, Area area) {
        getStyleClass().addAll(Styles.AREA, Styles.PLACEHOLDER);
        javafx.scene.shape.SVGPath glyph = new javafx.scene.shape.SVGPath();
        glyph.setContent(NavigationBar.GLYPHS.get(area));
        glyph.getStyleClass().add(Styles.PLACEHOLDER_GLYPH);
        glyph.setScaleX(2.4);
        glyph.setScaleY(2.4);
        javafx.scene.layout.StackPane badge = new javafx.scene.layout.StackPane(glyph);
        badge.getStyleClass().add(Styles.PLACEHOLDER_BADGE);
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
        readiness.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        readiness.getStyleClass().add(Styles.READINESS);
        readiness.pseudoClassStateChanged(Styles.VALID, vm.readyProperty().get());
        vm.readyProperty().addListener((obs, was, is) -> readiness.pseudoClassStateChanged(Styles.VALID, is));
        readiness.textProperty().bind(vm.readinessProperty());
        readiness.setId("readiness-" + vm.title());
        getChildren().addAll(badge, title, purpose, coming, readiness);
    }
}
