package org.rnnworkbench.app.shell;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.rnnworkbench.app.ui.Styles;
import org.rnnworkbench.app.ui.ThemeStylesheets;

/** A window with the help topics on the left and the chosen page on the right; one per workbench window. */
final class HelpWindow {
    private final Stage stage = new Stage();
    private final ListView<HelpTopic> topics = new ListView<>();
    private final VBox page = new VBox();

    HelpWindow(Window owner, ThemeChoice theme) {
        stage.initOwner(owner);
        stage.setTitle("RNN Workbench Help");
        topics.getItems().setAll(HelpTopic.values());
        topics.setPrefWidth(220);
        topics.getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> {
            if (is != null) {
                render(is);
            }
        });
        page.getStyleClass().add(Styles.HELP);
        page.setId("help-page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(topics, scroll);
        split.setDividerPositions(0.27);
        Scene scene = new Scene(split, 860, 600);
        ThemeStylesheets.apply(scene, theme);
        stage.setScene(scene);
    }

    void show(HelpTopic topic, ThemeChoice theme) {
        ThemeStylesheets.apply(stage.getScene(), theme);
        topics.getSelectionModel().select(topic);
        render(topic);
        stage.show();
        stage.toFront();
    }

    private void render(HelpTopic topic) {
        page.getChildren().clear();
        for (HelpPage.Block block : HelpPage.load(topic)) {
            Label label = new Label(block.text());
            label.setWrapText(true);
            label.setMaxWidth(Double.MAX_VALUE);
            switch (block.kind()) {
                case HEADING:
                    label.getStyleClass().add(Styles.HELP_HEADING);
                    break;
                case CODE:
                    label.getStyleClass().add(Styles.HELP_CODE);
                    label.setWrapText(false);
                    break;
                default:
                    label.getStyleClass().add(Styles.HELP_PARAGRAPH);
            }
            page.getChildren().add(label);
        }
    }
}
