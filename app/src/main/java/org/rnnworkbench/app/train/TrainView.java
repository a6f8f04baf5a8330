package org.rnnworkbench.app.train;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.rnnworkbench.app.concurrent.UiTicker;
import org.rnnworkbench.app.ui.Styles;

/**
 * The Train area: the run's controls and progress on top, the truncated BPTT strip, and three pages of charts
 * (learning curves; what happens inside the network; saved runs compared). Charts are redrawn when the
 * view-model's revision ticks, which the coalesced progress does a few times a second, and only the page on
 * show is redrawn.
 */
public final class TrainView extends BorderPane {
    private final TrainViewModel vm;
    private final LiveChart loss = new LiveChart("Training loss per iteration", "iteration", "loss per step", false);
    private final LiveChart epochLoss = new LiveChart("Loss per epoch", "epoch", "loss per step", false)
            .withSymbols();
    private final LiveChart metric = new LiveChart("Validation accuracy", "epoch", "accuracy", false)
            .withSymbols();
    private final LiveChart rate = new LiveChart("Learning rate", "iteration", "step size", true);
    private final LiveChart paramNorms = new LiveChart("Parameter norm per layer", "iteration", "‖W‖ (log)", true);
    private final LiveChart updateNorms = new LiveChart("Update norm per layer", "iteration", "‖ΔW‖ (log)", true);
    private final LiveChart ratios = new LiveChart("Update : parameter ratio", "iteration", "‖ΔW‖ / ‖W‖ (log)", true);
    private final LiveChart compare = new LiveChart("Smoothed training loss of the checked runs", "iteration",
            "loss per step", false);
    private final TbpttStripView strip = new TbpttStripView();
    private final TabPane pages = new TabPane();
    private final UiTicker clock;

    public TrainView(TrainViewModel vm) {
        this.vm = vm;
        getStyleClass().addAll(Styles.AREA, Styles.TRAIN);
        setId("train-view");

        VBox top = new VBox(controls(), progress(), divergenceBanner(), strip);
        top.getStyleClass().add(Styles.TRAIN_HEADER);
        setTop(top);

        Tab learning = new Tab("Learning", grid(loss, epochLoss, metric, rate));
        Label ratioHint = new Label("Each layer's update compared with its weights. Around 1e-3 is the usual"
                + " healthy range: much smaller and the layer hardly learns, much larger and it thrashes.");
        ratioHint.getStyleClass().add(Styles.HINT);
        ratioHint.setWrapText(true);
        VBox inside = new VBox(6, ratioHint, grid(paramNorms, updateNorms, ratios, null));
        inside.getStyleClass().add(Styles.CHART_PAGE);
        VBox.setVgrow(inside.getChildren().get(1), Priority.ALWAYS);
        Tab network = new Tab("Inside the network", inside);
        Tab runs = new Tab("Runs", runsPage());
        pages.getTabs().addAll(learning, network, runs);
        pages.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        pages.setId("train-pages");
        setCenter(pages);

        vm.revisionProperty().addListener((obs, was, is) -> redraw());
        pages.getSelectionModel().selectedIndexProperty().addListener((obs, was, is) -> redraw());
        vm.runs().addListener((javafx.collections.ListChangeListener<RunEntry>) c -> redrawRuns());
        vm.stripProperty().addListener((obs, was, is) -> strip.show(is, vm.segmentProperty().get()));
        vm.segmentProperty().addListener((obs, was, is) -> strip.show(vm.stripProperty().get(), is.intValue()));
        strip.show(null, 0);
        redraw();

        clock = new UiTicker("train-clock", Duration.ofSeconds(1), Platform::runLater, vm::refreshClock);
    }

    /** Stops the clock; called when the window closes. */
    public void dispose() {
        clock.close();
    }

