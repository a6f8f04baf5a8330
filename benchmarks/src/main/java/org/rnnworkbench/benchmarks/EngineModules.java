package org.rnnworkbench.benchmarks;

import java.util.List;

/**
 * The module option the launch scripts give every JVM that runs the engine: the Vector API, which the engine's
 * gate loops use when it is there. A child JVM of the harness gets it when the harness itself runs with it, so
 * that children measure what {@code run.sh} measures.
 */
final class EngineModules {
    static final String VECTOR = "jdk.incubator.vector";

    private EngineModules() {
    }

    /** {@code --add-modules=jdk.incubator.vector} when this JVM has the module, else nothing. */
    static List<String> options() {
        return ModuleLayer.boot().findModule(VECTOR).isPresent() ? List.of("--add-modules=" + VECTOR) : List.of();
    }
}
