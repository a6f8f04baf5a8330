package org.rnnworkbench.app.builder;

import java.text.NumberFormat;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.rnnworkbench.app.ui.Styles;

/**
 * One layer in the stack: type, main settings, output shape and parameter count, and the engine's message when
 * the configuration fails at this layer. Built from a {@link LayerSummary}; the stack rebuilds cards on change.
 */
final class LayerCard extends HBox {
    /** Two overlapping sheets, 14 px. */
    private static final String DUPLICATE_ICON = "M5 5h9v9H5z M1 1h9v2H3v7H1z";
    /** A cross, 12 px. */
    private static final String DELETE_ICON = "M2 0.6L6 4.6L10 0.6L11.4 2L7.4 6L11.4 10L10 11.4L6 7.4L2 11.4L0.6 10"
            + "L4.6 6L0.6 2z";
    private final int index;

    LayerCard(LayerSummary summary, LayerKind kind, boolean selected, BuilderViewModel vm) {
        this.index = summary.index();
        getStyleClass().addAll(Styles.LAYER_CARD, categoryOf(kind));
        setId("layer-card-" + summary.index());
        pseudoClassStateChanged(Styles.SELECTED, selected);
        pseudoClassStateChanged(Styles.ERROR, summary.hasError());

        Region stripe = new Region();
        stripe.getStyleClass().add(Styles.LAYER_STRIPE);

        Label number = new Label(String.valueOf(summary.index()));
        number.getStyleClass().add(Styles.LAYER_INDEX);
        Label title = new Label(summary.typeName());
        title.getStyleClass().add(Styles.LAYER_TITLE);
        title.setTooltip(new Tooltip(kind.explanation()));
        Label detail = new Label(summary.detail());
        detail.getStyleClass().add(Styles.LAYER_DETAIL);
        HBox titleRow = new HBox(8, number, title);
        titleRow.setAlignment(Pos.BASELINE_LEFT);

        Label shape = new Label(summary.outputShape());
        shape.getStyleClass().add(Styles.LAYER_SHAPE);
        shape.setTooltip(new Tooltip("Output shape: [miniBatch, nOut, time]"
                + (kind == LayerKind.DENSE ? "; a DenseLayer sees each time step as one row, [miniBatch·time, nOut]"
                        : "")));
        Label params = new Label(summary.numParams() < 0 ? "— params"
                : NumberFormat.getIntegerInstance(Locale.ROOT).format(summary.numParams()) + " params");
        params.getStyleClass().add(Styles.LAYER_PARAMS);
        params.setTooltip(new Tooltip("Parameters, input and recurrent weights and biases included"));

        Button duplicate = iconButton(DUPLICATE_ICON, "Duplicate this layer (Ctrl+D)", "duplicate-" + summary.index());
        duplicate.setOnAction(e -> vm.duplicateLayer(index));
        Button delete = iconButton(DELETE_ICON, "Delete this layer (Delete)", "delete-" + summary.index());
        delete.setOnAction(e -> vm.removeLayer(index));

        VBox left = new VBox(3, titleRow, detail);
        HBox.setHgrow(left, Priority.ALWAYS);
        VBox right = new VBox(4, shape, params);
        right.setAlignment(Pos.CENTER_RIGHT);
        HBox actions = new HBox(0, duplicate, delete);
        actions.setAlignment(Pos.CENTER);
        HBox row = new HBox(14, left, right, actions);
        row.setAlignment(Pos.CENTER_LEFT);

        VBox body = new VBox(8, row);
        body.setPadding(new Insets(11, 10, 11, 14));
        HBox.setHgrow(body, Priority.ALWAYS);
        summary.error().ifPresent(message -> {
            Label error = new Label("⚠  " + message);
            error.getStyleClass().add(Styles.LAYER_ERROR);
            error.setId("layer-error-" + summary.index());
            error.setWrapText(true);
            error.setMaxWidth(Double.MAX_VALUE);
            body.getChildren().add(error);
        });
        getChildren().addAll(stripe, body);
        setOnMouseClicked(e -> vm.select(index));
    }

    int index() {
        return index;
    }

    private static Button iconButton(String svg, String tooltip, String id) {
        javafx.scene.shape.SVGPath icon = new javafx.scene.shape.SVGPath();
        icon.setContent(svg);
        icon.getStyleClass().add(Styles.ICON);
        Button b = new Button(null, icon);
        b.getStyleClass().add(Styles.ICON_BUTTON);
        b.setTooltip(new Tooltip(tooltip));
        b.setId(id);
        b.setFocusTraversable(false);
        return b;
    }

    static String categoryOf(LayerKind kind) {
        switch (kind) {
            case BIDIRECTIONAL:
                return Styles.KIND_BIDIRECTIONAL;
            case DENSE:
                return Styles.KIND_DENSE;
            case RNN_OUTPUT:
                return Styles.KIND_OUTPUT;
            default:
                return Styles.KIND_RECURRENT;
        }
    }
}
