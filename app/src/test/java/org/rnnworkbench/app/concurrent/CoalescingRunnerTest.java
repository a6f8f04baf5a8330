package org.rnnworkbench.app.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Only the newest request's outcome is delivered, and requests made while one runs collapse into one. */
class CoalescingRunnerTest {
    /** Work handed to the background, run by the test when it chooses. */
    private final Queue<Runnable> background = new ArrayDeque<>();
    /** Outcomes handed to the UI thread, run by the test when it chooses. */
    private final Queue<Runnable> ui = new ArrayDeque<>();
    private final List<String> delivered = new ArrayList<>();
    private final List<String> ran = new ArrayList<>();
    private final CoalescingRunner<String> runner = new CoalescingRunner<>(
            new BackgroundRunner(background::add, ui::add), delivered::add, e -> delivered.add("failed: "
            + e.getMessage()));

    private void request(String name) {
        runner.submit(() -> {
            ran.add(name);
            return name;
        });
    }

    private static void runAll(Queue<Runnable> queue) {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }

    @Test
    void requestsMadeWhileOneRunsCollapseIntoTheNewestAndTheOvertakenResultIsDropped() {
        request("a");
        request("b");
        request("c");
        assertEquals(1, background.size(), "one request runs at a time");
        assertTrue(runner.busy());

        runAll(background);
        runAll(ui);
        assertEquals(List.of(), delivered, "a is older than c: dropped");
        assertEquals(1, runner.droppedCount());
        assertEquals(1, background.size(), "c starts once a is done; b never runs");
        assertTrue(runner.busy());

        runAll(background);
        runAll(ui);
        assertEquals(List.of("a", "c"), ran);
        assertEquals(List.of("c"), delivered);
        assertFalse(runner.busy());
    }

    @Test
    void aRequestAfterTheLastOneFinishedRunsAtOnce() {
        request("a");
        runAll(background);
        runAll(ui);
        request("b");
        runAll(background);
        runAll(ui);
        assertEquals(List.of("a", "b"), delivered);
        assertEquals(0, runner.droppedCount());
    }

    @Test
    void aFailureOfTheNewestRequestIsDeliveredAndAnOvertakenOneIsNot() {
        runner.submit(() -> {
            throw new IllegalStateException("old");
        });
        request("new");
        runAll(background);
        runAll(ui);
        runAll(background);
        runAll(ui);
        assertEquals(List.of("new"), delivered);

        runner.submit(() -> {
            throw new IllegalStateException("newest");
        });
        runAll(background);
        runAll(ui);
        assertEquals(List.of("new", "failed: newest"), delivered);
    }

    @Test
    void onOneThreadEachRequestIsDeliveredBeforeSubmitReturnsAndOneMadeWhileDeliveringFollowsIt() {
        List<String> order = new ArrayList<>();
        AtomicReference<CoalescingRunner<String>> self = new AtomicReference<>();
        self.set(new CoalescingRunner<>(BackgroundRunner.sameThread(), result -> {
            order.add("start " + result);
            if (result.equals("first")) {
                self.get().submit(() -> "second");
                assertTrue(self.get().busy(), "a request waits while the first is being delivered");
            }
            order.add("end " + result);
        }, e -> order.add("failed")));
        self.get().submit(() -> "first");
        assertEquals(List.of("start first", "end first", "start second", "end second"), order);
        assertFalse(self.get().busy());
    }
}
