package org.rnnworkbench.app.builder;

import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.rnnworkbench.app.ui.Styles;

/**
 * The Model area: palette on the left, the layer stack in the middle under a banner with the engine's
 * verdict, and the property editor (selected layer, whole network) on the right.
 */
public final class BuilderView extends BorderPane {

    /**
     * @param vm the builder's view-model
     * @param canTrain whether training may start (valid model, idle engine)
     * @param onTrain what the Train button does
     */
    public BuilderView(BuilderViewModel vm, BooleanBinding canTrain, Runnable onTrain) {
        getStyleClass().add(Styles.AREA);
        setId("builder-view");

        LayerStackView stack = new LayerStackView(vm);

        HBox banner = new HBox();
        banner.getStyleClass().add(Styles.BANNER);
        banner.setId("validation-banner");
        Label status = new Label();
        status.getStyleClass().add(Styles.BANNER_TEXT);
        status.setId("validation-message");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusTextProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        Hyperlink showLayer = new Hyperlink("Show layer");
        showLayer.setOnAction(e -> vm.report().errorLayer().ifPresent(vm::select));
        banner.getChildren().addAll(status, showLayer);
        vm.reportProperty().addListener((obs, was, is) -> showVerdict(banner, showLayer, is));
        showVerdict(banner, showLayer, vm.report());

        Label total = new Label();
        total.getStyleClass().add(Styles.TOTAL_PARAMS);
        total.setId("total-params");
        total.textProperty().bind(vm.totalParamsTextProperty());
        Button train = new Button("Train  ▸");
        train.getStyleClass().add(Styles.PRIMARY_BUTTON);
        train.setId("train-button");
        train.disableProperty().bind(canTrain.not());
        train.setOnAction(e -> onTrain.run());
        train.setTooltip(new Tooltip("Go to training; possible once the engine accepts the model"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label totalCaption = new Label("Total");
        totalCaption.getStyleClass().add(Styles.MUTED);
        HBox footer = new HBox(10, totalCaption, total, spacer, train);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.getStyleClass().add(Styles.FOOTER);

        BorderPane center = new BorderPane(stack);
        center.setTop(banner);
        center.setBottom(footer);

        TabPane tabs = new TabPane(
                new Tab("Layer", scroll(new LayerInspectorView(vm))),
                new Tab("Network", scroll(new NetworkSettingsView(vm))),
                new Tab("Code", new CodeView(vm)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("inspector-tabs");
        VBox inspector = new VBox(tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        inspector.getStyleClass().add(Styles.INSPECTOR);
        inspector.setPrefWidth(370);
        inspector.setMinWidth(320);
        vm.selectedIndexProperty().addListener((obs, was, is) -> {
            if (is.intValue() >= 0) {
                tabs.getSelectionModel().select(0);
            }
        });

        SplitPane split = new SplitPane(new LayerPaletteView(vm), center, inspector);
        split.setDividerPositions(0.17, 0.72);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        SplitPane.setResizableWithParent(inspector, false);
        setCenter(split);
    }

    private static ScrollPane scroll(javafx.scene.Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        s.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return s;
    }

    private static void showVerdict(HBox banner, Hyperlink showLayer, ValidationReport report) {
        banner.pseudoClassStateChanged(Styles.ERROR, !report.isValid());
        boolean layer = report.errorLayer().isPresent();
        showLayer.setVisible(layer);
        showLayer.setManaged(layer);
    }
}
