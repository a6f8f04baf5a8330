package org.rnnworkbench.benchmarks;

/** Warm-up, then repeated timing of one action. */
final class Measure {
    private Measure() {
    }

    /** An action whose one run does {@code work()} units of work (characters). */
    interface Run {
        void run() throws Exception;
    }

    /**
     * Runs {@code action} {@code warmups} times untimed, then {@code reps} times timed.
     *
     * @return seconds per run, one value per timed run
     */
    static double[] seconds(Run action, int warmups, int reps) throws Exception {
        for (int i = 0; i < warmups; i++) {
            action.run();
        }
        double[] seconds = new double[reps];
        for (int i = 0; i < reps; i++) {
            long t0 = System.nanoTime();
            action.run();
            seconds[i] = (System.nanoTime() - t0) / 1e9;
        }
        return seconds;
    }

    /** Units per second for each timed run. */
    static Stats rate(double units, double[] seconds) {
        double[] rates = new double[seconds.length];
        for (int i = 0; i < seconds.length; i++) {
            rates[i] = units / seconds[i];
        }
        return Stats.of(rates);
    }

    /** Microseconds per unit for each timed run. */
    static Stats microsPerUnit(double units, double[] seconds) {
        double[] us = new double[seconds.length];
        for (int i = 0; i < seconds.length; i++) {
            us[i] = seconds[i] * 1e6 / units;
        }
        return Stats.of(us);
    }
}
