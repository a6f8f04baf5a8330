package org.rnnworkbench.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.rnnworkbench.app.Workbench;
import org.rnnworkbench.app.project.AtomicFileWriter;
import org.rnnworkbench.app.project.DataSourceSpec;
import org.rnnworkbench.app.project.DataSourceStore;
import org.rnnworkbench.app.project.ProjectDocument;
import org.rnnworkbench.app.project.ProjectFileException;
import org.rnnworkbench.app.project.ProjectFormat;
import org.rnnworkbench.app.project.ProjectStore;
import org.rnnworkbench.app.project.SampleProjects;
import org.rnnworkbench.app.shell.Area;
import org.rnnworkbench.app.shell.MainWindowView;
import org.rnnworkbench.app.shell.WorkbenchViewModel;
import org.rnnworkbench.app.train.MinibatchInfo;
import org.rnnworkbench.app.train.ProjectData;
import org.rnnworkbench.app.train.TrainState;
import org.rnnworkbench.app.train.TrainViewModel;
import org.rnnworkbench.app.train.TrainingControl;
import org.rnnworkbench.app.train.TrainingData;
import org.rnnworkbench.app.train.TrainingLoop;
import org.rnnworkbench.app.train.TrainingObserver;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.nn.Network;
import org.rnnworkbench.model.train.IterationEvent;

/**
 * The training benchmark's own JVM, on Monocle's headless platform: the real workbench window opens a copy of
 * the character-model sample (in a temporary workbench home), shows the Train area and starts a run through the
 * Train area's view-model, as the Start button does, until stopped. The pulse gaps are recorded, and the
 * iterations counted, over a timed window that begins after a warm-up; then the run is stopped. Afterwards, in
 * the same JVM with the window closed, the same configuration is trained on the same data source by the
 * engine's {@link TrainingLoop} alone, with the same warm-up and window. Prints one {@code CHILD} line for
 * {@link FxTrainBenchmark}, and a few {@code fx-train} lines about the run.
 */
final class FxTrainChild {
    static final String COMMAND = "child-fx-train";
    /**
     * Quiet pulses before Start: the first two seconds let the new window settle with the opened sample (the
     * Step area loads its network), the third is the reference (the gaps of an idle window at this load).
     */
    private static final long SETTLE_NANOS = 3_000_000_000L;
    private static final long IDLE_FROM_NANOS = 2_000_000_000L;

    private FxTrainChild() {
    }

    /** What the window measured, and what the headless run needs to do the same work. */
    private record InApp(PulseGaps gaps, PulseGaps idle, PulseGaps warmUp, long iterations, long nanos,
            NetworkConfiguration conf, DataSourceSpec spec, Path dataFolder) {
    }

    /** Arguments: the work folder, the sample's folder, the warm-up and the timed window in seconds. */
    static void run(String[] args) throws Exception {
        Path work = Path.of(args[1]).toAbsolutePath();
        Path sample = Path.of(args[2]).toAbsolutePath();
        long warmUpNanos = TimeUnit.SECONDS.toNanos(Long.parseLong(args[3]));
        long windowNanos = TimeUnit.SECONDS.toNanos(Long.parseLong(args[4]));
        Files.createDirectories(work);
        Path root = Files.createTempDirectory(work, "fx-train-");
        try {
            // the headless runs come before and after the window, so that a change in the machine's load while the
            // child runs weighs on both sides alike; the in-app figure is set against their mean
            SampleData data = SampleData.read(root, sample);
            Headless before = headless(data.conf(), data.training(), warmUpNanos, windowNanos);
            InApp app = inApp(root.resolve("home"), sample, warmUpNanos, windowNanos);
            // The JVM's uptime at the end of each gap, to line it up with a GC log (-Xlog:gc) of this child.
            long uptimeMillis = ManagementFactory.getRuntimeMXBean().getUptime();
            long nowNanos = System.nanoTime();
            for (PulseGaps.Gap g : app.gaps().longest(5)) {
                System.out.printf(Locale.ROOT, "fx-train gap %.1f ms in \"%s\": FX thread busy %.1f ms of it; ended"
                        + " at %.3f s of the child's uptime%n", g.millis(), g.phase(), g.fxCpuMillis(),
                        (uptimeMillis - (nowNanos - g.endNanos()) / 1e6) / 1e3);
            }
            check(app.conf().equals(data.conf()), "the window trained another configuration than the sample's");
            Headless after = headless(app.conf(), ProjectData.of(app.spec(), app.dataFolder()), warmUpNanos,
                    windowNanos);
            long perIteration = after.charsPerIteration();
            double inAppRate = FxTrainBenchmark.charsPerSecond(app.iterations(), perIteration, app.nanos());
            double beforeRate = FxTrainBenchmark.charsPerSecond(before.iterations(), perIteration, before.nanos());
            double afterRate = FxTrainBenchmark.charsPerSecond(after.iterations(), perIteration, after.nanos());
            System.out.printf(Locale.ROOT, "fx-train headless before: %d iterations in %.1f s; in the app: %d"
                            + " iterations in %.1f s; headless after: %d iterations in %.1f s; %d characters per"
                            + " iteration%n", before.iterations(), before.nanos() / 1e9, app.iterations(),
                    app.nanos() / 1e9, after.iterations(), after.nanos() / 1e9, perIteration);
            System.out.printf(Locale.ROOT, "CHILD pulses=%d max_ms=%.2f p99_ms=%.2f median_ms=%.2f"
                            + " fx_cpu_max_ms=%.2f idle_max_ms=%.2f warmup_max_ms=%.2f window_s=%.1f"
                            + " warmup_s=%.1f in_app_chars_per_s=%.1f headless_before_chars_per_s=%.1f"
                            + " headless_after_chars_per_s=%.1f%n",
                    app.gaps().count(), app.gaps().max(), app.gaps().percentile(0.99), app.gaps().median(),
                    app.gaps().maxFxCpu(), app.idle().max(), app.warmUp().max(), windowNanos / 1e9,
                    warmUpNanos / 1e9, inAppRate, beforeRate, afterRate);
        } finally {
            FxChild.deleteTree(root);
        }
    }

