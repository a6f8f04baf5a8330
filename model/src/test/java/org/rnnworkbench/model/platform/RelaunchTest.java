package org.rnnworkbench.model.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A real JVM started without the settings restarts itself once with them, and keeps its arguments and exit code. */
class RelaunchTest {
    @Test
    void aMainStartedWithoutSettingsRunsWithThem() throws Exception {
        List<String> out = start(Map.of(), "3", "two words");
        assertTrue(out.contains("args=3|two words"), out.toString());
        assertTrue(out.contains(NativeSettings.OMP_THREADS + "=1"), out.toString());
        assertTrue(out.contains(NativeSettings.RELAUNCHED + "=1"), out.toString());
        String core = OpenBlasCore.bestFor(CpuFeatures.detect()).map(OpenBlasCore::openBlasName).orElse("null");
        assertTrue(out.contains(NativeSettings.CORETYPE + "=" + core), out.toString());
        assertEquals(1, out.stream().filter(l -> l.startsWith("args=")).count(), "the main ran exactly once");
        assertTrue(out.contains("vector=true"), "started without the Vector API module, relaunched with it: " + out);
    }

    @Test
    void theSwitchTurnsItOff() throws Exception {
        List<String> out = start(Map.of(NativeSettings.SWITCH, "off"), "0");
        assertTrue(out.contains(NativeSettings.OMP_THREADS + "=null"), out.toString());
        assertTrue(out.contains(NativeSettings.RELAUNCHED + "=null"), out.toString());
    }

    private static List<String> start(Map<String, String> env, String exitCode, String... more) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx64m", "-cp",
                System.getProperty("java.class.path"), RelaunchProbe.class.getName(), exitCode));
        command.addAll(List.of(more));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove(NativeSettings.CORETYPE);
        pb.environment().remove(NativeSettings.OMP_THREADS);
        pb.environment().remove(NativeSettings.RELAUNCHED);
        pb.environment().putAll(env);
        Process p = pb.start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(Integer.parseInt(exitCode), p.waitFor(), "the child's exit code passes through: " + text);
        return text.lines().toList();
    }
}
