package org.rnnworkbench.benchmarks;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Says what the FX thread was doing when a pulse was late: a daemon thread looks every {@value #PERIOD_MS} ms,
 * and while the last pulse is more than {@value #LATE_MS} ms ago it takes the stacks of the FX thread and of the
 * render thread. The stacks seen most often are the report; an FX thread waiting in its run loop means the pulse
 * was late for another reason (the software renderer, the machine's load, a collection). Fewer samples than the
 * late time allows mean this thread, too, waited for a core.
 *
 * <p>Taking another thread's stack stops every thread of the JVM at a safepoint (0.1-16 ms each here, in a log of
 * {@code -Xlog:safepoint}), so sampling starts only once a pulse is later than the benchmarks' 50 ms goal: the
 * sampler can lengthen a gap that has missed the goal already, never make one miss it. (From 30 ms on, as before,
 * it turned gaps of 40-45 ms into misses.)
 */
final class FxStallSampler {
    private static final long PERIOD_MS = 3;
    private static final long LATE_MS = 50;
    private static final int FRAMES = 14;
    private static final int RENDER_FRAMES = 4;

    private final Thread fx;
    private final Map<String, Integer> stacks = new HashMap<>();
    private volatile long lastPulse;
    private volatile boolean sampling;
    private int samples;
    private Thread renderer;

    /** @param fx the FX application thread */
    FxStallSampler(Thread fx) {
        this.fx = fx;
        Thread t = new Thread(this::loop, "fx-stall-sampler");
        t.setDaemon(true);
        t.start();
    }

    /** Called at every pulse, on the FX thread. */
    void pulse(long nanos, boolean measuring) {
        lastPulse = nanos;
        sampling = measuring;
    }

    private void loop() {
        while (true) {
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
            long last = lastPulse;
            if (sampling && last != 0 && System.nanoTime() - last > LATE_MS * 1_000_000) {
                String stack = frames(fx, FRAMES);
                Thread render = renderer();
                if (render != null) {
                    stack += "\n  and the renderer:\n    " + frames(render, RENDER_FRAMES);
                }
                synchronized (this) {
                    stacks.merge(stack, 1, Integer::sum);
                    samples++;
                }
            }
        }
    }

    private static String frames(Thread thread, int n) {
        return Arrays.stream(thread.getStackTrace()).limit(n).map(StackTraceElement::toString)
                .collect(Collectors.joining("\n    "));
    }

    /** JavaFX's render thread (the software pipeline draws there), once it exists. */
    private Thread renderer() {
        if (renderer == null) {
            // Listed from the thread groups: Thread.getAllStackTraces would stop every thread to take their stacks.
            ThreadGroup root = Thread.currentThread().getThreadGroup();
            while (root.getParent() != null) {
                root = root.getParent();
            }
            Thread[] threads = new Thread[root.activeCount() + 16];
            int n = root.enumerate(threads, true);
            renderer = Arrays.stream(threads, 0, n).filter(t -> t.getName().startsWith("QuantumRenderer"))
                    .findFirst().orElse(null);
        }
        return renderer;
    }

    /** The {@code n} stacks seen most often while a pulse was late, each with its share of the samples. */
    synchronized List<String> mostSeen(int n) {
        return stacks.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
                .map(e -> e.getValue() + " of " + samples + " samples (" + PERIOD_MS + " ms apart):\n    "
                        + e.getKey())
                .collect(Collectors.toList());
    }
}
