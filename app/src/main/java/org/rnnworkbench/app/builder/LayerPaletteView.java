package org.rnnworkbench.app.builder;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.rnnworkbench.app.ui.Styles;

/**
 * The palette: layer types to drag onto the stack (or double-click to add), and templates to start from.
 */
final class LayerPaletteView extends ScrollPane {

    LayerPaletteView(BuilderViewModel vm) {
        VBox content = new VBox();
        content.getStyleClass().add(Styles.PANEL);

        Label layersTitle = new Label("LAYERS");
        layersTitle.getStyleClass().add(Styles.SECTION_TITLE);
        VBox layers = new VBox(6);
        layers.getStyleClass().add(Styles.PALETTE);
        for (LayerKind kind : LayerKind.values()) {
            layers.getChildren().add(layerItem(kind, vm));
        }
        Label hint = new Label("Drag onto the stack, or double-click to add after the selected layer.");
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        hint.setPadding(new javafx.geometry.Insets(2, 14, 4, 14));

        Label templatesTitle = new Label("TEMPLATES");
        templatesTitle.getStyleClass().add(Styles.SECTION_TITLE);
        VBox templates = new VBox(6);
        templates.getStyleClass().add(Styles.PALETTE);
        for (Template t : Template.values()) {
            templates.getChildren().add(templateItem(t, vm));
        }
        content.getChildren().addAll(layersTitle, layers, hint, templatesTitle, templates);
        setContent(content);
        setFitToWidth(true);
        setFitToHeight(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setPrefWidth(232);
        setMinWidth(200);
    }

    private static HBox layerItem(LayerKind kind, BuilderViewModel vm) {
        Region swatch = new Region();
        swatch.getStyleClass().add(Styles.PALETTE_SWATCH);
        Label name = new Label(kind == LayerKind.BIDIRECTIONAL ? "Bidirectional(…)" : kind.guideName());
        HBox item = new HBox(swatch, name);
        item.getStyleClass().addAll(Styles.PALETTE_ITEM, LayerCard.categoryOf(kind));
        item.setId("palette-" + kind.guideName());
        Tooltip.install(item, new Tooltip(kind.explanation()));
        item.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.addLayer(kind);
            }
        });
        item.setOnDragDetected(e -> {
            Dragboard db = item.startDragAndDrop(TransferMode.COPY);
            ClipboardContent c = new ClipboardContent();
            c.put(LayerDrag.FORMAT, LayerDrag.add(kind));
            db.setContent(c);
            db.setDragView(item.snapshot(null, null), e.getX(), e.getY());
            e.consume();
        });
        return item;
    }

    private static VBox templateItem(Template t, BuilderViewModel vm) {
        Label title = new Label(t.title());
        Label text = new Label(t.description());
        text.getStyleClass().add(Styles.HINT);
        text.setWrapText(true);
        VBox item = new VBox(3, title, text);
        item.getStyleClass().add(Styles.TEMPLATE_ITEM);
        item.setId("template-" + t.name());
        Tooltip.install(item, new Tooltip("Double-click to replace the network with this template (undoable)"));
        item.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.applyTemplate(t);
            }
        });
        return item;
    }
}
