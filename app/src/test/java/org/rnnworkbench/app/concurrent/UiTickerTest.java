package org.rnnworkbench.app.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class UiTickerTest {

    @Test
    void ticksReachTheActionThroughTheUiExecutorUntilClosed() throws InterruptedException {
        AtomicInteger handedOver = new AtomicInteger();
        AtomicInteger ran = new AtomicInteger();
        CountDownLatch three = new CountDownLatch(3);
        Executor ui = action -> {
            handedOver.incrementAndGet();
            action.run();
        };
        UiTicker ticker = new UiTicker("test-ticker", Duration.ofMillis(5), ui, () -> {
            ran.incrementAndGet();
            three.countDown();
        });
        assertTrue(three.await(10, TimeUnit.SECONDS), "three ticks");
        ticker.close();
        Thread.sleep(20); // a tick already running when close() came may still finish
        int afterClose = ran.get();
        Thread.sleep(50);
        assertEquals(afterClose, ran.get(), "no tick after close");
        assertEquals(handedOver.get(), ran.get(), "every tick went through the UI executor");
    }

    @Test
    void aPeriodMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new UiTicker("t", Duration.ZERO, Runnable::run, () -> { }));
    }
}
