package org.rnnworkbench.app.step;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands values from a worker to the UI thread, dropping the ones the UI had no time to show: however fast the
 * worker offers, at most one hand-over waits on the UI executor, and it carries the latest value.
 */
final class LatestValuePublisher<T> {
    private final Executor ui;
    private final Consumer<T> consumer;
    private final AtomicReference<T> pending = new AtomicReference<>();

    LatestValuePublisher(Executor ui, Consumer<T> consumer) {
        this.ui = Objects.requireNonNull(ui, "ui");
        this.consumer = Objects.requireNonNull(consumer, "consumer");
    }

    void offer(T value) {
        if (pending.getAndSet(Objects.requireNonNull(value)) == null) {
            ui.execute(() -> {
                T latest = pending.getAndSet(null);
                if (latest != null) {
                    consumer.accept(latest);
                }
            });
        }
    }
}
