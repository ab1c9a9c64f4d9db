package dev.onward.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.onward.service.JournalService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules the window keeps (STYLE.md rules 1, 6 and 7), checked on the compiled classes. */
class UiArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.onward");
    }

    @Test
    void uiClasses_otherThanViewModels_doNotCallTheJournal() {
        noClasses().that().resideInAPackage("dev.onward.ui..").and().haveSimpleNameNotEndingWith("ViewModel")
                .should().dependOnClassesThat().areAssignableTo(JournalService.class)
                .because("only ViewModels call services, so views stay thin and every call is tested without a stage")
                .check(classes);
    }

    @Test
    void uiClasses_never_touchPersistenceOrSql() {
        noClasses().that().resideInAPackage("dev.onward.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.onward.persistence..", "java.sql..")
                .because("the window reaches the journal only through JournalService, on the TaskRunner")
                .check(classes);
    }

    @Test
    void domainAndServices_never_useJavaFx() {
        noClasses().that().resideInAnyPackage("dev.onward.domain..", "dev.onward.service..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..")
                .because("services return plain Java; ViewModels adapt them to JavaFX properties")
                .check(classes);
    }
}
