package org.rnnworkbench.app.shell;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import org.rnnworkbench.app.ui.Styles;

/** The side bar: one button per area, bound both ways to the selected area of the view-model. */
final class NavigationBar extends VBox {
    /** Simple 24x24 glyphs: stacked layers, a table, play, bars, step forward. */
    static final Map<Area, String> GLYPHS = new EnumMap<>(Map.of(
            Area.MODEL, "M3 3h18v4H3z M3 10h18v4H3z M3 17h18v4H3z",
            Area.DATA, "M3 3h18v4H3z M3 9h8v5H3z M13 9h8v5h-8z M3 16h8v5H3z M13 16h8v5h-8z",
            Area.TRAIN, "M6 3l15 9-15 9z",
            Area.EVALUATE, "M3 14h4v7H3z M10 8h4v13h-4z M17 3h4v18h-4z",
            Area.STEP, "M3 4l10 8-10 8z M15 4h4v16h-4z"));

    NavigationBar(WorkbenchViewModel vm) {
        getStyleClass().add(Styles.NAV_BAR);
        Label brandMark = new Label("RNN");
        brandMark.getStyleClass().add(Styles.NAV_BRAND);
        Label brandName = new Label("WORKBENCH");
        brandName.getStyleClass().add(Styles.NAV_BRAND_SUB);
        VBox brand = new VBox(0, brandMark, brandName);
        brand.setAlignment(javafx.geometry.Pos.CENTER);
        brand.setPadding(new javafx.geometry.Insets(2, 0, 14, 0));
        getChildren().add(brand);
        ToggleGroup group = new ToggleGroup();
        Map<Area, ToggleButton> buttons = new EnumMap<>(Area.class);
        for (Area area : Area.values()) {
            SVGPath glyph = new SVGPath();
            glyph.setContent(GLYPHS.get(area));
            glyph.getStyleClass().add("nav-glyph");
            ToggleButton b = new ToggleButton(area.title(), glyph);
            b.getStyleClass().add(Styles.NAV_BUTTON);
            b.setId("nav-" + area.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setTooltip(new Tooltip(area.purpose()));
            b.setOnAction(e -> {
                vm.selectedAreaProperty().set(area);
                b.setSelected(true); // a toggle group lets the selected button be clicked off; keep one selected
            });
            buttons.put(area, b);
            getChildren().add(b);
        }
        vm.selectedAreaProperty().addListener((obs, was, is) -> buttons.get(is).setSelected(true));
        buttons.get(vm.selectedAreaProperty().get()).setSelected(true);
    }
}
