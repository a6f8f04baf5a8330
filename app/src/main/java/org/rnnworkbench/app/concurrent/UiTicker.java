package org.rnnworkbench.app.concurrent;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs an action on the UI thread at a fixed period, timed by a daemon thread of its own. A JavaFX
 * {@code Timeline} would do the same, but while any animation runs JavaFX pulses sixty times a second: the
 * window's clocks of one tick a second or less (elapsed time, memory figure, autosave) kept an idle window
 * pulsing, and a training run sharing two cores with it paid for every pulse.
 */
public final class UiTicker implements AutoCloseable {
    private final ScheduledExecutorService timer;

    /**
     * Starts ticking: the first tick comes one period from now.
     *
     * @param name the timer thread's name
     * @param period the time between two ticks
     * @param ui runs the action (the FX thread in the application)
     * @param action what each tick does, on {@code ui}
     */
    public UiTicker(String name, Duration period, Executor ui, Runnable action) {
        Objects.requireNonNull(ui, "ui");
        Objects.requireNonNull(action, "action");
        long nanos = period.toNanos();
        if (nanos <= 0) {
            throw new IllegalArgumentException("the period must be positive, got " + period);
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(() -> ui.execute(action), nanos, nanos, TimeUnit.NANOSECONDS);
    }

    /** Stops ticking; a tick already handed to the UI executor still runs. */
    @Override
    public void close() {
        timer.shutdownNow();
    }
}
