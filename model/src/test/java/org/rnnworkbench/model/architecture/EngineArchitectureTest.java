package org.rnnworkbench.model.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine stands on its own: no JavaFX, and configuration knows nothing of the run-time layers. */
class EngineArchitectureTest {
    private final JavaClasses engine = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.rnnworkbench.model");

    @Test
    void engineDoesNotImportJavaFx() {
        noClasses().that().resideInAPackage("org.rnnworkbench.model..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(engine);
    }

    @Test
    void engineDoesNotImportTheWorkbench() {
        noClasses().that().resideInAPackage("org.rnnworkbench.model..")
                .should().dependOnClassesThat().resideInAPackage("org.rnnworkbench.app..")
                .check(engine);
    }

    @Test
    void configurationDoesNotDependOnRuntimePackages() {
        noClasses().that().resideInAPackage("org.rnnworkbench.model.conf..")
                .should().dependOnClassesThat().resideInAnyPackage("org.rnnworkbench.model.nn..",
                        "org.rnnworkbench.model.train..", "org.rnnworkbench.model.data..")
                .check(engine);
    }

    @Test
    void trainingMachineryDoesNotDependOnTheNetwork() {
        noClasses().that().resideInAPackage("org.rnnworkbench.model.train..")
                .should().dependOnClassesThat().resideInAPackage("org.rnnworkbench.model.nn..")
                .check(engine);
    }
}
