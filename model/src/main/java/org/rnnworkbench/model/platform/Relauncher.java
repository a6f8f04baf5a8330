package org.rnnworkbench.model.platform;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.module.ModuleFinder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts a copy of the running JVM (same executable, JVM options and class path) on a main class, with
 * variables added to its environment, sharing this process's standard streams. The one option it may add is the
 * Vector API module ({@link #withVectorModule}).
 */
final class Relauncher {
    /** The incubating Vector API module the engine uses when it is there. */
    static final String VECTOR_MODULE = "jdk.incubator.vector";

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
        boolean inRuntime = ModuleFinder.ofSystem().find(VECTOR_MODULE).isPresent();
        boolean loaded = ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent();
        return Optional.of(new Relauncher(java, withVectorModule(options, loaded, inRuntime),
                System.getProperty("java.class.path", "")));
    }

    /**
     * The options for the child: this JVM's (an {@code --add-modules} among them is passed on as it is), plus
     * {@code --add-modules=jdk.incubator.vector} when this JVM was started without that module but its runtime
     * has it. The engine's gate loops run several times faster on the module's Vector API, and since the JVM is
     * started again anyway, the child may as well have it; the results are the same to the bit either way.
     *
     * @param loaded whether this JVM has the module
     * @param inRuntime whether this JVM's runtime (JDK or runtime image) holds it
     */
    static List<String> withVectorModule(List<String> options, boolean loaded, boolean inRuntime) {
        if (loaded || !inRuntime) {
            return options;
        }
        List<String> more = new ArrayList<>(options);
        more.add(0, "--add-modules=" + VECTOR_MODULE);
        return more;
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
