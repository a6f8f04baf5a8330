package org.rnnworkbench.model.platform;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts a copy of the running JVM (same executable, JVM options and class path) on a main class, with
 * variables added to its environment, sharing this process's standard streams.
 */
final class Relauncher {
    private final String javaExecutable;
    private final List<String> jvmOptions;
    private final String classPath;

    Relauncher(String javaExecutable, List<String> jvmOptions, String classPath) {
        this.javaExecutable = javaExecutable;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.classPath = classPath;
    }

    /**
     * The running JVM's launch, or empty when it cannot be repeated faithfully: a JVM started on a module
     * ({@code -m}) whose options we cannot rebuild exactly, or one with a debugger agent, whose port the child
     * could not bind. The caller then simply carries on without the settings.
     */
    static Optional<Relauncher> fromCurrentJvm() {
        if (System.getProperty("jdk.module.main") != null) {
            return Optional.empty();
        }
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (options.stream().anyMatch(o -> o.startsWith("-agentlib:jdwp") || o.startsWith("-Xrunjdwp"))) {
            return Optional.empty();
        }
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        return Optional.of(new Relauncher(java, options, System.getProperty("java.class.path", "")));
    }

    /** The command line that starts {@code mainClass} with {@code args} in a JVM like this one. */
    List<String> command(String mainClass, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable);
        command.addAll(jvmOptions);
        if (!classPath.isEmpty()) {
            command.add("-cp");
            command.add(classPath);
        }
        command.add(mainClass);
        command.addAll(Arrays.asList(args));
        return command;
    }

    /**
     * Runs the child to completion with this process's environment plus {@code add} and the relaunch guard.
     *
     * @return the child's exit code (1 when waiting for it was interrupted)
     * @throws IOException when the child could not be started
     */
    int run(Class<?> mainClass, String[] args, Map<String, String> add) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command(mainClass.getName(), args)).inheritIO();
        builder.environment().putAll(add);
        builder.environment().put(NativeSettings.RELAUNCHED, "1");
        Process child = builder.start();
        try {
            // If this JVM is told to stop, the child must not outlive it.
            Thread stopChild = new Thread(child::destroy, "stop-relaunched-jvm");
            Runtime.getRuntime().addShutdownHook(stopChild);
            int code = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stopChild);
            return code;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
