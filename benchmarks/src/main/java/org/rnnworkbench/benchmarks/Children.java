package org.rnnworkbench.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rnnworkbench.model.platform.NativeSettings;

/** Starts {@link ChildTrain} in fresh JVMs and reads back what they measured. */
final class Children {
    /** What a child measured. */
    record Result(double charsPerSecond, long peakResidentKb, String settings) {
    }

    private final String heap;

    /** @param heap the {@code -Xmx} every child gets, the same for both engines */
    Children(String heap) {
        this.heap = heap;
    }

    /**
     * Trains in a JVM with this process's environment (the recommended settings, when the harness was relaunched
     * with them).
     */
    Result tuned(String engine, CharModel.Cell cell, int minibatches, int exampleLength)
            throws IOException, InterruptedException {
        return run(engine, cell, minibatches, exampleLength, false);
    }

    /**
     * Trains in a JVM started as a user would start plain DL4J code: neither setting in its environment, the
     * relauncher switched off and no module option (so the engine runs its plain gate loops).
     */
    Result withoutSettings(String engine, CharModel.Cell cell, int minibatches, int exampleLength)
            throws IOException, InterruptedException {
        return run(engine, cell, minibatches, exampleLength, true);
    }

    private Result run(String engine, CharModel.Cell cell, int minibatches, int exampleLength, boolean bare)
            throws IOException, InterruptedException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap));
        // A bare start is plain `java -cp`, as a user starts plain DL4J code: no module option either.
        if (!bare) {
            command.addAll(EngineModules.options());
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchmarkMain.class.getName(),
                ChildTrain.COMMAND, engine, cell.name(), Integer.toString(minibatches),
                Integer.toString(exampleLength)));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        if (bare) {
            pb.environment().remove(NativeSettings.CORETYPE);
            pb.environment().remove(NativeSettings.OMP_THREADS);
            pb.environment().remove(NativeSettings.RELAUNCHED);
            pb.environment().put(NativeSettings.SWITCH, "off");
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        for (String line : out.split("\n")) {
            if (line.startsWith("CHILD ")) {
                Map<String, String> kv = parse(line);
                return new Result(Double.parseDouble(kv.get("chars_per_s")), Long.parseLong(kv.get("vmhwm_kb")),
                        kv.get("settings").replace('~', ' '));
            }
        }
        throw new IllegalStateException("child " + engine + " exited with " + code + " and no result:\n" + out);
    }

    /** {@code key=value} pairs of a line. */
    static Map<String, String> parse(String line) {
        Map<String, String> kv = new HashMap<>();
        for (String token : line.trim().split("\\s+")) {
            int eq = token.indexOf('=');
            if (eq > 0) {
                kv.put(token.substring(0, eq), token.substring(eq + 1));
            }
        }
        return kv;
    }
}
