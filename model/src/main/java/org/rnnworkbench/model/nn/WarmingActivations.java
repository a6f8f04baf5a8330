package org.rnnworkbench.model.nn;

/**
 * The Vector API activations, used once the JIT has compiled them, and the plain loops until then.
 *
 * <p>Before the JIT compiles a Vector API loop, every vector operation runs as ordinary Java code on small arrays,
 * tens of times slower than a plain loop: measured here, the first {@code output()} of the benchmark model took 5 s
 * on the vector code against 1.7 s on the plain loops, and 0.8 s once compiled. So a daemon thread runs the vector
 * loops on scratch data, next to the plain ones, until they are clearly faster, while the engine uses the plain
 * loops; then this switches. The two compute the same floats to the bit, so the switch cannot change a result.
 * Where the vector loops never get faster (a CPU without wide vectors), the plain ones stay.
 */
final class WarmingActivations extends FloatActivations {
    /** The warm-up's data: short, so that the slow first calls are short too. */
    private static final int WARM_UP_LENGTH = 256;
    /** Rounds in a row in which the vector loops must beat the plain ones by {@link #MARGIN} before they are used. */
    private static final int ROUNDS_AHEAD = 50;
    private static final int MARGIN = 2;
    /** After this many rounds the warm-up gives up, and the plain loops stay: a CPU with no wide vectors. */
    private static final int MAX_ROUNDS = 100_000;

    private final FloatActivations plain = new FloatActivations();
    private final FloatActivations vector;
    private volatile boolean warm;

    WarmingActivations(FloatActivations vector) {
        this.vector = vector;
        Thread t = new Thread(this::warmUp, "vector-activations-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /**
     * Runs both implementations on the same data, round after round, until the vector one has been clearly faster
     * for a while: then it is compiled (the JIT compiles in the background, so a count of calls would not tell).
     */
    private void warmUp() {
        float[] v = new float[WARM_UP_LENGTH];
        int ahead = 0;
        for (int round = 0; round < MAX_ROUNDS && ahead < ROUNDS_AHEAD; round++) {
            long vectorTime = time(vector, v);
            long plainTime = time(plain, v);
            ahead = vectorTime * MARGIN < plainTime ? ahead + 1 : 0;
        }
        warm = ahead >= ROUNDS_AHEAD;
    }

    private static long time(FloatActivations a, float[] v) {
        for (int i = 0; i < v.length; i++) {
            v[i] = (i - v.length / 2) * (16f / v.length);
        }
        long start = System.nanoTime();
        a.tanh(v, 0, v.length);
        a.sigmoid(v, 0, v.length);
        a.exp(v, 0, v.length);
        return System.nanoTime() - start;
    }

    /** Whether the vector loops are in use yet. */
    boolean isWarm() {
        return warm;
    }

    @Override
    String describe() {
        return warm ? vector.describe() : "scalar (" + vector.describe() + " warming up)";
    }

    @Override
    void tanh(float[] v, int off, int len) {
        (warm ? vector : plain).tanh(v, off, len);
    }

    @Override
    void sigmoid(float[] v, int off, int len) {
        (warm ? vector : plain).sigmoid(v, off, len);
    }

    @Override
    void exp(float[] v, int off, int len) {
        (warm ? vector : plain).exp(v, off, len);
    }
}
