package org.rnnworkbench.app.concurrent;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs work off the UI thread and delivers its outcome on it. Both threads come from outside, so a test hands
 * in {@code Runnable::run} twice and sees everything happen in order, while the application hands in a daemon
 * pool and {@code Platform::runLater}.
 */
public final class BackgroundRunner {
    private final Executor background;
    private final Executor ui;

    /**
     * @param background runs the work
     * @param ui runs the success and failure callbacks
     */
    public BackgroundRunner(Executor background, Executor ui) {
        this.background = Objects.requireNonNull(background, "background");
        this.ui = Objects.requireNonNull(ui, "ui");
    }

    /**
     * A runner with a daemon thread of its own, named {@code threadName}, running one task at a time: for work that
     * must not wait behind other areas' work on a shared thread.
     */
    public static BackgroundRunner withOwnThread(String threadName, Executor ui) {
        return new BackgroundRunner(java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        }), ui);
    }

    /** A runner that does everything on the calling thread, for tests and for work that must finish now. */
    public static BackgroundRunner sameThread() {
        return new BackgroundRunner(Runnable::run, Runnable::run);
    }

    /**
     * Runs {@code work} in the background.
     *
     * @param work the work; may throw
     * @param onSuccess receives the result on the UI executor
     * @param onFailure receives what the work threw, on the UI executor
     */
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        background.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                ui.execute(() -> onFailure.accept(e));
                return;
            }
            ui.execute(() -> onSuccess.accept(result));
        });
    }

    /** The UI executor, for callers that need to hop back on their own. */
    public Executor uiExecutor() {
        return ui;
    }
}
