package org.rnnworkbench.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.rnnworkbench.app.shell.CloseDecision;
import org.rnnworkbench.app.shell.DialogService;

/**
 * What the FX benchmarks' own JVMs share: how they are started (Monocle's headless platform with the software
 * renderer, as the app's robot tests run, and this JVM's class path and environment, so the same native
 * settings), how they end, and the workbench's pieces they need without a user.
 */
final class FxChild {
    /** The window's size, as the workbench opens it; the headless screen is made as large. */
    static final int WIDTH = 1360;
    static final int HEIGHT = 860;

    /** A child's body. */
    interface Body {
        void run(String[] args) throws Exception;
    }

    private FxChild() {
    }

    /**
     * Starts {@code command} in a JVM of its own, relays its lines that start with {@code relayPrefix} and
     * returns its {@code CHILD} line. Its error output goes to {@code workDir/errName}.
     */
    static String launch(Path workDir, String command, List<String> args, String relayPrefix, String errName,
            long limitMinutes) throws IOException, InterruptedException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> line = new ArrayList<>(List.of(java));
        line.addAll(EngineModules.options());
        // The workbench's own collector settings (the ./workbench script and the app image's launcher give them).
        line.addAll(List.of("-XX:MaxTenuringThreshold=1", "-Xms512m", "-Xmn24m"));
        line.addAll(List.of(
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Dheadless.geometry=" + WIDTH + "x" + HEIGHT + "-32",
                "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), BenchmarkMain.class.getName(), command));
        line.addAll(args);
        Files.createDirectories(workDir);
        Path errors = workDir.resolve(errName);
        ProcessBuilder pb = new ProcessBuilder(line);
        pb.redirectError(errors.toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(limitMinutes, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        String result = null;
        for (String l : out.split("\n")) {
            if (l.startsWith(relayPrefix)) {
                System.out.println(l);
            } else if (l.startsWith("CHILD ")) {
                result = l;
            }
        }
        System.out.println(relayPrefix + "what the FX thread did while pulses were late: " + errors);
        if (result == null) {
            throw new IllegalStateException(String.format(Locale.ROOT, "the %s child exited with %s and no"
                    + " result; its error output is in %s:%n%s", command, p.isAlive() ? "nothing" : p.exitValue(),
                    errors, tail(errors)));
        }
        return result;
    }

    /**
     * Runs a child's body and ends the JVM: the FX toolkit and the workbench's worker threads would keep it
     * alive.
     */
    static void runAndHalt(Body body, String[] args) {
        int code = 0;
        try {
            body.run(args);
        } catch (Exception | Error e) {
            e.printStackTrace();
            code = 1;
        }
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(code);
    }

    static ExecutorService daemonThread(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    /** The benchmarks never ask the user anything; a question would be a bug in the scenario. */
    static final class NoDialogs implements DialogService {
        @Override
        public void showError(String title, String message) {
            throw new IllegalStateException(title + ": " + message);
        }

        @Override
        public CloseDecision askSaveChanges(String projectName) {
            return CloseDecision.DISCARD;
        }

        @Override
        public boolean confirm(String title, String message) {
            return false;
        }

        @Override
        public Optional<Path> chooseProjectToOpen() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseSaveLocation(String suggestedName) {
            return Optional.empty();
        }
    }
}
