package org.rnnworkbench.app.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rnnworkbench.app.shell.ThemeChoice;
import org.rnnworkbench.app.ui.ThemeStylesheets;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Train area's charts on a real stage: colours that stay with their lines and follow the theme, what is
 * drawn on the canvas, redraws only for new points, and a readable log axis.
 */
@ExtendWith(ApplicationExtension.class)
class LiveChartTest {
    private LiveChart chart;
    private Scene scene;

    @Start
    void start(Stage stage) {
        chart = new LiveChart("Update : parameter ratio", "iteration", "ratio", true);
        scene = new Scene(chart, 640, 420);
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

    /** A loss that jumps about by a factor of two from one iteration to the next. */
    private static SeriesHistory noisy(int points) {
        Random random = new Random(7);
        SeriesHistory h = new SeriesHistory("loss");
        for (int i = 0; i < points; i++) {
            h.add(i, 1 + random.nextDouble());
        }
        return h;
    }

    private void show(FxRobot robot, List<SeriesHistory> series) {
        robot.interact(() -> chart.show(series));
        robot.interact(() -> {
            chart.applyCss();
            chart.layout();
        });
    }

    /** Each drawn line's colour next to its legend dot's colour. */
    private void assertLegendMatchesLines(FxRobot robot, int lines) {
        List<Paint[]> pairs = new ArrayList<>();
        robot.interact(() -> {
            List<Node> dots = new ArrayList<>(chart.lookupAll(".chart-legend-item-symbol"));
            List<LiveChart.DrawnLine> drawn = chart.lastDrawing().lines();
            for (int i = 0; i < drawn.size(); i++) {
                pairs.add(new Paint[] {drawn.get(i).colour(),
                        ((Region) dots.get(i)).getBackground().getFills().get(0).getFill()});
            }
        });
        assertEquals(lines, pairs.size());
        assertEquals(lines, robot.lookup(".chart-legend-item").queryAll().size());
        for (int i = 0; i < pairs.size(); i++) {
            assertEquals(pairs.get(i)[1], pairs.get(i)[0], "line " + i + ": legend dot and line differ");
        }
        assertEquals(lines, new HashSet<>(pairs.stream().map(p -> p[0]).toList()).size(), "one colour per line");
    }

    @Test
    void legendColoursStayWithTheirLinesWhenSeriesAreReplaced(FxRobot robot) {
        show(robot, List.of(history("0 GravesLSTM", 1e-3, 1.01), history("1 GravesLSTM", 2e-3, 1.0),
                history("2 RnnOutputLayer", 5e-4, 0.99)));
        assertLegendMatchesLines(robot, 3);
        Color first = chart.lastDrawing().lines().get(0).colour();

        // a model with other layers, then no run at all, then one with more layers than before
        show(robot, List.of(history("0 LSTM", 3e-3, 1.0), history("1 DenseLayer", 1e-2, 1.0)));
        assertLegendMatchesLines(robot, 2);
        show(robot, List.of());
        show(robot, List.of(history("0 a", 1, 1), history("1 b", 2, 1), history("2 c", 3, 1), history("3 d", 4, 1)));
        assertLegendMatchesLines(robot, 4);
        assertEquals(first, chart.lastDrawing().lines().get(0).colour(), "line 0 keeps the first colour");
    }

    @Test
    void aThemeSwitchRedrawsTheLinesInTheNewThemesColours(FxRobot robot) {
        List<SeriesHistory> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(history(i + " layer", Math.pow(10, -i), 1.0));
        }
        show(robot, five);
        assertEquals(Color.web("#4258c9"), chart.lastDrawing().lines().get(4).colour());
        robot.interact(() -> ThemeStylesheets.apply(scene, ThemeChoice.DARK));
        robot.interact(() -> {
            chart.applyCss();
            chart.layout();
        });
        assertEquals(Color.web("#6f86ea"), chart.lastDrawing().lines().get(4).colour(), "the dark theme's lifted"
                + " colour");
        assertLegendMatchesLines(robot, 5);
    }

    @Test
    void aJaggedLossIsDrawnAsColumnsInItsColourAndASmoothLineIsStroked(FxRobot robot) {
        SeriesHistory raw = noisy(3000);
        SeriesHistory smooth = history("smoothed", 1, 1.001);
        show(robot, List.of(raw, smooth));
        LiveChart.DrawnLine rawLine = chart.lastDrawing().lines().get(0);
        assertEquals(LiveChart.MAX_POINTS, rawLine.points(), "downsampled to the cap");
        assertTrue(rawLine.columns(), "the noisy loss is drawn as columns");
        assertFalse(chart.lastDrawing().lines().get(1).columns(), "the smooth line is stroked");

        Image image = snapshot(robot);
        PixelReader pixels = image.getPixelReader();
        int inColour = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                if (close(pixels.getColor(x, y), rawLine.colour())) {
                    inColour++;
                }
            }
        }
        // the band of a loss between 1 and 2 fills much of the plot's height across its width
        assertTrue(inColour > image.getWidth() * image.getHeight() / 10, inColour + " pixels in the line's colour");
    }

    private Image snapshot(FxRobot robot) {
        Image[] out = new Image[1];
        robot.interact(() -> out[0] = chart.canvas().snapshot(null, null));
        return out[0];
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.02 && Math.abs(a.getGreen() - b.getGreen()) < 0.02
                && Math.abs(a.getBlue() - b.getBlue()) < 0.02;
    }

    @Test
    void seriesWhosePointsHaveNotChangedAreNotDrawnAgain(FxRobot robot) {
        SeriesHistory h = history("0 GravesLSTM", 1e-3, 1.01);
        show(robot, List.of(h));
        long before = chart.redraws();
        show(robot, List.of(h));
        assertEquals(before, chart.redraws(), "unchanged points were drawn again");

        h.add(30, 2e-3);
        show(robot, List.of(h));
        assertEquals(before + 1, chart.redraws(), "a new point was not drawn");
        assertEquals(31, chart.lastDrawing().lines().get(0).points());

        h.clear();
        for (int i = 0; i < 31; i++) {
            h.add(i, 1e-3);
        }
        show(robot, List.of(h));
        assertEquals(before + 2, chart.redraws(), "a cleared and refilled series was not drawn");
    }

    @Test
    void anEmptyChartShowsNoNumbers(FxRobot robot) {
        show(robot, List.of(history("x", 1, 1)));
        assertFalse(chart.lastDrawing().yTicks().isEmpty());
        show(robot, List.of(new SeriesHistory("nothing yet")));
        assertEquals(List.of(), chart.lastDrawing().xTicks());
        assertEquals(List.of(), chart.lastDrawing().yTicks());
    }

    @Test
    void theLogAxisLabelsAreDistinctForANearlyFlatLearningRate(FxRobot robot) {
        // a slowly decaying learning rate: an axis of evenly spaced exponents wrote "0.0049" on every tick
        show(robot, List.of(history("learning rate", 4.95e-3, 0.9997)));
        List<String> labels = chart.lastDrawing().yTicks();
        assertTrue(labels.size() >= 2, labels.toString());
        assertEquals(labels.size(), new HashSet<>(labels).size(), "repeated labels: " + labels);
        assertTrue(labels.stream().allMatch(l -> l.matches("[0-9.]+(e-?[0-9]+)?")), labels.toString());
        assertEquals("learning rate", robot.lookup(".chart-legend-item").queryAs(Label.class).getText());
        // thirty iterations on the x axis, in whole numbers
        assertTrue(chart.lastDrawing().xTicks().stream().allMatch(l -> l.matches("[0-9]+")),
                chart.lastDrawing().xTicks().toString());
    }
}
