package dev.gatehouse.bot;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The bot's layering, checked on the compiled main classes: it uses the engine's API and nothing below it. */
class ArchitectureTest {
    private static final String BOT = "dev.gatehouse.bot";

    private static JavaClasses bot;

    @BeforeAll
    static void importBot() {
        bot = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BOT);
    }

    @Test
    void the_bot_reaches_neither_the_store_nor_jooq() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.gatehouse.engine.store..", "org.jooq..")
                .because("the engine's use cases are the bot's way to the data").check(bot);
    }

    @Test
    void bot_packages_form_no_cycles() {
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                var pkg = javaClass.getPackageName();
                if (pkg.equals(BOT)) return SliceIdentifier.of("(the wiring: " + BOT + ")");
                if (!pkg.startsWith(BOT + ".")) return SliceIdentifier.ignore();
                return SliceIdentifier.of(pkg.substring(BOT.length() + 1).split("\\.")[0]);
            }

            @Override
            public String getDescription() {
                return "the bot's packages, its root (Main) included";
            }
        }).should().beFreeOfCycles().check(bot);
    }
}
