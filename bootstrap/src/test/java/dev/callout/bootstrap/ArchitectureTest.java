package dev.callout.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hexagon's rules, checked on the compiled code of every module. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.callout");
    }

    @Test
    void layersOnlyDependInward() {
        ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Domain").definedBy("dev.callout.domain..")
                .layer("Application").definedBy("dev.callout.application..")
                .layer("Persistence").definedBy("dev.callout.persistence..")
                .layer("Payment").definedBy("dev.callout.payment..")
                .layer("Rest").definedBy("dev.callout.rest..")
                .layer("Bootstrap").definedBy("dev.callout.bootstrap..")
                .whereLayer("Bootstrap").mayNotBeAccessedByAnyLayer()
                .whereLayer("Rest").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Payment").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Application").mayOnlyBeAccessedByLayers("Rest", "Persistence", "Payment", "Bootstrap")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "Rest", "Persistence", "Payment", "Bootstrap");
        layers.check(classes);
    }

    @Test
    void theCoreIsFrameworkFree() {
        noClasses().that().resideInAnyPackage("dev.callout.domain..", "dev.callout.application..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "org.jooq..", "com.stripe..",
                        "jakarta.persistence..", "jakarta.transaction..", "jakarta.validation..", "jakarta.inject..",
                        "org.slf4j..")
                .check(classes);
    }

    @Test
    void theDomainDependsOnTheJdkOnly() {
        classes().that().resideInAPackage("dev.callout.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.callout.domain..", "java..")
                .check(classes);
    }

    @Test
    void noImplManagerOrUtilNames() {
        noClasses().should().haveSimpleNameEndingWith("Impl")
                .orShould().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils")
                .check(classes);
    }

    @Test
    void adaptersStayIndependentOfEachOther() {
        noClasses().that().resideInAPackage("dev.callout.rest..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.callout.persistence..", "dev.callout.payment..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.callout.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.callout.rest..", "dev.callout.payment..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.callout.payment..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.callout.rest..", "dev.callout.persistence..")
                .check(classes);
    }

    @Test
    void theDomainHasNoPackageCycles() {
        slices().matching("dev.callout.domain.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** An outbound port is an application interface that an adapter implements (a use case's callbacks are not ports). */
    @Test
    void outboundPortsLiveInApplicationPort() {
        DescribedPredicate<JavaClass> implementedByAnAdapter = DescribedPredicate.describe("implemented by an adapter",
                type -> type.getAllSubclasses().stream().anyMatch(ArchitectureTest::isAdapter));
        classes().that().areInterfaces().and().areTopLevelClasses().and().resideInAPackage("dev.callout.application..")
                .and(implementedByAnAdapter)
                .should().resideInAPackage("dev.callout.application.port")
                .check(classes);
    }

    private static boolean isAdapter(JavaClass type) {
        return Stream.of("dev.callout.persistence", "dev.callout.payment", "dev.callout.rest", "dev.callout.bootstrap")
                .anyMatch(type.getPackageName()::startsWith);
    }
}
