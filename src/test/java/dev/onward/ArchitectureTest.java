package dev.onward;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.onward.service.OtherWriters;
import java.time.Duration;

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
    static final ArchRule cliAndUi_seeOnlyServicesAndDomain = noClasses().that().resideInAnyPackage("dev.onward.cli..", "dev.onward.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.onward.persistence..", "dev.onward.exchange..")
            .orShould().dependOnClassesThat().resideInAPackage("dev.onward")
            .because("the window and the commands get an open Journal (service/) and nothing else: only the "
                    + "composition root knows SQLite and the file formats, so neither can build a part of its own");

    @ArchTest
    static final ArchRule onlyTheJournal_buildsServicesRepositoriesAndFormats = noClasses()
            .that().doNotHaveFullyQualifiedName(SqliteJournal.class.getName())
            .should().callConstructorWhere(new DescribedPredicate<JavaConstructorCall>("the target is a part of a journal") {
                @Override
                public boolean test(JavaConstructorCall call) {
                    // a constructor calling another of its own class builds nothing more
                    return isAPartOfAJournal(call.getTargetOwner()) && !call.getOriginOwner().equals(call.getTargetOwner());
                }
            })
            .because("one journal has one set of parts, built once in SqliteJournal: a service built elsewhere "
                    + "would not announce its writes to the screens, nor share the journal's file");

    /** A service, a repository over SQLite, or a file format: what only SqliteJournal builds. */
    private static boolean isAPartOfAJournal(JavaClass type) {
        String name = type.getSimpleName();
        String pkg = type.getPackageName();
        boolean service = pkg.startsWith("dev.onward.service") && name.endsWith("Service");
        boolean repository = pkg.startsWith("dev.onward.persistence") && name.startsWith("Sqlite");
        boolean format = pkg.equals("dev.onward.exchange") && (type.isAssignableTo("dev.onward.service.exchange.ExportFormat")
                || type.isAssignableTo("dev.onward.service.exchange.SpreadsheetReader")
                || type.isAssignableTo("dev.onward.service.exchange.JournalReader")
                || type.isAssignableTo("dev.onward.service.exchange.ReportFormat"));
        return service || repository || format;
    }

    @ArchTest
    static final ArchRule storage_doesNotCallUp = noClasses().that().resideInAnyPackage("dev.onward.persistence..", "dev.onward.exchange..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.onward.ui..", "dev.onward.cli..")
            .because("storage and formats are called by the layers above, never the other way round");

    @ArchTest
    static final ArchRule cli_doesNotStartTheWindowItself = noClasses().that().resideInAPackage("dev.onward.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.onward.ui..", "javafx..")
            .because("a headless command must not load the JavaFX toolkit");

    @ArchTest
    static final ArchRule onlyTheWindow_watchesForOtherWriters = noClasses()
            .that().doNotHaveFullyQualifiedName("dev.onward.WindowJournal")
            .should().callMethod(OtherWriters.class, "watch", Duration.class)
            .because("only a window stays open while another process may write; a command that watched would "
                    + "keep a thread looking at the file for nothing (ADR 0056)");

    @ArchTest
    static final ArchRule nothing_isAManagerHelperUtilOrImpl = noClasses().that().resideInAPackage("dev.onward..")
            .should().haveSimpleNameEndingWith("Manager").orShould().haveSimpleNameEndingWith("Helper")
            .orShould().haveSimpleNameEndingWith("Util").orShould().haveSimpleNameEndingWith("Utils")
            .orShould().haveSimpleNameEndingWith("Impl")
            .because("names say what a thing is in the user's words (STYLE.md rule 8)");
}
