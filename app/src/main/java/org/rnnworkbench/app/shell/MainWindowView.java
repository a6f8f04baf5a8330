package org.rnnworkbench.app.shell;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.rnnworkbench.app.concurrent.UiTicker;
import org.rnnworkbench.app.builder.BuilderView;
import org.rnnworkbench.app.builder.Template;
import org.rnnworkbench.app.concurrent.BackgroundRunner;
import org.rnnworkbench.app.data.DataView;
import org.rnnworkbench.app.evaluate.EvaluateView;
import org.rnnworkbench.app.exchange.Dl4jExchange;
import org.rnnworkbench.app.exchange.ExchangeViewModel;
import org.rnnworkbench.app.exchange.FxExchangeDialogs;
import org.rnnworkbench.app.project.SampleProjects;
import org.rnnworkbench.app.step.StepRemedy;
import org.rnnworkbench.app.step.StepView;
import org.rnnworkbench.app.step.StepViewModel;
import org.rnnworkbench.app.train.TrainView;
import org.rnnworkbench.app.train.TrainViewModel;
import org.rnnworkbench.app.ui.Styles;
import org.rnnworkbench.app.ui.ThemeStylesheets;

/**
 * The main window's content: menu bar, side bar, the selected area, and the status bar. Menu items call the
 * view-model; the view only decides how things look and which keys do what.
 */
public final class MainWindowView extends BorderPane {
    /** How often unsaved changes are written to the autosave file. */
    public static final Duration AUTOSAVE_INTERVAL = Duration.ofMinutes(2);

    private final WorkbenchViewModel vm;
    private final SampleProjects samples;
    private final StatusBarView statusBar;
    private final UiTicker autosaveTimer;
    private final Map<Area, Node> areas = new EnumMap<>(Area.class);
    private final StackPane content = new StackPane();
    // the guided tour's card floats here, over the area; empty until a tour is installed
    private final StackPane tourLayer = new StackPane();
    private final Menu helpMenu = new Menu("Help");
    private final StepViewModel step;
    private final TrainViewModel train;
    private final ExchangeViewModel exchange;
    private HelpWindow help;

