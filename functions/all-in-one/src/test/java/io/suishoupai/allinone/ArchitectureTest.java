package io.suishoupai.allinone;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import io.suishoupai.shared.config.SuishoupaiConfig;

/**
 * The house's "nevers" (docs/ARCHITECTURE.md, "What may use what"), checked on the compiled main code of every
 * module: the domain core uses no function, its packages form no cycle, no function uses another, and neither the
 * core nor a function talks JDBC (the functions run on the reactive client; only the migration step and the
 * embedded servers use JDBC), and no app carries Hibernate.
 */
class ArchitectureTest {

    static final String SHARED = "io.suishoupai.shared..";
    static final List<String> FUNCTIONS = List.of("io.suishoupai.upload..", "io.suishoupai.intake..",
            "io.suishoupai.status..", "io.suishoupai.triage..", "io.suishoupai.reminders..", "io.suishoupai.points..");

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.suishoupai");

    @Test
    void theCoreUsesNoFunctionAndNoTestOrEmbeddedCode() {
        List<String> outside = new java.util.ArrayList<>(FUNCTIONS);
        outside.addAll(List.of("io.suishoupai.allinone..", "io.suishoupai.testing..", "io.suishoupai.embedded..",
                "io.suishoupai.migrations.."));
        noClasses().that().resideInAPackage(SHARED)
                .should().dependOnClassesThat().resideInAnyPackage(outside.toArray(String[]::new))
                .because("shared is the domain core every function builds on").check(MAIN);
    }

    @Test
    void theCoresPackagesFormNoCycle() {
        // what reacts to a case's moves (points, notices, metrics) listens to caseflow's TransitionListener, so
        // caseflow never depends on them
        slices().matching("io.suishoupai.shared.(*)..").should().beFreeOfCycles()
                .because("a package of the core can then be understood, tested and changed from its dependencies up")
                .check(MAIN);
    }

    @Test
    void noFunctionUsesAnother() {
        for (String function : FUNCTIONS) {
            String[] others = FUNCTIONS.stream().filter(f -> !f.equals(function)).toArray(String[]::new);
            noClasses().that().resideInAPackage(function)
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("each function deploys alone; what two need belongs in shared").check(MAIN);
            noClasses().that().resideInAPackage(function)
                    .should().dependOnClassesThat().resideInAnyPackage("io.suishoupai.testing..",
                            "io.suishoupai.embedded..", "io.suishoupai.allinone..")
                    .because("a function deployed alone carries none of them").check(MAIN);
        }
    }

    /**
     * The settings each function may read (besides the city's zone and the core's own), declared here once: a
     * function reading another's group is coupling its deployment to settings it does not own.
     */
    static final Map<String, Set<String>> SETTINGS = Map.of(
            "io.suishoupai.upload", Set.of("media"),
            "io.suishoupai.intake", Set.of("caseNumberPrefix", "intake", "open311", "subscriptions"),
            "io.suishoupai.status", Set.of("metrics", "open311", "search", "stats"),
            "io.suishoupai.triage", Set.of("intake", "triage", "imports"),
            "io.suishoupai.reminders", Set.of("notifications", "reminders", "security"),
            "io.suishoupai.points", Set.of("rating"));
    static final Set<String> EVERY_FUNCTION_MAY_READ = Set.of("zone");

    @Test
    void eachFunctionReadsOnlyItsOwnSettings() {
        assertEquals(FUNCTIONS.size(), SETTINGS.size(), "every function has its line");
        SETTINGS.forEach((function, own) -> {
            Set<String> read = new TreeSet<>();
            MAIN.that(com.tngtech.archunit.base.DescribedPredicate.describe("in " + function,
                    c -> c.getPackageName().startsWith(function))).forEach(c -> c.getMethodCallsFromSelf().stream()
                            .filter(call -> call.getTargetOwner().isEquivalentTo(SuishoupaiConfig.class))
                            .forEach(call -> read.add(call.getName())));
            read.removeAll(EVERY_FUNCTION_MAY_READ);
            assertTrue(own.containsAll(read), function + " reads settings it does not own: " + read);
        });
    }

    @Test
    void neitherTheCoreNorAFunctionTalksJdbc() {
        List<String> runtime = new java.util.ArrayList<>(FUNCTIONS);
        runtime.add(SHARED);
        noClasses().that().resideInAnyPackage(runtime.toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage("org.postgresql..", "javax.sql..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.Connection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.DriverManager")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.Statement")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.PreparedStatement")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.ResultSet")
                .because("functions use the reactive client; JDBC is for the migration step only").check(MAIN);
    }

    @Test
    void noAppCarriesHibernate() {
        // every read and write is a statement on the reactive pool (issue #19: Hibernate's boot and model were most
        // of a start); this module's class path is every function's, so Hibernate is on none of them
        for (String name : List.of("org.hibernate.reactive.mutiny.Mutiny", "org.hibernate.Session",
                "io.quarkus.hibernate.reactive.panache.PanacheEntityBase")) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(name), name + " is on the class path");
        }
    }
}
