package org.tawasul;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module boundaries of docs: engine below everything, db and channels beside each other, bot-core on top. */
class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tawasul");

    @Test
    void theEngineKnowsNothingOfSpringStorageOrChannels() {
        noClasses().that().resideInAPackage("org.tawasul.conversations..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "org.tawasul.db..", "org.tawasul.channels..", "org.tawasul.turns..", "org.tawasul.console..",
                        "org.tawasul.cases..")
                .check(classes);
    }

    @Test
    void storageKnowsNothingOfTheEngineOrChannels() {
        noClasses().that().resideInAPackage("org.tawasul.db..")
                .should().dependOnClassesThat().resideInAnyPackage("org.tawasul.conversations..", "org.tawasul.channels..",
                        "org.tawasul.turns..", "org.tawasul.cases..")
                .check(classes);
    }

    @Test
    void channelsKnowOnlyTheMessageModel() {
        noClasses().that().resideInAPackage("org.tawasul.channels..")
                .should().dependOnClassesThat().resideInAnyPackage("org.tawasul.db..", "org.tawasul.turns..",
                        "org.tawasul.conversations.engine..", "org.tawasul.conversations.flow..", "org.springframework..",
                        "org.tawasul.cases..")
                .check(classes);
    }

    @Test
    void channelAdaptersNeverImportEachOther() {
        noClasses().that().resideInAPackage("org.tawasul.channels.telegram..")
                .should().dependOnClassesThat().resideInAnyPackage("org.tawasul.channels.console..")
                .check(classes);
        noClasses().that().resideInAPackage("org.tawasul.channels.console..")
                .should().dependOnClassesThat().resideInAnyPackage("org.tawasul.channels.telegram..", "org.telegram..")
                .check(classes);
    }

    @Test
    void telegramTypesStayInTheTelegramPackages() {
        noClasses().that().resideOutsideOfPackages("org.tawasul.channels.telegram..", "org.tawasul.telegram..")
                .should().dependOnClassesThat().resideInAnyPackage("org.telegram..")
                .check(classes);
    }

    @Test
    void casesKnowNothingOfChannelsOrTheConsole() {
        noClasses().that().resideInAPackage("org.tawasul.cases..")
                .should().dependOnClassesThat().resideInAnyPackage("org.tawasul.channels..", "org.tawasul.console..",
                        "org.tawasul.bench..")
                .check(classes);
    }

    @Test
    void theCalendarAndTheOfficersKnowNothingOfCasesOrSpring() {
        noClasses().that().resideInAnyPackage("org.tawasul.cases.sla..", "org.tawasul.cases.routing..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "org.tawasul.db..", "org.tawasul.cases")
                .check(classes);
    }
}
