package dev.gatehouse.engine;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.jooq.DSLContext;
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
    void nothing_outside_the_store_reaches_a_jooq_context() {
        var touchesContext = new DescribedPredicate<JavaCall<?>>("a method or constructor returning or taking a DSLContext") {
            @Override
            public boolean test(JavaCall<?> call) {
                var target = call.getTarget();
                return target.getRawReturnType().isEquivalentTo(DSLContext.class)
                        || target.getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(DSLContext.class));
            }
        };
        noClasses().that().resideOutsideOfPackage("dev.gatehouse.engine.store..")
                .should().callCodeUnitWhere(touchesContext)
                .because("the repositories are the way to the schema; the context stays closed inside the store")
                .check(engine);
    }

    @Test
    void the_engine_imports_no_slack_type() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.slack..", "dev.gatehouse.bot..")
                .because("the engine is used through its API; Slack is one face of it").check(engine);
    }
}
