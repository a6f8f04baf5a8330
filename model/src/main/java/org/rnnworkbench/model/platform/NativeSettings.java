package org.rnnworkbench.model.platform;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The native environment the engine wants: OpenBLAS kernels that match the CPU ({@code OPENBLAS_CORETYPE}) and
 * one OpenMP thread per native op ({@code OMP_NUM_THREADS}).
 *
 * <p>Both are environment variables that the native libraries read once, when they load, and a JVM cannot set
 * its own environment. So a {@code main} calls {@link #relaunchIfNeeded(Class, String[])} first thing: when a
 * setting is missing, the JVM starts itself again with the settings added and exits with the child's code.
 * Settings the user has made are never overridden, and kernels the CPU cannot execute are never recommended.
 *
 * <p>Why one OpenMP thread: the ops of a character-sized RNN are small (a {@code [32, 200] x [200, 800]} product per
 * step), and splitting each across threads costs more in synchronisation than it gains; measured here DL4J ran
 * about twice as fast with one thread as with two on a two-core machine.
 *
 * <p>Set {@value #SWITCH}{@code =off} to start exactly as the user's environment says (the benchmarks use this
 * to measure the "as started" figure).
 */
public final class NativeSettings {
    /** OpenBLAS's kernel family, read when the library loads. */
    public static final String CORETYPE = "OPENBLAS_CORETYPE";
    /** OpenMP's thread count; ND4J also sizes its BLAS thread pool from it. */
    public static final String OMP_THREADS = "OMP_NUM_THREADS";
    /** Set in the child's environment so that a relaunched JVM never relaunches again. */
    public static final String RELAUNCHED = "RNNWORKBENCH_RELAUNCHED";
    /** {@code off} turns the relauncher off. */
    public static final String SWITCH = "RNNWORKBENCH_NATIVE_SETTINGS";

    static final String RECOMMENDED_OMP_THREADS = "1";

    private NativeSettings() {
    }

    /**
     * The variables to add to {@code environment} for this CPU: only those that are unset there, and a core type
     * only when the CPU has every flag its kernels use.
     *
     * @return variable name to value, in a stable order; empty when nothing is missing
     */
    public static Map<String, String> missing(CpuFeatures cpu, Map<String, String> environment) {
        Map<String, String> add = new LinkedHashMap<>();
        Optional<OpenBlasCore> core = OpenBlasCore.bestFor(cpu);
        if (isUnset(environment, CORETYPE) && core.isPresent()) {
            add.put(CORETYPE, core.get().openBlasName());
        }
        if (isUnset(environment, OMP_THREADS)) {
            add.put(OMP_THREADS, RECOMMENDED_OMP_THREADS);
        }
        return add;
    }

    /** {@link #missing(CpuFeatures, Map)} for this machine and this process's environment. */
    public static Map<String, String> missing() {
        return missing(CpuFeatures.detect(), System.getenv());
    }

    /**
     * The settings this process runs with, in one line for logs and benchmark reports, e.g.
     * {@code OPENBLAS_CORETYPE=SkylakeX OMP_NUM_THREADS=1 (recommended: SkylakeX)}. A process's environment is
     * fixed at start, so what it shows is what OpenBLAS read when it loaded.
     */
    public static String describeInForce() {
        Map<String, String> env = System.getenv();
        String recommended = OpenBlasCore.bestFor(CpuFeatures.detect())
                .map(OpenBlasCore::openBlasName).orElse("OpenBLAS's own detection");
        return CORETYPE + "=" + env.getOrDefault(CORETYPE, "(unset)") + " " + OMP_THREADS + "="
                + env.getOrDefault(OMP_THREADS, "(unset)") + " (recommended: " + recommended + ")";
    }

    /**
     * Starts this JVM again with the missing settings, when some are missing, this process is not itself such a
     * child, and the switch is not off; then exits with the child's exit code. Otherwise returns at once and the
     * caller carries on. Call it before anything loads ND4J.
     *
     * @param mainClass the class whose {@code main} is running
     * @param args the arguments {@code main} received, passed on unchanged
     */
    public static void relaunchIfNeeded(Class<?> mainClass, String[] args) {
        Map<String, String> env = System.getenv();
        if ("off".equalsIgnoreCase(env.get(SWITCH)) || env.containsKey(RELAUNCHED)) {
            return;
        }
        Map<String, String> add = missing(CpuFeatures.detect(), env);
        if (add.isEmpty()) {
            return;
        }
        Optional<Relauncher> relauncher = Relauncher.fromCurrentJvm();
        if (relauncher.isEmpty()) {
            return;
        }
        int code;
        try {
            code = relauncher.get().run(mainClass, args, add);
        } catch (IOException e) {
            // Slower but working: carry on in this JVM rather than fail the user's start.
            System.err.println("Could not restart the JVM with " + add + ", carrying on without: " + e.getMessage());
            return;
        }
        System.exit(code);
    }

    private static boolean isUnset(Map<String, String> environment, String name) {
        String value = environment.get(name);
        return value == null || value.isBlank();
    }
}
