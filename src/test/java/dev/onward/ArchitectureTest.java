package dev.onward;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layer rules of STYLE.md: dependencies point inward, each boundary library stays in its package. */
@AnalyzeClasses(packages = "dev.onward", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_usesOnlyTheJavaPlatform = classes().that().resideInAPackage("dev.onward.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.onward.domain..", "java..")
            .because("the domain is plain records and rules that every other layer can trust and test without setup");

    @ArchTest
    static final ArchRule service_doesNotKnowStorageFormatsOrScreens = noClasses().that().resideInAPackage("dev.onward.service..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.onward.persistence..", "dev.onward.exchange..",
                    "dev.onward.ui..", "dev.onward.cli..", "javafx..", "java.sql..", "org.sqlite..", "com.fasterxml..")
            .because("services own the interfaces that persistence and exchange implement, and the UI and CLI both call them");

    @ArchTest
    static final ArchRule onlyPersistence_seesSql = noClasses().that().resideOutsideOfPackage("dev.onward.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("SQL rows become domain records at the persistence edge, and no SQLException may reach the UI");

    @ArchTest
    static final ArchRule onlyExchange_seesJackson = noClasses().that().resideOutsideOfPackage("dev.onward.exchange..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml..")
            .because("file formats are translated to domain records at the exchange edge");

    @ArchTest
    static final ArchRule onlyUi_seesJavaFx = noClasses().that().resideOutsideOfPackage("dev.onward.ui..")
            .and().doNotHaveFullyQualifiedName("dev.onward.App")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..")
            .because("services return plain Java; the headless commands must run without the JavaFX toolkit");

    @ArchTest
    static final ArchRule ui_reachesDataOnlyThroughServices = noClasses().that().resideInAPackage("dev.onward.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.onward.persistence..", "dev.onward.exchange..", "dev.onward.cli..")
            .because("the UI asks services for data; App alone wires the storage in");

    @ArchTest
    static final ArchRule storage_doesNotCallUp = noClasses().that().resideInAnyPackage("dev.onward.persistence..", "dev.onward.exchange..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.onward.ui..", "dev.onward.cli..")
            .because("storage and formats are called by the layers above, never the other way round");

    @ArchTest
    static final ArchRule cli_doesNotStartTheWindowItself = noClasses().that().resideInAPackage("dev.onward.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.onward.ui..", "javafx..")
            .because("a headless command must not load the JavaFX toolkit");

    @ArchTest
    static final ArchRule nothing_isAManagerHelperUtilOrImpl = noClasses().that().resideInAPackage("dev.onward..")
            .should().haveSimpleNameEndingWith("Manager").orShould().haveSimpleNameEndingWith("Helper")
            .orShould().haveSimpleNameEndingWith("Util").orShould().haveSimpleNameEndingWith("Utils")
            .orShould().haveSimpleNameEndingWith("Impl")
            .because("names say what a thing is in the user's words (STYLE.md rule 8)");
}
