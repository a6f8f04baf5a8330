package org.rnnworkbench.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The three timed workloads — train, step, output — run on each engine. Engines take turns repetition by
 * repetition, so that a change in the machine's load during the run affects both sides alike.
 */
final class Workloads {
    private final String corpus;
    private final INDArray[] first;
    private final INDArray[] second;

    /** @param corpus at least two minibatches of text; training alternates between them */
    Workloads(String corpus) {
        this.corpus = corpus;
        this.first = CharModel.minibatch(corpus, 0, CharModel.EXAMPLE_LENGTH);
        this.second = CharModel.minibatch(corpus, 1, CharModel.EXAMPLE_LENGTH);
    }

    /** Characters per second through {@code fit}, one minibatch of 32 x 1,000 characters per repetition. */
    Map<String, Stats> train(List<Engine> engines, int warmups, int reps) throws Exception {
        int[] turn = new int[1];
        return interleaved(engines, warmups, reps, e -> {
            INDArray[] data = (turn[0]++ % 2 == 0) ? first : second;
            e.fit(data[0], data[1]);
        }, CharModel.MINIBATCH * CharModel.EXAMPLE_LENGTH, false);
    }

    /** Characters per second through {@code output} on {@code [32, 77, 1000]}. */
    Map<String, Stats> output(List<Engine> engines, int warmups, int reps) throws Exception {
        return interleaved(engines, warmups, reps, e -> e.output(first[0]),
                CharModel.MINIBATCH * CharModel.EXAMPLE_LENGTH, false);
    }

    /**
     * Microseconds per character generating {@code chars} characters at batch 1: {@code rnnTimeStep} on the last
     * character, a character drawn from the softmax output, that character fed back, as a generator does.
     */
    Map<String, Stats> step(List<Engine> engines, int warmups, int reps, int chars) throws Exception {
        return interleaved(engines, warmups, reps, e -> generate(e, chars), chars, true);
    }

    private void generate(Engine engine, int chars) {
        Random rng = new Random(CharModel.SEED);
        INDArray input = Nd4j.zeros(DataType.FLOAT, 1, CharModel.VOCABULARY);
        int current = CharModel.vocabulary().indexOf(corpus.charAt(0));
        engine.rnnClearPreviousState();
        for (int i = 0; i < chars; i++) {
            input.putScalar(0, current, 1f);
            float[] p = engine.rnnTimeStep(input).toFloatVector();
            input.putScalar(0, current, 0f);
            current = sample(p, rng.nextDouble());
        }
    }

    /** The index where the cumulative probability first exceeds {@code u}; the last index if rounding leaves less. */
    static int sample(float[] probabilities, double u) {
        double sum = 0;
        for (int i = 0; i < probabilities.length; i++) {
            sum += probabilities[i];
            if (u < sum) {
                return i;
            }
        }
        return probabilities.length - 1;
    }

    private static final long SETTLE_MILLIS = 300;

    private interface EngineAction {
        void run(Engine engine) throws Exception;
    }

    /**
     * Collects the garbage the last repetition left and gives ND4J's deallocator threads time to free the native
     * memory behind it, so that neither engine's repetition pays for the other's garbage. (Without the pause the
     * freeing ran on the other core during the next repetition and slowed it.)
     */
    private static void settle() throws InterruptedException {
        System.gc();
        Thread.sleep(SETTLE_MILLIS);
    }

    private static Map<String, Stats> interleaved(List<Engine> engines, int warmups, int reps, EngineAction action,
            double units, boolean timePerUnit) throws Exception {
        for (Engine e : engines) {
            Measure.seconds(() -> action.run(e), warmups, 0);
        }
        Map<String, double[]> seconds = new LinkedHashMap<>();
        for (Engine e : engines) {
            seconds.put(e.name(), new double[reps]);
        }
        for (int r = 0; r < reps; r++) {
            for (Engine e : engines) {
                settle();
                seconds.get(e.name())[r] = Measure.seconds(() -> action.run(e), 0, 1)[0];
            }
        }
        Map<String, Stats> result = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> s : seconds.entrySet()) {
            result.put(s.getKey(), timePerUnit ? Measure.microsPerUnit(units, s.getValue())
                    : Measure.rate(units, s.getValue()));
        }
        return result;
    }
}