    private HBox controls() {
        Button start = new Button("Start");
        start.setId("train-start");
        start.getStyleClass().add(Styles.PRIMARY_BUTTON);
        start.disableProperty().bind(vm.canStartProperty().not());
        start.setOnAction(e -> vm.start());
        start.setTooltip(new Tooltip("Train the model; continues the trained network when the model is unchanged"));

        Button pause = new Button("Pause");
        pause.setId("train-pause");
        pause.textProperty().bind(Bindings.when(vm.stateProperty().isEqualTo(TrainState.PAUSED))
                .then("Resume").otherwise("Pause"));
        pause.disableProperty().bind(vm.stateProperty().isNotEqualTo(TrainState.RUNNING)
                .and(vm.stateProperty().isNotEqualTo(TrainState.PAUSED)));
        pause.setOnAction(e -> {
            if (vm.stateProperty().get() == TrainState.PAUSED) {
                vm.resume();
            } else {
                vm.pause();
            }
        });

        Button stop = new Button("Stop");
        stop.setId("train-stop");
        stop.disableProperty().bind(pause.disableProperty());
        stop.setOnAction(e -> vm.stop());

        Spinner<Integer> epochs = new Spinner<>(1, 100_000, vm.epochsProperty().get());
        epochs.setId("train-epochs");
        epochs.setEditable(true);
        epochs.setPrefWidth(90);
        epochs.valueProperty().addListener((obs, was, is) -> {
            if (is != null) {
                vm.epochsProperty().set(is);
            }
        });
        vm.epochsProperty().addListener((obs, was, is) -> epochs.getValueFactory().setValue(is.intValue()));
        CheckBox untilStopped = new CheckBox("until stopped");
        untilStopped.setId("train-until-stopped");
        untilStopped.selectedProperty().bindBidirectional(vm.untilStoppedProperty());
        epochs.disableProperty().bind(vm.untilStoppedProperty().or(vm.stateProperty().isNotEqualTo(TrainState.IDLE)));
        untilStopped.disableProperty().bind(vm.stateProperty().isNotEqualTo(TrainState.IDLE));
        Label epochsLabel = new Label("Epochs");
        epochsLabel.getStyleClass().add(Styles.FORM_LABEL);

        Button revert = new Button("Revert to best");
        revert.setId("train-revert");
        revert.disableProperty().bind(vm.hasBestProperty().not().or(vm.stateProperty().isNotEqualTo(TrainState.IDLE)));
        revert.setOnAction(e -> vm.revertToBest());
        revert.setTooltip(new Tooltip("Put back the model of the epoch with the lowest validation loss"));
        Button reset = new Button("Reset");
        reset.setId("train-reset");
        reset.disableProperty().bind(vm.networkProperty().isNull()
                .or(vm.stateProperty().isNotEqualTo(TrainState.IDLE)));
        reset.setOnAction(e -> vm.reset());
        reset.setTooltip(new Tooltip("Forget the trained parameters; the next Start initialises afresh"));

        Label state = new Label();
        state.setId("train-state");
        state.getStyleClass().add(Styles.STATUS_ENGINE);
        state.textProperty().bind(Bindings.createStringBinding(() -> vm.stateProperty().get().label(),
                vm.stateProperty()));
        vm.stateProperty().addListener((obs, was, is) -> state.pseudoClassStateChanged(Styles.BUSY, is.isActive()));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, start, pause, stop, new Separator(javafx.geometry.Orientation.VERTICAL), epochsLabel,
                epochs, untilStopped, spacer, state, revert, reset);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.TOOLBAR_ROW);
        return bar;
    }

    private VBox progress() {
        ProgressBar bar = new ProgressBar();
        bar.setId("train-progress");
        bar.setPrefWidth(240);
        bar.progressProperty().bind(vm.progressProperty());
        Label figures = new Label();
        figures.setId("train-figures");
        figures.textProperty().bind(vm.progressTextProperty());
        Label throughput = new Label();
        throughput.setId("train-throughput");
        throughput.getStyleClass().add(Styles.MONO);
        throughput.textProperty().bind(vm.throughputTextProperty());
        Label time = new Label();
        time.setId("train-time");
        time.getStyleClass().add(Styles.MUTED);
        time.textProperty().bind(vm.timeTextProperty());
        HBox row = new HBox(12, bar, figures, throughput, time);
        row.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("train-message");
        message.getStyleClass().add(Styles.MUTED);
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Label data = new Label();
        data.setId("train-data");
        data.getStyleClass().add(Styles.HINT);
        data.setWrapText(true);
        data.textProperty().bind(vm.dataDescriptionProperty());
        return new VBox(4, row, message, data);
    }

    private Label divergenceBanner() {
        Label banner = new Label();
        banner.setId("train-divergence");
        banner.getStyleClass().addAll(Styles.LAYER_ERROR);
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.textProperty().bind(vm.divergenceProperty());
        banner.visibleProperty().bind(vm.divergenceProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private SplitPane runsPage() {
        ListView<RunEntry> list = new ListView<>(vm.runs());
        list.setId("train-runs");
        list.setCellFactory(CheckBoxListCell.forListView(RunEntry::comparedProperty));
        list.setPlaceholder(new Label("Runs are listed here once they end; a saved project keeps them in runs/."));
        SplitPane split = new SplitPane(list, compare);
        split.setDividerPositions(0.34);
        split.getStyleClass().add(Styles.CHART_PAGE);
        return split;
    }

    private static GridPane grid(LiveChart a, LiveChart b, LiveChart c, LiveChart d) {
        GridPane g = new GridPane();
        g.getStyleClass().add(Styles.CHART_PAGE);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints col = new ColumnConstraints();
            col.setPercentWidth(50);
            g.getColumnConstraints().add(col);
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            g.getRowConstraints().add(row);
        }
        g.add(a, 0, 0);
        g.add(b, 1, 0);
        g.add(c, 0, 1);
        if (d != null) {
            g.add(d, 1, 1);
        }
        return g;
    }

    private void redraw() {
        TrainingCharts c = vm.charts();
        switch (pages.getSelectionModel().getSelectedIndex()) {
            case 1 -> {
                paramNorms.show(c.parameterNorms());
                updateNorms.show(c.updateNorms());
                ratios.show(c.updateRatios());
            }
            case 2 -> redrawRuns();
            default -> {
                loss.show(List.of(c.loss(), c.smoothedLoss()));
                epochLoss.show(List.of(c.epochTrainingLoss(), c.validationLoss()));
                metric.setTitle(c.isClassification() ? "Validation accuracy" : "Validation mean squared error");
                metric.setYLabel(c.isClassification() ? "accuracy" : "MSE");
                metric.show(List.of(c.validationMetric()));
                rate.show(List.of(c.learningRate()));
            }
        }
    }

    private void redrawRuns() {
        if (pages.getSelectionModel().getSelectedIndex() != 2) {
            return;
        }
        List<SeriesHistory> shown = new ArrayList<>();
        for (RunEntry e : vm.runs()) {
            if (e.comparedProperty().get()) {
                shown.add(e.smoothedLoss());
            }
        }
        compare.show(shown);
    }

    /** The loss chart, for tests that count its points. */
    LiveChart lossChart() {
        return loss;
    }
}