    private static InApp inApp(Path home, Path sample, long warmUpNanos, long windowNanos) throws Exception {
        ExecutorService background = FxChild.daemonThread("workbench-background");
        ExecutorService previews = FxChild.daemonThread("data-preview");
        CompletableFuture<InApp> done = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                WorkbenchViewModel vm = Workbench.create(home, new FxChild.NoDialogs(), background, previews,
                        Platform::runLater);
                MainWindowView window = new MainWindowView(vm, new SampleProjects(null));
                Stage stage = new Stage();
                stage.setScene(new Scene(window, FxChild.WIDTH, FxChild.HEIGHT));
                stage.show();
                if (!vm.openSample(sample)) {
                    throw new IllegalStateException("the sample " + sample + " did not open");
                }
                vm.selectedAreaProperty().set(Area.TRAIN);
                new Scenario(vm, window.train(), warmUpNanos, windowNanos, done).start();
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
            }
        });
        try {
            return done.get(10, TimeUnit.MINUTES);
        } finally {
            Platform.exit();
            background.shutdownNow();
            previews.shutdownNow();
        }
    }

    /**
     * Settle, Start (until stopped), warm-up, the timed window, Stop, wait for the run's end; each when its time
     * has come, at a pulse, on the FX thread.
     */
    private static final class Scenario extends PulseRecorder {
        private final WorkbenchViewModel vm;
        private final TrainViewModel train;
        private final long warmUpNanos;
        private final long windowNanos;
        private final CompletableFuture<InApp> done;
        private long started;
        private long windowStart;
        private long windowEnd;
        private long iterationsAtStart;
        private Map<String, Long> cpuAtStart;
        private long iterations;

        Scenario(WorkbenchViewModel vm, TrainViewModel train, long warmUpNanos, long windowNanos,
                CompletableFuture<InApp> done) {
            this.vm = vm;
            this.train = train;
            this.warmUpNanos = warmUpNanos;
            this.windowNanos = windowNanos;
            this.done = done;
        }

        @Override
        protected boolean idleWindow() {
            return started == 0 && now - firstPulse >= IDLE_FROM_NANOS;
        }

        @Override
        protected void onPulse() {
            try {
                if (started == 0 && now - firstPulse >= SETTLE_NANOS) {
                    check(train.canStartProperty().get(), "training cannot start: "
                            + vm.trainBlockedReasonProperty().get());
                    train.untilStoppedProperty().set(true);
                    train.start();
                    check(train.stateProperty().get() == TrainState.RUNNING, "the run did not start: "
                            + train.messageProperty().get());
                    started = now;
                    phase = "warm-up";
                    measuring = true;
                } else if (started != 0 && windowStart == 0) {
                    if (now - started >= warmUpNanos) {
                        windowStart = now;
                        iterationsAtStart = train.iterationProperty().get();
                        cpuAtStart = threadCpu();
                        phase = "training";
                    }
                } else if (windowStart != 0 && windowEnd == 0 && now - windowStart >= windowNanos) {
                    windowEnd = now;
                    iterations = train.iterationProperty().get() - iterationsAtStart;
                    printCpu(cpuAtStart, threadCpu(), (windowEnd - windowStart) / 1e9);
                    phase = "stopping";
                    measuring = false;
                    train.stop();
                } else if (windowEnd != 0 && train.stateProperty().get() == TrainState.IDLE) {
                    stop();
                    sampler.mostSeen(3).forEach(stack -> System.err.println("FX thread while a pulse was late, "
                            + stack));
                    // the gap that ended at the window's first pulse is the warm-up's last
                    long from = windowStart + 1;
                    done.complete(new InApp(gaps.endingFrom(from), idle, gaps.endingBefore(from), iterations,
                            windowEnd - windowStart,
                            vm.builder().report().configuration().orElseThrow(), vm.dataSource().get(),
                            vm.data().baseFolder()));
                }
            } catch (RuntimeException | Error e) {
                stop();
                done.completeExceptionally(e);
            }
        }

    }

    /** CPU time so far of every live thread, by name (threads of one name added up). */
    private static Map<String, Long> threadCpu() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<String, Long> cpu = new HashMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            long nanos = mx.getThreadCpuTime(t.getId());
            if (nanos > 0) {
                cpu.merge(t.getName(), nanos, Long::sum);
            }
        }
        return cpu;
    }

    /** Where the cores went during the window: the threads that used the most CPU time in it. */
    private static void printCpu(Map<String, Long> start, Map<String, Long> end, double seconds) {
        end.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - start.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
                .forEach(e -> System.out.printf(Locale.ROOT, "fx-train CPU in the window: %-24s %6.1f s of %.1f s%n",
                        e.getKey(), e.getValue() / 1e9, seconds));
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    /**
     * The sample's configuration and data, read as the workbench and its command line read a project (the
     * sample's folder is only read; training writes nothing there).
     */
    private record SampleData(NetworkConfiguration conf, TrainingData training) {
        static SampleData read(Path scratch, Path sample) throws ProjectFileException {
            AtomicFileWriter writer = new AtomicFileWriter();
            ProjectDocument document = new ProjectStore(new ProjectFormat(), writer,
                    scratch.resolve("autosave.json")).load(sample);
            DataSourceSpec spec = new DataSourceStore(writer).load(sample).orElseThrow(
                    () -> new IllegalStateException("the sample " + sample + " has no data source"));
            return new SampleData(document.model().toConfigurationBuilder().build(), ProjectData.of(spec, sample));
        }
    }

    /** What a headless run measured. */
    private record Headless(long iterations, long nanos, long charsPerIteration) {
    }

    /**
     * The same configuration, freshly initialised, trained on the same data by the engine's loop on a thread of
     * its own, without a window; iterations counted over the same warm-up and window.
     */
    private static Headless headless(NetworkConfiguration conf, TrainingData data, long warmUpNanos,
            long windowNanos) throws Exception {
        Network network = new Network(conf).init();
        TrainingControl control = new TrainingControl();
        AtomicLong iterations = new AtomicLong();
        AtomicReference<MinibatchInfo> first = new AtomicReference<>();
        TrainingObserver counter = new TrainingObserver() {
            @Override
            public void minibatchStarted(MinibatchInfo info) {
                first.compareAndSet(null, info);
            }

            @Override
            public void iterationDone(IterationEvent event) {
                iterations.incrementAndGet();
            }
        };
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                new TrainingLoop(network, data, control, counter).run(0, Double.POSITIVE_INFINITY);
            } catch (RuntimeException | Error e) {
                failure.set(e);
            }
        }, "headless-training");
        t.setDaemon(true);
        long started = System.nanoTime();
        t.start();
        sleepUntil(started + warmUpNanos);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long windowStart = System.nanoTime();
        long atStart = iterations.get();
        long cpuAtStart = mx.getThreadCpuTime(t.getId());
        sleepUntil(windowStart + windowNanos);
        long windowEnd = System.nanoTime();
        long done = iterations.get() - atStart;
        System.out.printf(Locale.ROOT, "fx-train CPU in the window: headless-training %11.1f s of %.1f s%n",
                (mx.getThreadCpuTime(t.getId()) - cpuAtStart) / 1e9, (windowEnd - windowStart) / 1e9);
        control.stop();
        t.join(TimeUnit.MINUTES.toMillis(2));
        if (failure.get() != null) {
            throw new IllegalStateException("the headless run failed", failure.get());
        }
        MinibatchInfo info = first.get();
        int segment = conf.tBPTTForwardLength();
        // one iteration is one truncated BPTT segment of every example of the minibatch
        long perIteration = info.timeSteps() <= segment ? info.presentSteps()
                : info.presentSteps() * segment / info.timeSteps();
        return new Headless(done, windowEnd - windowStart, perIteration);
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }
}
