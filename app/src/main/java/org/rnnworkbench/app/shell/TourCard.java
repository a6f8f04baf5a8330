package org.rnnworkbench.app.shell;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.rnnworkbench.app.ui.Styles;

/**
 * The guided tour's card, floating over the corner of the area it talks about; it never blocks the window, so
 * the user can try each area while reading. Esc or "Skip tour" closes it for good.
 */
final class TourCard extends VBox {
    private static final double WIDTH = 380;

    TourCard(GuidedTour tour) {
        setId("tour-card");
        getStyleClass().add(Styles.TOUR_CARD);
        setSpacing(8);
        setMaxWidth(WIDTH);
        setMaxHeight(Region.USE_PREF_SIZE);

        Label step = new Label();
        step.getStyleClass().add(Styles.MUTED);
        step.textProperty().bind(Bindings.createStringBinding(() -> tour.indexProperty().get() < 0 ? ""
                : "Tour · " + (tour.indexProperty().get() + 1) + " of " + GuidedTour.STOPS.size(),
                tour.indexProperty()));
        Label title = new Label();
        title.getStyleClass().add(Styles.TOUR_TITLE);
        title.textProperty().bind(Bindings.createStringBinding(() -> tour.stopProperty().get() == null ? ""
                : tour.stopProperty().get().title(), tour.stopProperty()));
        Label text = new Label();
        text.setWrapText(true);
        text.setMaxWidth(WIDTH - 32);
        text.textProperty().bind(Bindings.createStringBinding(() -> tour.stopProperty().get() == null ? ""
                : tour.stopProperty().get().text(), tour.stopProperty()));

        Button skip = new Button("Skip tour");
        skip.setId("tour-skip");
        skip.setOnAction(e -> tour.dismiss());
        Button back = new Button("Back");
        back.setId("tour-back");
        back.disableProperty().bind(tour.indexProperty().lessThanOrEqualTo(0));
        back.setOnAction(e -> tour.back());
        Button next = new Button();
        next.setId("tour-next");
        next.getStyleClass().add(Styles.PRIMARY_BUTTON);
        next.textProperty().bind(Bindings.when(tour.indexProperty().isEqualTo(GuidedTour.STOPS.size() - 1))
                .then("Done").otherwise("Next"));
        next.setOnAction(e -> tour.next());
        next.setDefaultButton(false);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, skip, gap, back, next);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        getChildren().addAll(step, title, text, buttons);
        visibleProperty().bind(tour.showingProperty());
        managedProperty().bind(visibleProperty());
    }
}
