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

    @Test
    void addsTheVectorModuleWhenTheRuntimeHasItAndThisJvmDoesNot() {
        List<String> options = List.of("-Xmx4g");
        assertEquals(List.of("--add-modules=jdk.incubator.vector", "-Xmx4g"),
                Relauncher.withVectorModule(options, false, true));
        assertEquals(options, Relauncher.withVectorModule(options, true, true), "already there: passed on as given");
        assertEquals(options, Relauncher.withVectorModule(options, false, false), "a runtime image without it");
    }
}
