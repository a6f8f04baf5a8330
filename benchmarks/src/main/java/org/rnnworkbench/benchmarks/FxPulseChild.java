package org.rnnworkbench.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.rnnworkbench.app.Workbench;
import org.rnnworkbench.app.data.DataViewModel;
import org.rnnworkbench.app.data.FileMatch;
import org.rnnworkbench.app.data.WizardStep;
import org.rnnworkbench.app.project.SampleProjects;
import org.rnnworkbench.app.shell.Area;
import org.rnnworkbench.app.shell.MainWindowView;
import org.rnnworkbench.app.shell.WorkbenchViewModel;
import org.rnnworkbench.model.data.AlignmentMode;
import org.rnnworkbench.model.data.BatchSettings;
import org.rnnworkbench.model.data.CsvFormat;
import org.rnnworkbench.model.data.CsvSequenceSource;
import org.rnnworkbench.model.data.FolderFiles;
import org.rnnworkbench.model.data.LabelType;
import org.rnnworkbench.model.data.SequenceCsvSpec;

/**
 * The FX pulse benchmark's own JVM, started with Monocle's headless platform: the real workbench window on the
 * Data area's files step, driven from the FX thread as a user drives it (type the features folder, the labels
 * folder, look at the previews, Next, Import), with an {@code AnimationTimer} recording the gap between every
 * two pulses from the first keystroke until the import has finished. Then a second import is cancelled as soon
 * as it reports progress, and the time until it stopped is taken. Prints one {@code CHILD} line for
 * {@link FxPulseBenchmark}, and a few {@code fx-pulse} lines about the run.
 */
final class FxPulseChild {
    static final String COMMAND = "child-fx-pulse";
    /** A user's pause between two actions. */
    private static final long PAUSE_NANOS = 300_000_000L;
    /**
     * Quiet pulses before the first action: the first second lets the new window settle, the second is the
     * reference (the gaps of an idle window on this machine at this load).
     */
    private static final long SETTLE_NANOS = 2_000_000_000L;
    private static final long IDLE_FROM_NANOS = 1_000_000_000L;
    private static final int COLUMNS = 3;
    private static final int CLASSES = 4;

    private FxPulseChild() {
    }

    /** Arguments: the work folder, the number of files (a features and a labels file per sequence). */
    static void run(String[] args) throws Exception {
        Path work = Path.of(args[1]).toAbsolutePath();
        int files = Integer.parseInt(args[2]);
        int sequences = files / 2;
        Files.createDirectories(work);
        Path root = Files.createTempDirectory(work, "fx-pulse-");
        try {
            long t0 = System.nanoTime();
            writeSequences(root.resolve("data"), sequences, CharModel.SEED);
            System.out.printf(Locale.ROOT, "fx-pulse wrote %d files (%d sequences of 20-80 steps, %d columns,"
                    + " one-line labels) in %.1f s%n", 2 * sequences, sequences, COLUMNS, (System.nanoTime() - t0) / 1e9);
            warmUp(root.resolve("warm-up"));
            Outcome outcome = drive(root, sequences);
            for (PulseGaps.Gap g : outcome.gaps().longest(5)) {
                System.out.printf(Locale.ROOT, "fx-pulse gap %.1f ms after \"%s\": FX thread busy %.1f ms of it%n",
                        g.millis(), g.phase(), g.fxCpuMillis());
            }
            System.out.println(outcome.line(2 * sequences));
        } finally {
            FxChild.deleteTree(root);
        }
    }

    /**
     * One features and one labels file per sequence: 20-80 steps of {@value #COLUMNS} values, and a one-line
     * class label (many-to-one).
     */
    static void writeSequences(Path folder, int sequences, long seed) throws IOException {
        Path features = Files.createDirectories(folder.resolve("features"));
        Path labels = Files.createDirectories(folder.resolve("labels"));
        Random rng = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sequences; i++) {
            text.setLength(0);
            int length = 20 + rng.nextInt(61);
            for (int t = 0; t < length; t++) {
                for (int c = 0; c < COLUMNS; c++) {
                    text.append(c == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.3f", rng.nextGaussian()));
                }
                text.append('\n');
            }
            Files.writeString(features.resolve(i + ".csv"), text);
            Files.writeString(labels.resolve(i + ".csv"), rng.nextInt(CLASSES) + "\n");
        }
    }

    /**
     * Loads ND4J and the CSV reader before the window opens, as any project opened earlier would have: the
     * figure is about the files, not about ND4J's first start.
     */
    private static void warmUp(Path folder) throws IOException {
        writeSequences(folder, 4, 1);
        SequenceCsvSpec spec = SequenceCsvSpec.separateFiles(new FolderFiles("features", "csv"),
                new FolderFiles("labels", "csv"), LabelType.CLASSIFICATION, CLASSES, AlignmentMode.ALIGN_END,
                CsvFormat.detect());
        CsvSequenceSource.open(spec, folder).iterator(BatchSettings.inOrder(4)).next();
    }

    /** What one run measured. */
    record Outcome(PulseGaps gaps, PulseGaps idle, double previewMillis, double importSeconds,
            double cancelMillis) {
        String line(int files) {
            return String.format(Locale.ROOT, "CHILD files=%d pulses=%d max_ms=%.2f p99_ms=%.2f median_ms=%.2f"
                            + " fx_cpu_max_ms=%.2f idle_max_ms=%.2f preview_ms=%.1f import_s=%.3f cancel_ms=%.1f", files,
                    gaps.count(), gaps.max(), gaps.percentile(0.99), gaps.median(), gaps.maxFxCpu(), idle.max(),
                    previewMillis, importSeconds, cancelMillis);
        }
    }

