package dev.onward.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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
    void uiClasses_otherThanViewModels_doNotCallAnyService() {
        noClasses().that().resideInAPackage("dev.onward.ui..").and().haveSimpleNameNotEndingWith("ViewModel")
                .and().doNotHaveFullyQualifiedName(ViewModels.class.getName())
                .should().dependOnClassesThat(aService())
                .because("only ViewModels call services (ViewModels builds them over the open journal), so views "
                        + "stay thin and every call is tested without a stage")
                .check(classes);
    }

    /** A use case of the journal: a class in service/ named ...Service, or CompanyMemory. */
    private static DescribedPredicate<JavaClass> aService() {
        return new DescribedPredicate<>("are services") {
            @Override
            public boolean test(JavaClass type) {
                return type.getPackageName().startsWith("dev.onward.service")
                        && (type.getSimpleName().endsWith("Service") || type.getSimpleName().equals("CompanyMemory"));
            }
        };
    }

    @Test
    void uiClasses_never_touchPersistenceOrSql() {
        noClasses().that().resideInAPackage("dev.onward.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.onward.persistence..", "java.sql..")
                .because("the window reaches the journal only through its services, on the TaskRunner")
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
