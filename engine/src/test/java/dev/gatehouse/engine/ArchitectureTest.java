package dev.gatehouse.engine;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The engine's layering, checked on the compiled main classes. */
class ArchitectureTest {
    private static JavaClasses engine;

    @BeforeAll
    static void importEngine() {
        engine = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.gatehouse.engine");
    }

    @Test
    void engine_packages_form_no_cycles() {
        slices().matching("dev.gatehouse.engine.(*)..").should().beFreeOfCycles().check(engine);
    }

    @Test
    void only_the_store_uses_jooq() {
        noClasses().that().resideOutsideOfPackage("dev.gatehouse.engine.store..")
                .should().dependOnClassesThat().resideInAPackage("org.jooq..")
                .because("the store is the one place that knows the schema").check(engine);
    }

    @Test
    void the_engine_imports_no_slack_type() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.slack..", "dev.gatehouse.bot..")
                .because("the engine is used through its API; Slack is one face of it").check(engine);
    }
}
