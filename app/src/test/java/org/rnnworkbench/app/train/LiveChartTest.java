package org.rnnworkbench.app.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rnnworkbench.app.shell.ThemeChoice;
import org.rnnworkbench.app.ui.ThemeStylesheets;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Train area's charts on a real stage: colours that stay with their lines, and a readable log axis. */
@ExtendWith(ApplicationExtension.class)
class LiveChartTest {
    private LiveChart chart;

    @Start
    void start(Stage stage) {
        chart = new LiveChart("Update : parameter ratio", "iteration", "ratio", true);
        Scene scene = new Scene(chart, 640, 420);
        ThemeStylesheets.apply(scene, ThemeChoice.LIGHT);
        stage.setScene(scene);
        stage.show();
    }

    private static SeriesHistory history(String name, double start, double growth) {
        SeriesHistory h = new SeriesHistory(name);
        for (int i = 0; i < 30; i++) {
            h.add(i, start * Math.pow(growth, i));
        }
        return h;
    }

    /** Each line's stroke, in legend order, next to its legend dot's colour. */
    private List<Paint[]> strokesAndDots() {
        List<Paint[]> out = new ArrayList<>();
        List<Node> dots = new ArrayList<>(chart.lookupAll(".chart-legend-item-symbol"));
        for (int i = 0; i < chart.getData().size(); i++) {
            Path line = (Path) chart.getData().get(i).getNode();
            Region dot = (Region) dots.get(chart.lineOfSeries(i));
            out.add(new Paint[] {line.getStroke(), dot.getBackground().getFills().get(0).getFill()});
        }
        return out;
    }

    private void assertLegendMatchesLines(FxRobot robot, int lines) {
        robot.interact(() -> chart.applyCss());
        robot.interact(() -> chart.layout());
        List<Paint[]> pairs = new ArrayList<>();
        robot.interact(() -> pairs.addAll(strokesAndDots()));
        assertEquals(lines, robot.lookup(".chart-legend-item").queryAll().size());
        for (int i = 0; i < pairs.size(); i++) {
            assertEquals(pairs.get(i)[1], pairs.get(i)[0], "line " + i + ": legend dot and line differ");
        }
        assertEquals(lines, new HashSet<>(pairs.stream().map(p -> p[0]).toList()).size(), "one colour per line");
    }

    @Test
    void legendColoursStayWithTheirLinesWhenSeriesAreReplaced(FxRobot robot) {
        List<SeriesHistory> three = List.of(history("0 GravesLSTM", 1e-3, 1.01), history("1 GravesLSTM", 2e-3, 1.0),
                history("2 RnnOutputLayer", 5e-4, 0.99));
        robot.interact(() -> chart.show(three));
        assertLegendMatchesLines(robot, 3);
        Paint first = ((Path) chart.getData().get(0).getNode()).getStroke();

        // a model with other layers, then no run at all, then one with more layers than before
        robot.interact(() -> chart.show(List.of(history("0 LSTM", 3e-3, 1.0), history("1 DenseLayer", 1e-2, 1.0))));
        assertLegendMatchesLines(robot, 2);
        robot.interact(() -> chart.show(List.of()));
        robot.interact(() -> chart.show(List.of(history("0 a", 1, 1), history("1 b", 2, 1), history("2 c", 3, 1),
                history("3 d", 4, 1))));
        assertLegendMatchesLines(robot, 4);
        assertEquals(first, ((Path) chart.getData().get(0).getNode()).getStroke(), "line 0 keeps the first colour");
    }

    @Test
    void aRedrawKeepsTheSeriesAndReplacesOnlyThePoints(FxRobot robot) {
        SeriesHistory h = history("0 GravesLSTM", 1e-3, 1.01);
        robot.interact(() -> chart.show(List.of(h)));
        XYChart.Series<Number, Number> before = chart.getData().get(0);
        h.add(30, 2e-3);
        robot.interact(() -> chart.show(List.of(h)));
        assertSame(before, chart.getData().get(0));
        assertEquals(31, before.getData().size());
    }

    @Test
    void seriesWhosePointsHaveNotChangedAreNotDrawnAgain(FxRobot robot) {
        SeriesHistory h = history("0 GravesLSTM", 1e-3, 1.01);
        robot.interact(() -> chart.show(List.of(h)));
        XYChart.Data<Number, Number> first = chart.getData().get(0).getData().get(0);
        robot.interact(() -> chart.show(List.of(h)));
        assertSame(first, chart.getData().get(0).getData().get(0), "unchanged points were drawn again");

        h.add(30, 2e-3);
        robot.interact(() -> chart.show(List.of(h)));
        assertNotSame(first, chart.getData().get(0).getData().get(0), "a new point was not drawn");
        assertEquals(31, chart.getData().get(0).getData().size());

        XYChart.Data<Number, Number> redrawn = chart.getData().get(0).getData().get(0);
        h.clear();
        for (int i = 0; i < 31; i++) {
            h.add(i, 1e-3);
        }
        robot.interact(() -> chart.show(List.of(h)));
        assertNotSame(redrawn, chart.getData().get(0).getData().get(0), "a cleared and refilled series was not drawn");
    }

    @Test
    void theLogAxisLabelsAreDistinctForANearlyFlatLearningRate(FxRobot robot) {
        // a slowly decaying learning rate: the old axis wrote "0.0049" on every tick
        robot.interact(() -> chart.show(List.of(history("learning rate", 4.95e-3, 0.9997))));
        robot.interact(() -> chart.layout());
        LogAxis y = (LogAxis) chart.getYAxis();
        List<String> labels = new ArrayList<>();
        robot.interact(() -> y.getTickMarks().forEach(t -> labels.add(y.getTickMarkLabel(t.getValue()))));
        assertTrue(labels.size() >= 2, labels.toString());
        assertEquals(labels.size(), new HashSet<>(labels).size(), "repeated labels: " + labels);
        assertTrue(labels.stream().allMatch(l -> l.matches("[0-9.]+(e-?[0-9]+)?")), labels.toString());
        assertTrue(robot.lookup(".chart-legend-item").queryAs(Label.class).getText().equals("learning rate"));
    }
}
