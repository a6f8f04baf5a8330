package org.rnnworkbench.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs {@code benchmarks/torch/char_bench.py} when {@code python3 -c "import torch"} works, in this process's
 * environment (same OpenBLAS kernels, same thread count), and reads its {@code TORCH} lines.
 */
final class TorchRunner {
    /**
     * The {@code python3} on the path first; then the system's, because Debian's {@code python3-torch} lives there
     * while a version manager's {@code python3} may come first on the path.
     */
    private static final List<String> PYTHONS = List.of("python3", "/usr/bin/python3");

    private final String python;
    private final Path script;

    private TorchRunner(String python, Path script) {
        this.python = python;
        this.script = script;
    }

    /** A runner on the first python that can import PyTorch, or empty when none can. */
    static Optional<TorchRunner> find(Path script) {
        for (String python : PYTHONS) {
            if (importsTorch(python)) {
                return Optional.of(new TorchRunner(python, script));
            }
        }
        return Optional.empty();
    }

    private static boolean importsTorch(String python) {
        try {
            Process p = new ProcessBuilder(python, "-c", "import torch").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * @return figure name ({@code train_chars_per_s}, {@code train_lstm_chars_per_s}, {@code step_us_per_char},
     *         {@code output_chars_per_s}) to its measurements; empty when the script failed (its output is
     *         printed)
     */
    Optional<Map<String, Stats>> run(Path corpus, int threads, boolean quick) throws InterruptedException {
        List<String> command = new ArrayList<>(List.of(python, script.toString(), "--corpus", corpus.toString(),
                "--threads", Integer.toString(threads)));
        if (quick) {
            command.add("--quick");
        }
        String out;
        int code;
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            code = p.waitFor();
        } catch (IOException e) {
            System.out.println("torch: could not run " + command + ": " + e.getMessage());
            return Optional.empty();
        }
        Map<String, Stats> figures = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            Map<String, String> kv = Children.parse(line);
            if (line.startsWith("TORCH ") && kv.containsKey("median")) {
                String[] words = line.trim().split("\\s+");
                figures.put(words[1], new Stats(Double.parseDouble(kv.get("median")),
                        Double.parseDouble(kv.get("min")), Double.parseDouble(kv.get("max")),
                        Integer.parseInt(kv.get("n"))));
            } else if (!line.isBlank()) {
                System.out.println("torch: " + line);
            }
        }
        if (code != 0) {
            System.out.println("torch: script exited with " + code);
            return Optional.empty();
        }
        return Optional.of(figures);
    }
}
