package org.rnnworkbench.app.step;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.rnnworkbench.app.ui.FormGrid;
import org.rnnworkbench.app.ui.Styles;

/**
 * The Step area for a character model: controls on the left (prime, Step / Run / Play / Clear state, sampling,
 * streams, snapshots, verify), the streams' text in the middle over the memory view, the next-character chart
 * and the branches on the right.
 */
final class CharacterStepView extends BorderPane {
    private final StepViewModel vm;
    private final HBox streamBox = new HBox();
    private final List<StreamTextView> streamViews = new ArrayList<>();
    private final HeatMapView heatMap;
    private final ListView<BranchInfo> branches = new ListView<>();
    private boolean updatingBranches;

    CharacterStepView(StepViewModel vm) {
        this.vm = vm;
        setId("character-step");
        heatMap = new HeatMapView(unit -> {
            vm.selectedUnitProperty().set(unit);
            vm.tintProperty().set(StepViewModel.Tint.UNIT);
        });
        setLeft(controls());
        setCenter(center());
        setRight(side());
        vm.frameProperty().addListener((obs, was, is) -> showFrame(is));
        vm.heatMapProperty().addListener((obs, was, is) -> heatMap.show(is, vm.selectedUnitProperty().get()));
        for (javafx.beans.Observable o : List.of(vm.tintProperty(), vm.selectedUnitProperty(),
                vm.memorySourceProperty())) {
            o.addListener(x -> {
                heatMap.show(vm.heatMapProperty().get(), vm.selectedUnitProperty().get());
                streamViews.forEach(StreamTextView::retint);
            });
        }
        vm.focusedStreamProperty().addListener((obs, was, is) -> showBranches(vm.frameProperty().get()));
        showFrame(vm.frameProperty().get());
    }

    // ---- left: controls ------------------------------------------------------------------------------------

