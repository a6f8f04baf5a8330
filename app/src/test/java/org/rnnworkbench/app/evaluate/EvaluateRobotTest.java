package org.rnnworkbench.app.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rnnworkbench.app.data.SequenceFolders;
import org.rnnworkbench.app.shell.ThemeChoice;
import org.rnnworkbench.app.train.TrainServices;
import org.rnnworkbench.app.train.TrainingData;
import org.rnnworkbench.app.ui.SeriesChart;
import org.rnnworkbench.app.ui.ThemeStylesheets;
import org.rnnworkbench.model.conf.Adam;
import org.rnnworkbench.model.conf.LossFunction;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.conf.RnnOutputLayer;
import org.rnnworkbench.model.conf.SimpleRnn;
import org.rnnworkbench.model.data.AlignmentMode;
import org.rnnworkbench.model.data.BatchSettings;
import org.rnnworkbench.model.data.CsvFormat;
import org.rnnworkbench.model.data.CsvSequenceSource;
import org.rnnworkbench.model.data.LabelType;
import org.rnnworkbench.model.data.NumberedFiles;
import org.rnnworkbench.model.data.SequenceCsvSpec;
import org.rnnworkbench.model.nn.Network;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real Evaluate view headless: a many-to-one classifier and a regressor, evaluated on a worker. */
@ExtendWith(ApplicationExtension.class)
class EvaluateRobotTest {
    private static final int IN = 2;
    private static final int[] LENGTHS = {3, 5, 2, 4, 6, 7};

    @TempDir
    static Path dir;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-evaluation");
        t.setDaemon(true);
        return t;
    });
    private final SimpleObjectProperty<Network> network = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<TrainingData> data = new SimpleObjectProperty<>();
    private EvaluateViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new EvaluateViewModel(network, new SimpleBooleanProperty(false), c -> data.get(),
                TrainServices.of(worker, Platform::runLater));
        Scene scene = new Scene(new StackPane(new EvaluateView(vm)), 1280, 800);
        ThemeStylesheets.apply(scene, ThemeChoice.LIGHT);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void shutDown() {
        worker.shutdownNow();
    }

    private static Network network(int nOut, LossFunction loss) {
        return new Network(new NetworkConfiguration.Builder().seed(5).updater(new Adam(0.01))
                .layer(new SimpleRnn.Builder().nIn(IN).nOut(6).build())
                .layer(new RnnOutputLayer.Builder(loss).nOut(nOut).build()).build()).init();
    }

    private static TrainingData csv(Path root, LabelType type, int labels, AlignmentMode alignment) {
        int last = LENGTHS.length - 1;
        SequenceCsvSpec spec = SequenceCsvSpec.separateFiles(new NumberedFiles("features/%d.csv", 0, last),
                new NumberedFiles("labels/%d.csv", 0, last), type, labels, alignment, CsvFormat.detect());
        CsvSequenceSource source = CsvSequenceSource.open(spec, root);
        return new TrainingData("csv", () -> source.iterator(BatchSettings.inOrder(4)),
                Optional.of(() -> source.iterator(BatchSettings.inOrder(4))), TrainingData.ThroughputUnit.EXAMPLES,
                OptionalInt.of(2));
    }

    private static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
        assertTrue(condition.call(), what);
    }

    private static int legendEntries(Node chart) {
        return chart.lookupAll(".chart-legend-item").size();
    }

    @Test
    void manyToOnePredictionsAreListedAndAClickedRowOpensItsSequence(FxRobot robot) throws Exception {
        Path root = SequenceFolders.manyToOne(dir.resolve("m2o"), IN, 3, LENGTHS);
        robot.interact(() -> {
            data.set(csv(root, LabelType.CLASSIFICATION, 3, AlignmentMode.ALIGN_END));
            network.set(network(3, LossFunction.MCXENT));
        });
        robot.clickOn("#evaluate-run");
        waitFor("the evaluation ends", () -> vm.reportProperty().get() != null);
        assertTrue(robot.lookup("#evaluate-many-to-one").tryQuery().isPresent());
        assertTrue(robot.lookup("#evaluate-many-to-one-summary").queryAs(Label.class).getText()
                .startsWith("6 examples"));

        robot.clickOn("#evaluate-prediction-filter").clickOn("all examples");
        TableView<?> table = robot.lookup("#evaluate-predictions").queryAs(TableView.class);
        assertEquals(LENGTHS.length, table.getItems().size());
        assertEquals("No sequence open", robot.lookup("#evaluate-sequence-title").queryAs(Label.class).getText());

        Node fifthRow = robot.lookup("#evaluate-predictions .table-row-cell").queryAll().stream()
                .filter(n -> ((TableRow<?>) n).getIndex() == 4).findFirst().orElseThrow();
        robot.clickOn(fifthRow);
        WaitForAsyncUtils.waitForFxEvents();
        String title = robot.lookup("#evaluate-sequence-title").queryAs(Label.class).getText();
        assertTrue(title.startsWith("Example 4 · 4.csv: true class 1, predicted class "), title);
        assertTrue(title.endsWith("at step 5"), title);
        SeriesChart inputs = robot.lookup("#evaluate-sequence-inputs").queryAs(SeriesChart.class);
        SeriesChart probabilities = robot.lookup("#evaluate-sequence-probabilities").queryAs(SeriesChart.class);
        assertEquals(IN, legendEntries(inputs));
        assertEquals(3, legendEntries(probabilities));
        assertEquals(LENGTHS[4], probabilities.getData().get(0).getData().size(), "one point per real step");
        assertTrue(inputs.isVisible());
    }

    @Test
    void aRegressorShowsPredictionAgainstActualForTheChosenSequenceAndColumn(FxRobot robot) throws Exception {
        Path root = SequenceFolders.manyToMany(dir.resolve("reg"), IN, 1, LENGTHS);
        // two label columns: the per-step labels as values, regressed
        robot.interact(() -> {
            data.set(csv(root, LabelType.REGRESSION, 0, AlignmentMode.ALIGN_START));
            network.set(network(1, LossFunction.MSE));
        });
        robot.clickOn("#evaluate-run");
        waitFor("the evaluation ends", () -> vm.reportProperty().get() != null);
        assertFalse(robot.lookup("#evaluate-many-to-one").tryQuery().isPresent());
        SeriesChart chart = robot.lookup("#evaluate-regression-chart").queryAs(SeriesChart.class);
        assertEquals(2, legendEntries(chart), "actual and predicted");
        assertEquals(LENGTHS[0], chart.getData().get(0).getData().size());

        ComboBox<?> sequence = robot.lookup("#evaluate-sequence").queryAs(ComboBox.class);
        assertEquals(LENGTHS.length, sequence.getItems().size());
        robot.clickOn(sequence).clickOn("example 5 · 5.csv");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, vm.chosenSequenceProperty().get().index());
        assertEquals(LENGTHS[5], chart.getData().get(0).getData().size(), "the padded steps are not drawn");
        NumberAxis steps = (NumberAxis) chart.getXAxis();
        assertEquals(LENGTHS[5] - 1, steps.getUpperBound(), "the step axis ends at the sequence's last step");
        assertEquals(1, steps.getTickUnit(), "whole steps");
        assertEquals(List.of(0), vm.outputColumns());
    }
}
