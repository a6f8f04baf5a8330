package org.rnnworkbench.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.rnnworkbench.model.platform.NativeSettings;

/**
 * The train workload of one engine alone in its own JVM, so that the process's peak resident memory belongs to
 * that engine, and so that it can run with a different environment than the harness (the "without settings"
 * figure). Prints one {@code CHILD} line for {@link Children} to read.
 */
final class ChildTrain {
    static final String COMMAND = "child-train";

    private ChildTrain() {
    }

    /** Arguments: engine, cell, timed minibatches, example length. */
    static void run(String[] args) throws Exception {
        String engineName = args[1];
        CharModel.Cell cell = CharModel.Cell.valueOf(args[2]);
        int minibatches = Integer.parseInt(args[3]);
        int exampleLength = Integer.parseInt(args[4]);
        Engine engine = Engine.create(engineName, cell);
        String corpus = CharModel.corpus(1);
        INDArray[] data = CharModel.minibatch(corpus, 0, exampleLength);
        double[] seconds = Measure.seconds(() -> engine.fit(data[0], data[1]), 1, minibatches);
        Stats rate = Measure.rate((double) CharModel.MINIBATCH * exampleLength, seconds);
        System.out.println("CHILD engine=" + engineName + " chars_per_s=" + rate.median()
                + " min=" + rate.min() + " max=" + rate.max() + " vmhwm_kb=" + peakResidentKb()
                + " settings=" + NativeSettings.describeInForce().replace(' ', '~'));
    }

    /** VmHWM of this process from {@code /proc/self/status}, or -1 where there is no such file. */
    static long peakResidentKb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        List<String> lines = Files.readAllLines(status);
        for (String line : lines) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
