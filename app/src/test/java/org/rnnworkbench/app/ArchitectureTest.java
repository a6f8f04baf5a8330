package org.rnnworkbench.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering rules of DESIGN.md, checked on the compiled classes. */
class ArchitectureTest {
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.rnnworkbench.app");
    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.rnnworkbench.model");

    @Test
    void viewModelsDoNotTouchNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .because("a view-model is tested without a stage; only views hold nodes")
                .check(APP);
    }

    @Test
    void logicPackagesDoNotTouchNodes() {
        noClasses().that().resideInAnyPackage("..app.command..", "..app.project..", "..app.concurrent..")
                .or().haveSimpleNameEndingWith("Command")
                .or().haveSimpleNameEndingWith("Validator")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .check(APP);
    }

    @Test
    void theEngineDoesNotImportJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the engine is a library of its own, useful without the workbench")
                .check(ENGINE);
    }

    @Test
    void theEngineDoesNotDependOnTheWorkbench() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.rnnworkbench.app..").check(ENGINE);
    }
}
