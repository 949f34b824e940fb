package org.tawasul.channels;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

class ChannelBoundaryTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tawasul.channels");

    @Test
    void adaptersNeverImportEachOther() {
        SlicesRuleDefinition.slices().matching("org.tawasul.channels.(*)..").should().notDependOnEachOther()
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void adaptersUseOnlyTheEnginesMessageModel() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.tawasul.conversations.engine..", "org.tawasul.conversations.flow..", "org.tawasul.db..")
                .check(classes);
    }
}