    private ScrollPane controls() {
        TextArea prime = new TextArea();
        prime.setId("prime");
        prime.setPrefRowCount(2);
        prime.setWrapText(true);
        prime.getStyleClass().add(Styles.MONO);
        prime.textProperty().bindBidirectional(vm.primeProperty());
        VBox primeBox = new VBox(prime);
        primeBox.setPadding(new javafx.geometry.Insets(0, 14, 4, 14));

        Button step = new Button("Step");
        step.setId("step-button");
        step.getStyleClass().add(Styles.PRIMARY_BUTTON);
        step.setOnAction(e -> vm.step());
        step.setTooltip(new Tooltip("One character in every stream (rnnTimeStep); the first Step feeds the prime"));
        Button play = new Button();
        play.setId("play-button");
        play.textProperty().bind(Bindings.when(vm.playingProperty()).then("❚❚ Pause").otherwise("▶ Play"));
        play.setOnAction(e -> vm.togglePlay());
        Button clear = new Button("Clear state");
        clear.setId("clear-button");
        clear.setOnAction(e -> vm.clearState());
        clear.setTooltip(new Tooltip("rnnClearPreviousState(): forget the stored state and the text"));
        HBox row1 = new HBox(step, play, clear);
        row1.getStyleClass().add(Styles.STEP_BUTTONS);

        Spinner<Integer> count = new Spinner<>(1, 100_000, vm.runCountProperty().get(), 50);
        count.setEditable(true);
        count.setPrefWidth(100);
        count.valueProperty().addListener((obs, was, is) -> vm.runCountProperty().set(is));
        Button run = new Button("Run");
        run.setId("run-button");
        run.setOnAction(e -> vm.run());
        Label chars = new Label("characters");
        chars.getStyleClass().add(Styles.MUTED);
        HBox row2 = new HBox(run, count, chars);
        row2.getStyleClass().add(Styles.STEP_BUTTONS);

        for (Button b : List.of(step, run, clear)) {
            b.disableProperty().bind(vm.busyProperty());
        }

        Slider speed = new Slider(1, 120, vm.speedProperty().get());
        speed.valueProperty().bindBidirectional(vm.speedProperty());
        Label speedValue = new Label();
        speedValue.textProperty().bind(Bindings.format("%.0f / s", vm.speedProperty()));
        fixed(speedValue);
        HBox speedRow = new HBox(8, speed, speedValue);
        speedRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(speed, Priority.ALWAYS);

        FormGrid playForm = new FormGrid();
        playForm.add("Play speed", speedRow, "Characters per second while playing");

        Slider temperature = new Slider(0, SamplingSettings.MAX_TEMPERATURE, vm.temperatureProperty().get());
        temperature.setId("temperature");
        temperature.valueProperty().bindBidirectional(vm.temperatureProperty());
        Label temperatureValue = new Label();
        temperatureValue.textProperty().bind(Bindings.format("%.2f", vm.temperatureProperty()));
        fixed(temperatureValue);
        HBox temperatureRow = new HBox(8, temperature, temperatureValue);
        temperatureRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(temperature, Priority.ALWAYS);
        temperature.disableProperty().bind(vm.greedyProperty());

        Spinner<Integer> topK = new Spinner<>(0, 100, vm.topKProperty().get());
        topK.setId("top-k");
        topK.setEditable(true);
        topK.valueProperty().addListener((obs, was, is) -> vm.topKProperty().set(is));
        topK.disableProperty().bind(vm.greedyProperty());

        CheckBox greedy = new CheckBox("argmax");
        greedy.setId("greedy");
        greedy.selectedProperty().bindBidirectional(vm.greedyProperty());

        TextField seed = new TextField(String.valueOf(vm.seedProperty().get()));
        seed.setId("seed");
        seed.setPrefColumnCount(8);
        seed.setOnAction(e -> commitSeed(seed));
        seed.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commitSeed(seed);
            }
        });
        Button dice = new Button("New");
        dice.setTooltip(new Tooltip("A new random seed"));
        dice.setOnAction(e -> {
            long s = new Random().nextInt(1_000_000);
            vm.seedProperty().set(s);
            seed.setText(String.valueOf(s));
        });
        fixed(dice);
        HBox seedRow = new HBox(6, seed, dice);

        Spinner<Integer> streams = new Spinner<>(1, CharacterSession.MAX_STREAMS, vm.streamsProperty().get());
        streams.setId("streams");
        streams.valueProperty().addListener((obs, was, is) -> vm.streamsProperty().set(is));

        FormGrid sampling = new FormGrid();
        sampling.add("Temperature", temperatureRow, "Below 1 the network plays safe, above 1 it takes risks; 0 is greedy");
        sampling.add("Top-k", topK, "Sample among the k most probable characters only; 0 for all");
        sampling.add("Greedy", greedy, "Take the argmax at every step");
        sampling.add("Seed", seedRow, "The same seed, prime and settings write the same text");
        sampling.add("Streams", streams, "Samples side by side from the same prime: the minibatch size of "
                + "rnnTimeStep. Takes effect at the next prime (after Clear state).");

        TextField snapshotName = new TextField();
        snapshotName.setId("snapshot-name");
        snapshotName.setPromptText("name");
        snapshotName.textProperty().bindBidirectional(vm.snapshotNameProperty());
        Button save = new Button("Save");
        save.setId("snapshot-save");
        save.setOnAction(e -> vm.saveSnapshot());
        save.disableProperty().bind(vm.busyProperty().or(Bindings.createBooleanBinding(
                () -> vm.frameProperty().get().streams().isEmpty(), vm.frameProperty())));
        HBox.setHgrow(snapshotName, Priority.ALWAYS);
        HBox saveRow = new HBox(6, snapshotName, save);
        ListView<String> saved = new ListView<>(vm.snapshotNames());
        saved.setId("snapshot-list");
        saved.setPrefHeight(90);
        saved.setPlaceholder(new Label("No snapshots yet"));
        Button restore = new Button("Restore");
        restore.setId("snapshot-restore");
        restore.disableProperty().bind(saved.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.busyProperty()));
        restore.setOnAction(e -> vm.restoreSnapshot(saved.getSelectionModel().getSelectedItem()));
        saved.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && saved.getSelectionModel().getSelectedItem() != null) {
                vm.restoreSnapshot(saved.getSelectionModel().getSelectedItem());
            }
        });
        Label snapshotHint = new Label("Kept in the project folder under snapshots/");
        snapshotHint.getStyleClass().add(Styles.HINT);
        fixed(restore);
        fixed(save);
        VBox snapshotBox = new VBox(6, saveRow, saved, restore, snapshotHint);
        snapshotBox.setPadding(new javafx.geometry.Insets(0, 14, 8, 14));

        Button verify = new Button("Verify against output()");
        verify.setId("verify-button");
        verify.setTooltip(new Tooltip("Runs output() on the focused stream's whole text and compares it with the "
                + "distributions recorded while stepping"));
        verify.setOnAction(e -> vm.verify());
        verify.disableProperty().bind(vm.busyProperty().or(Bindings.createBooleanBinding(
                () -> vm.frameProperty().get().streams().isEmpty(), vm.frameProperty())));
        Label verifyResult = new Label();
        verifyResult.setId("verify-result");
        verifyResult.setWrapText(true);
        verifyResult.getStyleClass().add(Styles.VERIFY_RESULT);
        verifyResult.textProperty().bind(vm.verifyTextProperty());
        HBox verifyRow = new HBox(verify);
        verifyRow.getStyleClass().add(Styles.STEP_BUTTONS);

        VBox box = new VBox(section("PRIME"), primeBox, row1, row2, playForm, section("SAMPLING"), sampling,
                section("STATE SNAPSHOTS"), snapshotBox, section("CHECK"), verifyRow, verifyResult);
        box.getStyleClass().addAll(Styles.PANEL, Styles.STEP_CONTROLS);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(Styles.STEP_CONTROLS);
        return scroll;
    }

    private void commitSeed(TextField field) {
        try {
            vm.seedProperty().set(Long.parseLong(field.getText().strip()));
            field.pseudoClassStateChanged(Styles.ERROR, false);
        } catch (NumberFormatException ex) {
            field.pseudoClassStateChanged(Styles.ERROR, true);
        }
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SECTION_TITLE);
        return l;
    }

    // ---- centre: streams and memory -----------------------------------------------------------------------

    private SplitPane center() {
        streamBox.getStyleClass().add(Styles.STEP_STREAMS);
        streamBox.setId("streams-box");
        Label message = new Label();
        message.setId("step-message");
        message.getStyleClass().add(Styles.STEP_MESSAGE);
        message.textProperty().bind(vm.messageProperty());
        message.setPadding(new javafx.geometry.Insets(0, 12, 6, 12));
        VBox top = new VBox(streamBox, legend(), message);
        VBox.setVgrow(streamBox, Priority.ALWAYS);

        ComboBox<MemorySource> source = new ComboBox<>(vm.memorySources());
        source.setId("memory-source");
        source.valueProperty().bindBidirectional(vm.memorySourceProperty());
        Spinner<Integer> steps = new Spinner<>(5, 400, vm.memoryStepsProperty().get(), 5);
        steps.setPrefWidth(80);
        steps.valueProperty().addListener((obs, was, is) -> vm.memoryStepsProperty().set(is));
        Spinner<Integer> unit = new Spinner<>(0, 4096, 0);
        unit.setId("unit-picker");
        unit.setEditable(true);
        unit.setPrefWidth(80);
        unit.valueProperty().addListener((obs, was, is) -> {
            vm.selectedUnitProperty().set(is);
            vm.tintProperty().set(StepViewModel.Tint.UNIT);
        });
        vm.selectedUnitProperty().addListener((obs, was, is) -> unit.getValueFactory().setValue(is.intValue()));
        ToggleGroup tintGroup = new ToggleGroup();
        ToggleButton byProbability = new ToggleButton("probability");
        ToggleButton byUnit = new ToggleButton("unit");
        byProbability.setId("tint-probability");
        byUnit.setId("tint-unit");
        byProbability.setToggleGroup(tintGroup);
        byUnit.setToggleGroup(tintGroup);
        byProbability.setOnAction(e -> vm.tintProperty().set(StepViewModel.Tint.PROBABILITY));
        byUnit.setOnAction(e -> vm.tintProperty().set(StepViewModel.Tint.UNIT));
        vm.tintProperty().addListener((obs, was, is) -> {
            byProbability.setSelected(is == StepViewModel.Tint.PROBABILITY);
            byUnit.setSelected(is == StepViewModel.Tint.UNIT);
        });
        byProbability.setSelected(true);
        source.setPrefWidth(300);
        source.setMinWidth(180);
        javafx.scene.layout.FlowPane memoryBar = new javafx.scene.layout.FlowPane(8, 6, label("Memory"), source,
                label("last"), steps, label("steps"), gap(), label("Unit"), unit, gap(), label("Tint text by"),
                byProbability, byUnit);
        memoryBar.setAlignment(Pos.CENTER_LEFT);
        memoryBar.setPadding(new javafx.geometry.Insets(8, 12, 6, 12));
        Label hint = new Label("Rows are units, columns the last steps (oldest left); blue negative, red positive; "
                + "memory cells are scaled unit by unit. Click a row to tint the text by that unit.");
        hint.getStyleClass().add(Styles.HINT);
        hint.setPadding(new javafx.geometry.Insets(0, 12, 4, 12));
        VBox memory = new VBox(memoryBar, heatMap, hint);
        VBox.setVgrow(heatMap, Priority.ALWAYS);
        VBox.setMargin(heatMap, new javafx.geometry.Insets(0, 12, 4, 12));

        SplitPane split = new SplitPane(top, memory);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.56);
        return split;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.MUTED);
        return fixed(l);
    }

    /** A control that keeps its whole text rather than shrinking to an ellipsis. */
    private static <T extends Region> T fixed(T node) {
        node.setMinWidth(Region.USE_PREF_SIZE);
        return node;
    }

    private static Region gap() {
        Region r = new Region();
        r.setMinWidth(12);
        return r;
    }

    private HBox legend() {
        HBox legend = new HBox();
        legend.getStyleClass().add(Styles.LEGEND);
        legend.setId("tint-legend");
        Runnable fill = () -> {
            legend.getChildren().clear();
            if (vm.tintProperty().get() == StepViewModel.Tint.PROBABILITY) {
                legend.getChildren().add(new Label("Tint: how probable each character was when chosen   "));
                String[] names = {"< 10%", "10–25%", "25–50%", "50–80%", "≥ 80%"};
                for (int i = 0; i < names.length; i++) {
                    legend.getChildren().addAll(swatch(Styles.PROB_PREFIX + i), new Label(names[i] + "  "));
                }
            } else {
                MemorySource s = vm.memorySourceProperty().get();
                legend.getChildren().add(new Label("Tint: unit " + vm.selectedUnitProperty().get()
                        + (s == null ? "" : " of layer " + s.layer() + " " + s.key()) + " after each character   "));
                for (String b : new String[] {"n3", "n2", "n1", "z", "p1", "p2", "p3"}) {
                    legend.getChildren().add(swatch(Styles.UNIT_PREFIX + b));
                }
                legend.getChildren().add(new Label("  negative → positive"));
            }
        };
        vm.tintProperty().addListener(x -> fill.run());
        vm.selectedUnitProperty().addListener(x -> fill.run());
        vm.memorySourceProperty().addListener(x -> fill.run());
        fill.run();
        return legend;
    }

    private static Region swatch(String styleClass) {
        Region r = new Region();
        r.getStyleClass().addAll(Styles.LEGEND_SWATCH, styleClass);
        return r;
    }

    // ---- right: next character and branches ---------------------------------------------------------------

    private VBox side() {
        Label nextTitle = section("NEXT CHARACTER");
        nextTitle.textProperty().bind(Bindings.concat("NEXT CHARACTER · STREAM ",
                vm.focusedStreamProperty().add(1).asString()));
        NextCharacterChart chart = new NextCharacterChart(vm.nextAlternatives());
        branches.setId("branch-list");
        branches.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(BranchInfo item, boolean empty) {
                super.updateItem(item, empty);
                String tail = item == null ? "" : item.tail().replace("\n", "↵");
                tail = tail.length() > 30 ? "…" + tail.substring(tail.length() - 30) : tail;
                setText(empty || item == null ? null : item.label() + "\n    " + tail);
            }
        });
        branches.getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> {
            if (!updatingBranches && is != null) {
                vm.switchBranch(vm.focusedStreamProperty().get(), is.id());
            }
        });
        VBox.setVgrow(branches, Priority.ALWAYS);
        Label branchHint = new Label("Click a generated character to fork there; pick a branch to go back to it.");
        branchHint.getStyleClass().add(Styles.HINT);
        branchHint.setWrapText(true);
        branchHint.setPadding(new javafx.geometry.Insets(0, 14, 6, 14));
        VBox side = new VBox(nextTitle, chart, section("BRANCHES"), branchHint, branches);
        side.getStyleClass().add(Styles.INSPECTOR);
        side.setPrefWidth(290);
        side.setMinWidth(250);
        return side;
    }

    // ---- frames -------------------------------------------------------------------------------------------

    private void showFrame(StepFrame frame) {
        int n = Math.max(frame.streams().size(), 1);
        if (streamViews.size() != n) {
            streamViews.clear();
            for (int s = 0; s < n; s++) {
                StreamTextView view = new StreamTextView(vm, s);
                HBox.setHgrow(view, Priority.ALWAYS);
                view.setPrefWidth(200);
                streamViews.add(view);
            }
            streamBox.getChildren().setAll(streamViews);
        }
        for (int s = 0; s < n; s++) {
            streamViews.get(s).show(s < frame.streams().size() ? frame.streams().get(s)
                    : new StreamFrame(List.of(), List.of(), 0, new float[0], List.of()));
        }
        showBranches(frame);
    }

    private void showBranches(StepFrame frame) {
        updatingBranches = true;
        try {
            int s = vm.focusedStreamProperty().get();
            if (s >= frame.streams().size()) {
                branches.getItems().clear();
                return;
            }
            StreamFrame stream = frame.streams().get(s);
            branches.getItems().setAll(stream.branches());
            branches.getSelectionModel().select(stream.activeBranch() - 1);
        } finally {
            updatingBranches = false;
        }
    }
}
