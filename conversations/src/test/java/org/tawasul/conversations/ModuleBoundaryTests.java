package org.tawasul.conversations;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ModuleBoundaryTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tawasul.conversations");

    @Test
    void engineImportsNoSpringJpaOrProviderSdk() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "org.hibernate..", "org.telegram..",
                        "com.twilio..", "jakarta.mail..", "org.tawasul.db..", "org.tawasul.channels..")
                .check(classes);
    }

    @Test
    void messageModelDependsOnNothingElseOfTheEngine() {
        noClasses().that().resideInAPackage("org.tawasul.conversations.message..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.tawasul.conversations.engine..", "org.tawasul.conversations.flow..")
                .check(classes);
    }
}
