package org.rnnworkbench.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.rnnworkbench.app.project.SampleProjects;
import org.rnnworkbench.app.shell.FxDialogService;
import org.rnnworkbench.app.shell.GuidedTour;
import org.rnnworkbench.app.shell.MainWindowView;
import org.rnnworkbench.app.shell.WorkbenchViewModel;

/**
 * The JavaFX application. Arguments: a project folder (or its {@code project.json}) to open, or
 * {@code --sample <folder or name>} to open the user's own copy of a sample; {@code --smoke-test} as the last
 * argument makes the start a self-test that exits (see {@link SmokeTest}). System properties: {@code rnnworkbench.home}
 * (the workbench's own files, default {@code ~/.rnnworkbench}) and {@code rnnworkbench.samples} (the sample
 * projects, default {@code sample-projects} in the working directory).
 */
public final class WorkbenchApp extends Application {
    private static final String SMOKE_TEST = "--smoke-test";
    // loading the sample's network includes ND4J's first start, which unpacks its native libraries
    private static final Duration SMOKE_TEST_LIMIT = Duration.ofMinutes(3);

    private ExecutorService background;
    private ExecutorService previews;
    private MainWindowView view;

    @Override
    public void start(Stage stage) {
        background = daemonThread("workbench-background");
        // the Data area's previews follow every keystroke and must not wait behind an import
        previews = daemonThread("data-preview");
        Path home = Path.of(System.getProperty("rnnworkbench.home",
                Path.of(System.getProperty("user.home"), ".rnnworkbench").toString()));
        SampleProjects samples = new SampleProjects(
                Path.of(System.getProperty("rnnworkbench.samples", "sample-projects")).toAbsolutePath());
        WorkbenchViewModel vm = Workbench.create(home, new FxDialogService(() -> stage), background, previews,
                Platform::runLater);
        view = new MainWindowView(vm, samples);
        Scene scene = new Scene(view, 1360, 860);
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
        stage.setMinWidth(980);
        stage.setMinHeight(620);
        view.handleCloseRequests(stage, Platform::exit);
        stage.getIcons().addAll(AppIcons.load());
        stage.show();
        List<String> args = new ArrayList<>(getParameters().getRaw());
        boolean smokeTest = !args.isEmpty() && SMOKE_TEST.equals(args.get(args.size() - 1));
        if (smokeTest) {
            args.remove(args.size() - 1);
            new SmokeTest(code -> {
                Platform.exit();
                System.exit(code);
            }).watch(view.step().modeProperty(), view.step().unavailableTextProperty(), SMOKE_TEST_LIMIT);
        }
        GuidedTour tour = new GuidedTour(home, vm.selectedAreaProperty());
        view.installTour(tour);
        Platform.runLater(() -> {
            openFromArguments(vm, samples, args);
            // after the project opened (which picks its own area), so that the tour starts at its first area;
            // a smoke test needs the Step area the sample opens on
            if (!smokeTest) {
                tour.startIfFirstTime();
            }
        });
    }

    private static void openFromArguments(WorkbenchViewModel vm, SampleProjects samples, List<String> args) {
        if (args.size() >= 2 && "--sample".equals(args.get(0))) {
            vm.openSample(samples.resolve(args.get(1)));
        } else if (!args.isEmpty()) {
            vm.startup(Optional.of(Path.of(args.get(0))));
        } else {
            vm.startup(Optional.empty());
        }
    }

    @Override
    public void stop() {
        if (background != null) {
            background.shutdownNow();
        }
        if (previews != null) {
            previews.shutdownNow();
        }
    }

    private static ExecutorService daemonThread(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
