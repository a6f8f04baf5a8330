package org.rnnworkbench.model.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wrapper that surefire starts test JVMs through must follow the same rules as {@link NativeSettings}. It is
 * run here with {@code env} standing in for java, so its output is the environment java would have received.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class JavaWrapperScriptTest {
    private static final Path SCRIPT = Path.of(System.getProperty("user.dir")).getParent()
            .resolve("build-support").resolve("native-settings").resolve("bin").resolve("java");

    @TempDir
    Path dir;

    @Test
    void setsSkylakeXOnAvx512() throws Exception {
        Map<String, String> env = run(NativeSettingsTest.AVX512_XEON, Map.of());
        assertEquals("SkylakeX", env.get(NativeSettings.CORETYPE));
        assertEquals("1", env.get(NativeSettings.OMP_THREADS));
    }

    @Test
    void setsHaswellOnAvx2() throws Exception {
        assertEquals("Haswell", run(NativeSettingsTest.AVX2_ONLY, Map.of()).get(NativeSettings.CORETYPE));
        assertEquals("Haswell", run(NativeSettingsTest.AVX512_WITHOUT_VL, Map.of()).get(NativeSettings.CORETYPE));
    }

    @Test
    void leavesOlderCpusToOpenBlas() throws Exception {
        assertFalse(run(NativeSettingsTest.AVX_ONLY, Map.of()).containsKey(NativeSettings.CORETYPE));
        assertFalse(run(NativeSettingsTest.ARM, Map.of()).containsKey(NativeSettings.CORETYPE));
    }

    @Test
    void keepsWhatIsAlreadySet() throws Exception {
        Map<String, String> env = run(NativeSettingsTest.AVX512_XEON,
                Map.of(NativeSettings.CORETYPE, "Haswell", NativeSettings.OMP_THREADS, "2"));
        assertEquals("Haswell", env.get(NativeSettings.CORETYPE));
        assertEquals("2", env.get(NativeSettings.OMP_THREADS));
    }

    @Test
    void passesTheArgumentsOn() throws Exception {
        // With env as "java", trailing arguments form a command that env runs: echo proves they arrive intact.
        Path cpuinfo = Files.writeString(dir.resolve("cpuinfo"), NativeSettingsTest.AVX_ONLY);
        ProcessBuilder pb = new ProcessBuilder("sh", SCRIPT.toString(), "echo", "a b", "c");
        pb.environment().put("RNNWORKBENCH_REAL_JAVA", "/usr/bin/env");
        pb.environment().put("RNNWORKBENCH_CPUINFO", cpuinfo.toString());
        assertEquals(List.of("a b c"), output(pb));
    }

    private Map<String, String> run(String cpuinfoText, Map<String, String> preset) throws Exception {
        Path cpuinfo = Files.writeString(dir.resolve("cpuinfo"), cpuinfoText);
        ProcessBuilder pb = new ProcessBuilder("sh", SCRIPT.toString());
        pb.environment().remove(NativeSettings.CORETYPE);
        pb.environment().remove(NativeSettings.OMP_THREADS);
        pb.environment().putAll(preset);
        pb.environment().put("RNNWORKBENCH_REAL_JAVA", "/usr/bin/env");
        pb.environment().put("RNNWORKBENCH_CPUINFO", cpuinfo.toString());
        Map<String, String> env = new HashMap<>();
        for (String line : output(pb)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                env.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return env;
    }

    private static List<String> output(ProcessBuilder pb) throws IOException, InterruptedException {
        Process p = pb.redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), text);
        return text.lines().toList();
    }
}
