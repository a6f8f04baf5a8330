package org.rnnworkbench.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import javafx.animation.AnimationTimer;

/**
 * Records the gap between every two JavaFX pulses while {@link #measuring} is set, with the CPU time the FX
 * thread used within it and the scenario's {@link #phase}; the gaps of an idle window go to {@link #idle} while
 * {@link #idleWindow()} says so. A {@link FxStallSampler} takes the FX thread's stacks while a pulse is late.
 * After the bookkeeping each pulse calls {@link #onPulse()}, where a scenario takes its next action, on the FX
 * thread between two pulses as a key press or click would.
 */
abstract class PulseRecorder extends AnimationTimer {
    protected final PulseGaps gaps = new PulseGaps();
    protected final PulseGaps idle = new PulseGaps();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    /** When this pulse came, on the {@code System.nanoTime()} clock. */
    protected long now;
    protected long firstPulse;
    protected boolean measuring;
    protected String phase = "start";
    protected FxStallSampler sampler;
    private long lastPulse;
    private long lastCpu;

    /** Whether the gap ending at this pulse belongs to the idle reference. */
    protected abstract boolean idleWindow();

    /** The scenario's turn, after the gap was recorded. */
    protected abstract void onPulse();

    @Override
    public final void handle(long pulse) {
        now = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        if (firstPulse == 0) {
            firstPulse = now;
            sampler = new FxStallSampler(Thread.currentThread());
        }
        if (lastPulse != 0 && idleWindow()) {
            idle.add(now - lastPulse, cpu - lastCpu, "idle", now);
        }
        sampler.pulse(now, measuring);
        if (measuring && lastPulse != 0) {
            gaps.add(now - lastPulse, cpu - lastCpu, phase, now);
        }
        lastPulse = now;
        lastCpu = cpu;
        onPulse();
    }
}