    private static Outcome drive(Path root, int sequences) throws Exception {
        // the application's threads: a shared one for autosaves and the import, one for the Data area's previews
        ExecutorService background = FxChild.daemonThread("workbench-background");
        ExecutorService previews = FxChild.daemonThread("data-preview");
        CompletableFuture<Outcome> done = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                WorkbenchViewModel vm = Workbench.create(root.resolve("home"), new FxChild.NoDialogs(), background, previews,
                        Platform::runLater);
                Stage stage = new Stage();
                stage.setScene(new Scene(new MainWindowView(vm, new SampleProjects(null)), FxChild.WIDTH, FxChild.HEIGHT));
                stage.show();
                vm.selectedAreaProperty().set(Area.DATA);
                vm.data().stepProperty().set(WizardStep.FILES);
                new Scenario(vm.data(), root.resolve("data"), sequences, done).start();
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
            }
        });
        try {
            return done.get(5, TimeUnit.MINUTES);
        } finally {
            Platform.exit();
            background.shutdownNow();
            previews.shutdownNow();
        }
    }

    /**
     * The user's actions, one at a time, each when its condition holds; checked at every pulse, so every action
     * happens on the FX thread between two pulses, as a key press or click would.
     */
    private static final class Scenario extends PulseRecorder {
        private record Step(String name, BooleanSupplier ready, Runnable act) {
        }

        private final DataViewModel data;
        private final int sequences;
        private final CompletableFuture<Outcome> done;
        private final List<Step> steps = new ArrayList<>();
        private int next;
        private long lastAction;
        private long labelsTyped;
        private long previewShown;
        private long importStarted;
        private long importEnded;
        private long cancelAsked;
        private long secondEnded;

        Scenario(DataViewModel data, Path folder, int sequences, CompletableFuture<Outcome> done) {
            this.data = data;
            this.sequences = sequences;
            this.done = done;
            data.importingProperty().addListener((obs, was, is) -> {
                if (!is && importEnded == 0) {
                    importEnded = System.nanoTime();
                } else if (!is) {
                    secondEnded = System.nanoTime();
                }
            });
            data.progressProperty().addListener((obs, was, is) -> {
                if (importEnded != 0 && cancelAsked == 0 && data.importingProperty().get() && is.doubleValue() > 0) {
                    cancelAsked = System.nanoTime();
                    data.cancelImport();
                    System.out.printf(Locale.ROOT, "fx-pulse cancel asked at %s%n", data.progressTextProperty().get());
                }
            });
            step("type the features folder", () -> now - lastAction >= SETTLE_NANOS, () -> {
                measuring = true;
                data.featuresFolderProperty().set(folder.resolve("features").toString());
            });
            step("type the labels folder", this::paused, () -> {
                labelsTyped = System.nanoTime();
                data.labelsFolderProperty().set(folder.resolve("labels").toString());
            });
            step("previews shown", this::previewsShown, () -> previewShown = System.nanoTime());
            step("Next (takes the detection)", this::paused, data::next);
            step("Import", this::paused, () -> {
                importStarted = System.nanoTime();
                data.importData();
            });
            step("import finished", () -> importEnded != 0, () -> {
                measuring = false;
                check(data.errorTextProperty().get().isEmpty(), "the import failed: "
                        + data.errorTextProperty().get());
                check(data.resultProperty().get() != null && data.resultProperty().get().statistics().examples()
                        == sequences, "the import did not read every sequence: " + data.resultTextProperty().get());
            });
            step("second Import, cancelled at its first progress", this::paused, data::importData);
            step("cancelled", () -> secondEnded != 0, () -> {
                check(cancelAsked != 0 && data.progressTextProperty().get().contains("cancelled"),
                        "the second import was not cancelled: " + data.progressTextProperty().get());
                stop();
                sampler.mostSeen(3).forEach(stack -> System.err.println("FX thread while a pulse was late, "
                        + stack));
                done.complete(new Outcome(gaps, idle, (previewShown - labelsTyped) / 1e6,
                        (importEnded - importStarted) / 1e9, (secondEnded - cancelAsked) / 1e6));
            });
        }

        private void step(String name, BooleanSupplier ready, Runnable act) {
            steps.add(new Step(name, ready, act));
        }

        private boolean paused() {
            return now - lastAction >= PAUSE_NANOS;
        }

        /** The newest previews are on the page: both folders' match counts and the detection. */
        private boolean previewsShown() {
            FileMatch features = data.featuresMatchProperty().get();
            FileMatch labels = data.labelsMatchProperty().get();
            return !data.previewingProperty().get() && features != null && features.found() == sequences
                    && labels != null && labels.found() == sequences && data.detectionProperty().get() != null;
        }

        private static void check(boolean condition, String message) {
            if (!condition) {
                throw new IllegalStateException(message);
            }
        }

        @Override
        protected boolean idleWindow() {
            return next == 0 && now - firstPulse >= IDLE_FROM_NANOS;
        }

        @Override
        protected void onPulse() {
            if (lastAction == 0) {
                lastAction = now;
            }
            try {
                if (next < steps.size() && steps.get(next).ready().getAsBoolean()) {
                    Step s = steps.get(next++);
                    phase = s.name();
                    lastAction = now;
                    s.act().run();
                }
            } catch (RuntimeException | Error e) {
                stop();
                done.completeExceptionally(e);
            }
        }
    }
}
