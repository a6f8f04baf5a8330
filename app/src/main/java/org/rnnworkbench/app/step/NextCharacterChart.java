package org.rnnworkbench.app.step;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.geometry.Pos;
import org.rnnworkbench.app.ui.Styles;

/**
 * The focused stream's most probable next characters as horizontal bars, longest first, each with its
 * probability. Bars are as long as their probability (the whole width is 1), so they can be compared between
 * steps.
 */
final class NextCharacterChart extends VBox {
    private static final double FULL_WIDTH = 150;

    NextCharacterChart(ObservableList<Alternative> alternatives) {
        getStyleClass().add(Styles.NEXT_CHART);
        setId("next-chart");
        alternatives.addListener((ListChangeListener<Alternative>) c -> show(alternatives));
        show(alternatives);
    }

    private void show(List<Alternative> alternatives) {
        getChildren().clear();
        if (alternatives.isEmpty()) {
            Label empty = new Label("Step to see what the network expects next.");
            empty.getStyleClass().add(Styles.HINT);
            empty.setWrapText(true);
            getChildren().add(empty);
            return;
        }
        int i = 0;
        for (Alternative a : alternatives) {
            Label character = new Label(Glyphs.visible(a.text()));
            character.getStyleClass().add(Styles.NEXT_BAR_CHAR);
            Region fill = new Region();
            fill.getStyleClass().add(Styles.NEXT_BAR_FILL);
            double width = Math.max(1, FULL_WIDTH * a.probability());
            fill.setPrefWidth(width);
            fill.setMaxWidth(width);
            StackPane track = new StackPane(fill);
            track.setAlignment(Pos.CENTER_LEFT);
            track.setPrefWidth(FULL_WIDTH);
            track.setMinWidth(FULL_WIDTH);
            Label value = new Label(String.format("%.1f%%", 100 * a.probability()));
            value.getStyleClass().add(Styles.NEXT_BAR_VALUE);
            HBox row = new HBox(character, track, value);
            HBox.setHgrow(value, Priority.ALWAYS);
            row.getStyleClass().add(Styles.NEXT_BAR);
            row.setId("next-bar-" + i++);
            row.setUserData(a.probability());
            getChildren().add(row);
        }
    }
}
