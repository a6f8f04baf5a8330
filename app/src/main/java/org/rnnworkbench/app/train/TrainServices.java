package org.rnnworkbench.app.train;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.rnnworkbench.app.project.AtomicFileWriter;
import org.rnnworkbench.model.io.ModelFile;

/**
 * What the Train and Evaluate areas get from outside: the thread that trains, the UI thread, the clocks and
 * the files. The application hands in a daemon thread and {@code Platform::runLater}; a test hands in
 * {@code Runnable::run} and a fake clock.
 *
 * @param training runs training, evaluation and model files (one at a time: a network is not thread-safe)
 * @param ui runs results on the UI thread
 * @param nanoClock elapsed time, for rates, ETAs and coalescing
 * @param clock wall time, for run ids
 * @param uiIntervalNanos the least time between two chart refreshes
 * @param models reads and writes model files
 * @param runs reads and writes run files
 */
public record TrainServices(Executor training, Executor ui, LongSupplier nanoClock, Clock clock,
        long uiIntervalNanos, ModelFile models, RunStore runs) {

    /** A few refreshes a second: smooth to the eye, cheap for the UI thread. */
    public static final long DEFAULT_UI_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    public TrainServices {
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(ui, "ui");
        Objects.requireNonNull(nanoClock, "nanoClock");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(runs, "runs");
    }

    /** Services on the given threads with the system clocks and the default refresh rate. */
    public static TrainServices of(Executor training, Executor ui) {
        return new TrainServices(training, ui, System::nanoTime, Clock.systemUTC(), DEFAULT_UI_INTERVAL_NANOS,
                new ModelFile(), new RunStore(new AtomicFileWriter()));
    }
}
