package dev.callout.bootstrap;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The probe suite stays black-box: it knows the server only through {@link ProbeTarget} (HTTP, accounts, the operator's secrets). */
class ProbeBoundaryTest {

    @Test
    void probesDependOnNothingOfTheServer() {
        classes().should().onlyDependOnClassesThat(resideInAnyPackage("java..", "javax.crypto..", "org.junit..", "org.assertj..",
                        "com.nimbusds..", "dev.callout.bootstrap.probe..").or(belongToAnyOf(ProbeTarget.class)))
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                        .importPackages("dev.callout.bootstrap.probe"));
    }
}
