package org.rnnworkbench.app.data;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.rnnworkbench.app.ui.Styles;

/**
 * Draws one array of a minibatch as the guide's figures do: examples as rows, time as columns. A features or
 * labels array {@code [miniBatch][channels][time]} is one band of rows per example (one row per channel),
 * coloured on a diverging scale; steps its mask marks absent are hatched as padding. A mask
 * {@code [miniBatch][time]} is one row per example of 0/1 cells. Wide or tall arrays are cut at
 * {@link #MAX_STEPS} steps and {@link #MAX_CHANNELS} channels, and the cut is said under the grid.
 */
final class SequenceGrid extends Pane {
    static final int MAX_STEPS = 90;
    static final int MAX_CHANNELS = 40;
    private static final double CELL = 17;
    private static final double NAME_WIDTH = 64;
    private static final double AXIS_HEIGHT = 14;
    private static final double BAND_GAP = 5;

    private SequenceGrid() {
        getStyleClass().add("sequence-grid");
    }

    /**
     * A features or labels grid.
     *
     * @param values {@code [miniBatch][channels][time]}
     * @param mask {@code [miniBatch][time]}: where 0, the step is padding
     * @param names one per example
     * @param oneHot values are 0/1 (class labels, characters): 1 gets the strongest colour
     */
    static SequenceGrid values(double[][][] values, double[][] mask, List<String> names, boolean oneHot) {
        SequenceGrid grid = new SequenceGrid();
        int time = Math.min(MAX_STEPS, mask.length == 0 ? 0 : mask[0].length);
        int channels = values.length == 0 ? 0 : Math.min(MAX_CHANNELS, values[0].length);
        double rowHeight = channels <= 4 ? 13 : channels <= 12 ? 9 : 7;
        double scale = oneHot ? 1 : maxAbs(values);
        double y = AXIS_HEIGHT;
        grid.axis(time);
        for (int i = 0; i < values.length; i++) {
            double bandHeight = channels * rowHeight;
            grid.name(names.get(i), y, bandHeight);
            for (int c = 0; c < channels; c++) {
                for (int t = 0; t < time; t++) {
                    Region cell = new Region();
                    cell.getStyleClass().add(Styles.CELL);
                    if (mask[i][t] == 0) {
                        cell.getStyleClass().add(Styles.CELL_PAD);
                    } else {
                        cell.getStyleClass().add(heat(values[i][c][t], scale));
                    }
                    grid.place(cell, NAME_WIDTH + t * CELL, y + c * rowHeight, CELL, rowHeight);
                }
            }
            y += bandHeight + BAND_GAP;
        }
        grid.setPrefSize(NAME_WIDTH + time * CELL + 4, y);
        grid.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return grid;
    }

    /**
     * A mask grid; cells get ids {@code <idPrefix>-<example>-<step>} so tests can read them.
     *
     * @param mask {@code [miniBatch][time]} of 0/1
     */
    static SequenceGrid mask(double[][] mask, List<String> names, String idPrefix) {
        SequenceGrid grid = new SequenceGrid();
        int time = Math.min(MAX_STEPS, mask.length == 0 ? 0 : mask[0].length);
        grid.axis(time);
        double y = AXIS_HEIGHT;
        for (int i = 0; i < mask.length; i++) {
            grid.name(names.get(i), y, CELL);
            for (int t = 0; t < time; t++) {
                boolean one = mask[i][t] != 0;
                Label cell = new Label(one ? "1" : "0");
                cell.setId(idPrefix + "-" + i + "-" + t);
                cell.getStyleClass().addAll(Styles.CELL, one ? Styles.MASK_ONE : Styles.MASK_ZERO);
                cell.setAlignment(Pos.CENTER);
                grid.place(cell, NAME_WIDTH + t * CELL, y, CELL, CELL);
            }
            y += CELL + 2;
        }
        grid.setPrefSize(NAME_WIDTH + time * CELL + 4, y);
        grid.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return grid;
    }

    /** The style class of a value on the diverging scale of 11 steps, {@code heat-n5} to {@code heat-p5}. */
    static String heat(double value, double scale) {
        int step = scale <= 0 ? 0 : (int) Math.round(Math.max(-1, Math.min(1, value / scale)) * 5);
        return Styles.HEAT_PREFIX + (step < 0 ? "n" + -step : step == 0 ? "0" : "p" + step);
    }

    private static double maxAbs(double[][][] values) {
        double max = 0;
        for (double[][] example : values) {
            for (double[] row : example) {
                for (double v : row) {
                    max = Math.max(max, Math.abs(v));
                }
            }
        }
        return max;
    }

    private void axis(int time) {
        for (int t = 0; t < time; t += 5) {
            Label tick = new Label(String.valueOf(t));
            tick.getStyleClass().add(Styles.GRID_AXIS);
            place(tick, NAME_WIDTH + t * CELL, 0, CELL * 3, AXIS_HEIGHT);
        }
    }

    private void name(String text, double y, double height) {
        Label name = new Label(text);
        name.getStyleClass().add(Styles.GRID_AXIS);
        name.setAlignment(Pos.CENTER_RIGHT);
        name.setTooltip(new Tooltip(text));
        place(name, 0, y, NAME_WIDTH - 6, Math.max(height, CELL));
    }

    private void place(Region node, double x, double y, double w, double h) {
        node.setPrefSize(w, h);
        node.setMinSize(w, h);
        node.setMaxSize(w, h);
        node.relocate(x, y);
        getChildren().add(node);
    }
}
