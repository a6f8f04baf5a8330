package org.rnnworkbench.app.evaluate;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.rnnworkbench.app.ui.Styles;

/**
 * A confusion matrix as a heat map: rows are the actual classes, columns the predicted ones; each cell's
 * shade is its value over the largest value (the theme's accent colour at that strength), its text the count
 * or the row's fraction.
 */
final class ConfusionMatrixView extends GridPane {
    /** Class counts above this get small cells without text. */
    static final int COMPACT_ABOVE = 20;

    ConfusionMatrixView() {
        setId("confusion-matrix");
        setHgap(0);
        setVgap(0);
    }

    void show(long[][] confusion, List<String> names, boolean rowNormalised) {
        getChildren().clear();
        double[][] heat = EvaluateViewModel.heat(confusion, rowNormalised);
        double max = 0;
        for (double[] row : heat) {
            for (double v : row) {
                max = Math.max(max, v);
            }
        }
        // many classes (a character model has dozens): small cells without text, numbers in the tooltips
        boolean compact = names.size() > COMPACT_ABOVE;
        Label corner = new Label(compact ? "actual ↓ predicted →" : "actual ↓  predicted →");
        corner.getStyleClass().add(Styles.HEAT_HEADER);
        corner.setMinWidth(Region.USE_PREF_SIZE);
        add(corner, 0, 0);
        for (int c = 0; c < names.size(); c++) {
            Label h = new Label(compact ? (c % 10 == 0 ? String.valueOf(c) : "") : names.get(c));
            h.getStyleClass().add(Styles.HEAT_HEADER);
            h.setMinWidth(Region.USE_PREF_SIZE);
            add(h, c + 1, 0);
        }
        for (int r = 0; r < heat.length; r++) {
            Label h = new Label(compact ? (r % 10 == 0 ? String.valueOf(r) : "") : names.get(r));
            h.getStyleClass().add(Styles.HEAT_HEADER);
            h.setMinWidth(Region.USE_PREF_SIZE);
            add(h, 0, r + 1);
            for (int c = 0; c < heat[r].length; c++) {
                add(cell(heat[r][c], max, confusion[r][c], rowNormalised, names.get(r), names.get(c), r, c, compact),
                        c + 1, r + 1);
            }
        }
    }

    private static StackPane cell(double value, double max, long count, boolean fraction, String actual,
            String predicted, int r, int c, boolean compact) {
        Region fill = new Region();
        fill.getStyleClass().add(Styles.HEAT_FILL);
        double strength = max == 0 ? 0 : value / max;
        fill.setOpacity(0.08 + 0.85 * strength);
        fill.setVisible(value > 0);
        Label text = new Label(fraction ? String.format(Locale.ROOT, "%.2f", value) : String.valueOf(count));
        text.getStyleClass().add(Styles.METRIC_VALUE);
        text.setVisible(!compact);
        StackPane cell = new StackPane(fill, text);
        cell.getStyleClass().add(Styles.HEAT_CELL);
        if (compact) {
            cell.getStyleClass().add(Styles.HEAT_CELL_SMALL);
            cell.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            text.setManaged(false);
        }
        cell.setAlignment(Pos.CENTER);
        cell.setId("heat-" + r + "-" + c);
        Tooltip.install(cell, new Tooltip("actual " + actual + ", predicted " + predicted + ": " + count + " steps"));
        return cell;
    }
}
