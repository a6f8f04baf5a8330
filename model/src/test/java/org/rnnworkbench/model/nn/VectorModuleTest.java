package org.rnnworkbench.model.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine runs in a JVM without the Vector API module (on its plain loops) and gives the same results, to the
 * bit, as with it: outputs with a mask, gradients and score, and batch-1 steps.
 */
class VectorModuleTest {
    @Test
    void withAndWithoutTheModuleTheKernelsGiveTheSameBits() throws Exception {
        List<String> with = probe(true);
        List<String> without = probe(false);
        assertTrue(with.get(0).startsWith("activations=vector"), with.toString());
        assertEquals("activations=scalar", without.get(0), without.toString());
        assertEquals(with.subList(1, with.size()), without.subList(1, without.size()));
    }

    /** The probe's result lines, first the activations line. */
    private static List<String> probe(boolean module) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m"));
        if (module) {
            command.add("--add-modules=" + FloatActivations.VECTOR_MODULE);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), KernelProbe.class.getName()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), text);
        List<String> lines = text.lines().filter(l -> l.matches("(activations|output|gradient|steps)=.*")).toList();
        assertEquals(4, lines.size(), text);
        return lines;
    }
}
