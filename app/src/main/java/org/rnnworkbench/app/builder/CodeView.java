package org.rnnworkbench.app.builder;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.rnnworkbench.app.ui.Styles;
import org.rnnworkbench.model.conf.ConfigurationJson;

/**
 * The draft as code: the Java builder calls for the engine's API and, when the draft is valid, the engine's
 * JSON. Read-only and copyable; updated on every edit.
 */
final class CodeView extends VBox {
    private final JavaCodeGenerator generator = new JavaCodeGenerator();
    private final ConfigurationJson json = new ConfigurationJson();
    private final TextArea java = new TextArea();
    private final TextArea config = new TextArea();

    CodeView(BuilderViewModel vm) {
        setSpacing(8);
        getStyleClass().add(Styles.PANEL_HEADER);
        for (TextArea area : new TextArea[] {java, config}) {
            area.setEditable(false);
            area.getStyleClass().add(Styles.MONO);
            area.setWrapText(false);
            VBox.setVgrow(area, Priority.ALWAYS);
        }
        java.setId("code-java");
        config.setId("code-json");
        getChildren().addAll(header("Java", java), java, header("JSON (ConfigurationJson)", config), config);
        vm.reportProperty().addListener((obs, was, is) -> show(vm));
        show(vm);
    }

    private HBox header(String title, TextArea source) {
        Label label = new Label(title);
        label.getStyleClass().add(Styles.LAYER_TITLE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button copy = new Button("Copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(source.getText());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        return new HBox(8, label, spacer, copy);
    }

    private void show(BuilderViewModel vm) {
        java.setText(generator.generate(vm.draft(), "ModelConfig"));
        config.setText(vm.report().configuration().map(json::toJson)
                .orElse("// the engine's JSON appears once the model is valid:\n// " + vm.statusTextProperty().get()));
    }
}
