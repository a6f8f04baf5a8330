package org.rnnworkbench.model.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RelauncherTest {
    @Test
    void repeatsTheJvmOptionsAndClassPathThenTheMainClassAndItsArguments() {
        Relauncher r = new Relauncher("/jdk/bin/java", List.of("-Xmx4g", "-Dfoo=a b"), "a.jar:b.jar");
        assertEquals(List.of("/jdk/bin/java", "-Xmx4g", "-Dfoo=a b", "-cp", "a.jar:b.jar", "org.x.Main", "--quick",
                "two words"), r.command("org.x.Main", new String[] {"--quick", "two words"}));
    }

    @Test
    void leavesOutAnEmptyClassPath() {
        Relauncher r = new Relauncher("java", List.of(), "");
        assertEquals(List.of("java", "Main"), r.command("Main", new String[0]));
    }
}
