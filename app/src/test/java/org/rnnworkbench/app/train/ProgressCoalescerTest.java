package org.rnnworkbench.app.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressCoalescerTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final ArrayDeque<Runnable> uiQueue = new ArrayDeque<>();
    private final List<List<Integer>> batches = new ArrayList<>();
    private final ProgressCoalescer<Integer> coalescer = new ProgressCoalescer<>(uiQueue::add, batches::add,
            250_000_000L, now::get);

    private void runUi() {
        while (!uiQueue.isEmpty()) {
            uiQueue.poll().run();
        }
    }

    @Test
    void tenThousandValuesWithinOneIntervalCostOneUiTask() {
        for (int i = 0; i < 10_000; i++) {
            coalescer.offer(i);
        }
        assertEquals(1, uiQueue.size());
        runUi();
        assertEquals(1, batches.size());
        assertEquals(10_000, batches.get(0).size());
        assertEquals(1, coalescer.postCount());
    }

    @Test
    void aNewDrainIsPostedOnlyAfterTheInterval() {
        coalescer.offer(1);
        runUi();
        now.addAndGet(100_000_000L);
        coalescer.offer(2);
        assertEquals(0, uiQueue.size(), "too soon after the last drain");
        now.addAndGet(200_000_000L);
        coalescer.offer(3);
        runUi();
        assertEquals(List.of(List.of(1), List.of(2, 3)), batches);
    }

    @Test
    void flushPostsAtOnceAndNothingIsLost() {
        coalescer.offer(1);
        runUi();
        coalescer.offer(2);
        coalescer.flush();
        runUi();
        assertEquals(List.of(List.of(1), List.of(2)), batches);
        coalescer.flush();
        runUi();
        assertEquals(2, batches.size(), "an empty drain delivers nothing");
    }

    @Test
    void valuesFromAnotherThreadArriveInOrder() throws Exception {
        ProgressCoalescer<Integer> c = new ProgressCoalescer<>(uiQueue::add, batches::add, 0, System::nanoTime);
        Thread t = new Thread(() -> {
            for (int i = 0; i < 5000; i++) {
                c.offer(i);
            }
            c.flush();
        });
        t.start();
        t.join();
        runUi();
        List<Integer> all = new ArrayList<>();
        batches.forEach(all::addAll);
        assertEquals(5000, all.size());
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i, all.get(i));
        }
    }
}
