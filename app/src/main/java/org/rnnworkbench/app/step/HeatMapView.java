package org.rnnworkbench.app.step;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.rnnworkbench.app.ui.Styles;

/**
 * A state array over time as a heat map: one row per unit, one column per step, negative values towards
 * {@code -heat-negative}, positive towards {@code -heat-positive} (colours from the theme). The characters read
 * at each step run along the bottom; the selected unit's row is outlined; clicking a row picks its unit.
 */
final class HeatMapView extends Region {
    private static final double AXIS = 18;
    private static final double GUTTER = 34;

    private static final CssMetaData<HeatMapView, Color> NEGATIVE = colour("-heat-negative", Color.BLUE,
            v -> v.negative);
    private static final CssMetaData<HeatMapView, Color> ZERO = colour("-heat-zero", Color.WHITE, v -> v.zero);
    private static final CssMetaData<HeatMapView, Color> POSITIVE = colour("-heat-positive", Color.RED,
            v -> v.positive);
    private static final List<CssMetaData<? extends Styleable, ?>> CSS;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Region.getClassCssMetaData());
        Collections.addAll(all, NEGATIVE, ZERO, POSITIVE);
        CSS = Collections.unmodifiableList(all);
    }

    private final StyleableObjectProperty<Color> negative = property(NEGATIVE, Color.BLUE);
    private final StyleableObjectProperty<Color> zero = property(ZERO, Color.WHITE);
    private final StyleableObjectProperty<Color> positive = property(POSITIVE, Color.RED);
    private final Canvas canvas = new Canvas();
    private final Tooltip tip = new Tooltip();
    private HeatMap map = HeatMap.EMPTY;
    private int selectedUnit = -1;

    HeatMapView(IntConsumer onUnitPicked) {
        getStyleClass().add(Styles.HEAT_MAP);
        getChildren().add(canvas);
        setMinHeight(120);
        Tooltip.install(this, tip);
        canvas.setOnMouseMoved(e -> {
            int unit = unitAt(e.getY());
            int step = stepAt(e.getX());
            if (unit >= 0 && step >= 0) {
                tip.setText(String.format("unit %d, step %d (%s): %.3f", unit, map.firstPosition() + step,
                        Glyphs.visible(map.characters().get(step)), map.values()[unit][step]));
            }
        });
        canvas.setOnMouseClicked(e -> {
            int unit = unitAt(e.getY());
            if (unit >= 0) {
                onUnitPicked.accept(unit);
            }
        });
        for (StyleableObjectProperty<Color> p : List.of(negative, zero, positive)) {
            p.addListener((obs, was, is) -> draw());
        }
    }

    void show(HeatMap heatMap, int unit) {
        this.map = heatMap;
        this.selectedUnit = unit;
        draw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private double cellWidth() {
        return map.steps() == 0 ? 0 : (getWidth() - GUTTER) / map.steps();
    }

    private double cellHeight() {
        return map.units() == 0 ? 0 : (getHeight() - AXIS) / map.units();
    }

    private int unitAt(double y) {
        int u = (int) (y / Math.max(cellHeight(), 1e-9));
        return map.units() == 0 || u >= map.units() ? -1 : u;
    }

    private int stepAt(double x) {
        int s = (int) ((x - GUTTER) / Math.max(cellWidth(), 1e-9));
        return x < GUTTER || s >= map.steps() ? -1 : s;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (map.steps() == 0) {
            return;
        }
        double w = cellWidth();
        double h = cellHeight();
        float[] scales = new float[map.units()];
        for (int u = 0; u < scales.length; u++) {
            scales[u] = map.scale(u);
        }
        for (int u = 0; u < map.units(); u++) {
            for (int t = 0; t < map.steps(); t++) {
                g.setFill(colourOf(map.values()[u][t] / scales[u]));
                // a hair wider than the cell so that no seams show between cells
                g.fillRect(GUTTER + t * w, u * h, w + 0.6, h + 0.6);
            }
        }
        Color text = zero.get().getBrightness() > 0.5 ? Color.gray(0.35) : Color.gray(0.75);
        g.setFill(text);
        g.setFont(Font.font("DejaVu Sans Mono", 10));
        g.fillText("0", 2, Math.min(10, Math.max(h, 9)));
        g.fillText(String.valueOf(map.units() - 1), 2, map.units() * h - 2);
        if (selectedUnit >= 0 && selectedUnit < map.units()) {
            g.setStroke(text);
            g.setLineWidth(1.5);
            g.strokeRect(GUTTER - 1, selectedUnit * h - 1, map.steps() * w + 2, Math.max(h, 1) + 2);
            g.fillText(String.valueOf(selectedUnit), 2, selectedUnit * h + Math.max(h, 9));
        }
        int every = Math.max(1, (int) Math.ceil(9 / Math.max(w, 1e-9)));
        for (int t = 0; t < map.steps(); t += every) {
            g.fillText(Glyphs.visible(map.characters().get(t)), GUTTER + t * w + Math.max(0, w / 2 - 3),
                    map.units() * h + 13);
        }
    }

    private Color colourOf(double v) {
        double x = Math.max(-1, Math.min(1, v));
        return x < 0 ? zero.get().interpolate(negative.get(), -x) : zero.get().interpolate(positive.get(), x);
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS;
    }

    private StyleableObjectProperty<Color> property(CssMetaData<HeatMapView, Color> meta, Color initial) {
        return new SimpleStyleableObjectProperty<>(meta, this, meta.getProperty(), initial);
    }

    private interface Getter {
        StyleableObjectProperty<Color> get(HeatMapView v);
    }

    private static CssMetaData<HeatMapView, Color> colour(String name, Color initial, Getter getter) {
        return new CssMetaData<>(name, StyleConverter.getColorConverter(), initial) {
            @Override
            public boolean isSettable(HeatMapView v) {
                return !getter.get(v).isBound();
            }

            @Override
            public StyleableProperty<Color> getStyleableProperty(HeatMapView v) {
                return getter.get(v);
            }
        };
    }
}