    /**
     * @param vm the window's view-model
     * @param samples the sample projects offered in File → Open Sample
     */
    public MainWindowView(WorkbenchViewModel vm, SampleProjects samples) {
        this.vm = vm;
        this.samples = samples;
        getStyleClass().add(Styles.WORKBENCH);
        setId("main-window");

        areas.put(Area.MODEL, new BuilderView(vm.builder(), vm.canTrainProperty(),
                () -> vm.selectedAreaProperty().set(Area.TRAIN)));
        areas.put(Area.DATA, new DataView(vm.data()));
        step = StepViewModel.withOwnWorker(vm.projectFolderProperty(), Platform::runLater);
        exchange = new ExchangeViewModel(vm.projectFolderProperty(), new Dl4jExchange(),
                BackgroundRunner.withOwnThread("model-exchange", Platform::runLater),
                new FxExchangeDialogs(this::window), vm::open);
        areas.put(Area.STEP, new StepView(step, this::stepRemedy));
        TrainingAreas training = TrainingAreas.create(vm);
        train = training.train();
        areas.put(Area.TRAIN, new TrainView(train));
        areas.put(Area.EVALUATE, new EvaluateView(training.evaluate()));
        content.setId("area-content");
        showArea(vm.selectedAreaProperty().get());
        vm.selectedAreaProperty().addListener((obs, was, is) -> showArea(is));

        setTop(menuBar());
        setLeft(new NavigationBar(vm));
        setCenter(new StackPane(content, tourLayer));
        tourLayer.setPickOnBounds(false);
        statusBar = new StatusBarView(vm);
        setBottom(statusBar);

        autosaveTimer = new UiTicker("autosave-timer", AUTOSAVE_INTERVAL, Platform::runLater, vm::autosave);

        sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null) {
                attach(scene);
            }
        });
    }

    /** The Step area's view-model (the smoke test watches it load the opened sample's network). */
    public StepViewModel step() {
        return step;
    }

    /** The Train area's view-model (the training benchmark starts and stops runs through it). */
    public TrainViewModel train() {
        return train;
    }

    /**
     * Lets the view-model decide whether {@code window} may close (unsaved changes, a training run in progress);
     * once it may, stops the timers and runs {@code exit}. File → Quit comes here too, as a close request.
     */
    public void handleCloseRequests(Window window, Runnable exit) {
        window.setOnCloseRequest(e -> {
            e.consume();
            vm.requestExit(() -> {
                dispose();
                exit.run();
            });
        });
    }

    /** Stops the timers; called when the window closes. */
    public void dispose() {
        autosaveTimer.close();
        statusBar.stop();
    }

    private void attach(Scene scene) {
        ThemeStylesheets.apply(scene, vm.themeProperty().get());
        vm.themeProperty().addListener((obs, was, is) -> ThemeStylesheets.apply(scene, is));
        // Redo has two shortcuts; a menu item holds only one, so the second is a scene accelerator
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), vm::redo);
    }

    private void stepRemedy(StepRemedy remedy) {
        if (remedy == StepRemedy.SAVE_PROJECT) {
            vm.saveAs();
        } else {
            vm.selectedAreaProperty().set(remedy == StepRemedy.IMPORT_TEXT ? Area.DATA : Area.TRAIN);
        }
    }

    private void showArea(Area area) {
        content.getChildren().setAll(areas.get(area));
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    // ---- menus -------------------------------------------------------------------------------------------

    private MenuBar menuBar() {
        MenuBar bar = new MenuBar(fileMenu(), editMenu(), viewMenu(), helpMenu());
        bar.setId("menu-bar");
        return bar;
    }

    private Menu fileMenu() {
        MenuItem newItem = item("New", "Shortcut+N", () -> vm.newProject(Optional.empty()));
        Menu fromTemplate = new Menu("New from Template");
        for (Template t : Template.values()) {
            fromTemplate.getItems().add(item(t.title(), null, () -> vm.newProject(Optional.of(t))));
        }
        MenuItem open = item("Open…", "Shortcut+O", vm::open);
        Menu openSample = new Menu("Open Sample");
        for (Path sample : samples.list()) {
            String description = samples.description(sample);
            String label = sample.getFileName() + (description.isEmpty() ? "" : " — " + description);
            openSample.getItems().add(literal(item(label, null, () -> vm.openSample(sample))));
        }
        openSample.setDisable(openSample.getItems().isEmpty());
        Menu recent = new Menu("Open Recent");
        recent.setId("menu-recent");
        fillRecent(recent);
        vm.recentProjects().addListener((ListChangeListener<Path>) c -> fillRecent(recent));
        MenuItem save = item("Save", "Shortcut+S", vm::save);
        save.setId("menu-save");
        MenuItem saveAs = item("Save As…", "Shortcut+Shift+S", vm::saveAs);
        MenuItem close = item("Close", "Shortcut+W", vm::close);
        MenuItem quit = item("Quit", "Shortcut+Q", () -> {
            Window w = window();
            if (w != null) {
                w.fireEvent(new WindowEvent(w, WindowEvent.WINDOW_CLOSE_REQUEST));
            }
        });
        MenuItem exportDl4j = item("Export to DL4J…", null, exchange::exportToDl4j);
        exportDl4j.setId("menu-export-dl4j");
        MenuItem importDl4j = item("Import DL4J Model…", null, exchange::importFromDl4j);
        importDl4j.setId("menu-import-dl4j");
        exportDl4j.disableProperty().bind(exchange.busyProperty());
        importDl4j.disableProperty().bind(exchange.busyProperty());
        return new Menu("File", null, newItem, fromTemplate, open, openSample, recent, new SeparatorMenuItem(), save,
                saveAs, close, new SeparatorMenuItem(), importDl4j, exportDl4j, new SeparatorMenuItem(), quit);
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (Path p : vm.recentProjects()) {
            MenuItem item = literal(item(p.getFileName() + "  —  " + p, null, () -> vm.open(p)));
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private Menu editMenu() {
        MenuItem undo = item("Undo", "Shortcut+Z", vm::undo);
        undo.setId("menu-undo");
        undo.textProperty().bind(vm.undoTextProperty());
        undo.disableProperty().bind(vm.commands().canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", vm::redo);
        redo.textProperty().bind(vm.redoTextProperty());
        redo.disableProperty().bind(vm.commands().canRedoProperty().not());
        MenuItem delete = item("Delete Layer", "Delete", vm::delete);
        delete.disableProperty().bind(vm.builder().selectedIndexProperty().lessThan(0));
        MenuItem duplicate = item("Duplicate Layer", "Shortcut+D", vm.builder()::duplicateSelected);
        duplicate.disableProperty().bind(vm.builder().selectedIndexProperty().lessThan(0));
        MenuItem up = item("Move Layer Up", "Alt+Up", vm.builder()::moveSelectedUp);
        MenuItem down = item("Move Layer Down", "Alt+Down", vm.builder()::moveSelectedDown);
        return new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), delete, duplicate, up, down);
    }

    private Menu viewMenu() {
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("Light Theme");
        RadioMenuItem dark = new RadioMenuItem("Dark Theme");
        dark.setId("menu-dark");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        light.setSelected(vm.themeProperty().get() == ThemeChoice.LIGHT);
        dark.setSelected(vm.themeProperty().get() == ThemeChoice.DARK);
        light.setOnAction(e -> vm.themeProperty().set(ThemeChoice.LIGHT));
        dark.setOnAction(e -> vm.themeProperty().set(ThemeChoice.DARK));
        Menu menu = new Menu("View", null, light, dark, new SeparatorMenuItem());
        int n = 1;
        for (Area area : Area.values()) {
            menu.getItems().add(item(area.title(), "Shortcut+" + n++, () -> vm.selectedAreaProperty().set(area)));
        }
        return menu;
    }

    private Menu helpMenu() {
        for (HelpTopic topic : HelpTopic.values()) {
            helpMenu.getItems().add(item(topic.title(), null, () -> showHelp(topic)));
        }
        return helpMenu;
    }

    /**
     * Adds the guided tour: its card over the areas, Help → Guided Tour, and Esc to close it. The application
     * installs it; views built for tests go without.
     */
    public void installTour(GuidedTour tour) {
        TourCard card = new TourCard(tour);
        StackPane.setAlignment(card, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(card, new Insets(0, 24, 24, 0));
        tourLayer.getChildren().setAll(card);
        MenuItem again = item("Guided Tour", null, tour::start);
        again.setId("menu-tour");
        helpMenu.getItems().addAll(0, List.of(again, new SeparatorMenuItem()));
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && tour.showingProperty().get()) {
                tour.dismiss();
                e.consume();
            }
        });
    }

    private void showHelp(HelpTopic topic) {
        if (help == null) {
            help = new HelpWindow(window(), vm.themeProperty().get());
        }
        help.show(topic, vm.themeProperty().get());
    }

    /** A menu item whose text is shown as it is: an underscore (ALIGN_END, a path) is no mnemonic marker. */
    private static MenuItem literal(MenuItem item) {
        item.setMnemonicParsing(false);
        return item;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
