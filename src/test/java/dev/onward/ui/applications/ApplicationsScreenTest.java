package dev.onward.ui.applications;

import static dev.onward.testutil.ApplicationDetailsBuilder.anApplication;
import static dev.onward.testutil.FxWait.waitUntil;
import static dev.onward.testutil.OutcomeBuilder.anOutcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.App;
import dev.onward.domain.Application;
import dev.onward.domain.Messages;
import dev.onward.domain.Status;
import dev.onward.service.applications.ApplicationFilter;
import dev.onward.service.applications.ApplicationSummary;
import dev.onward.testutil.OnwardWindow;
import dev.onward.testutil.TestJournal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Applications screen on a journal that already holds applications: filters, delete and undo, theme. */
@ExtendWith(ApplicationExtension.class)
class ApplicationsScreenTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final OnwardWindow window = new OnwardWindow();
    private App app;

    @Start
    void start(Stage stage) {
        try (TestJournal seed = TestJournal.open(folder)) {
            seed.journal().add(anApplication().company("Orchard").role("Analyst")
                    .applied(LocalDate.of(2026, 10, 1)).build());
            Application acme = seed.journal().add(anApplication().company("Acme Rockets")
                    .applied(LocalDate.of(2026, 3, 7)).build());
            seed.journal().recordOutcome(acme.id(), anOutcome().rejected().on(LocalDate.of(2026, 4, 2)).build());
        }
        app = window.open(folder, stage);
    }

    @Test
    void filters_textAndStatus_narrowTheTable(FxRobot robot) throws Exception {
        TableView<ApplicationSummary> table = table(robot);
        waitUntil(() -> table.getItems().size() == 2);
        assertEquals("Orchard", table.getItems().get(0).company());

        robot.clickOn("#filter").write("acm");
        waitUntil(() -> table.getItems().size() == 1);
        assertEquals("Acme Rockets", table.getItems().get(0).company());

        robot.interact(() -> robot.lookup("#filter").queryTextInputControl().clear());
        robot.clickOn("#statusFilter");
        robot.clickOn(choice(robot, Status.ACTIVE.label()));
        waitUntil(() -> table.getItems().size() == 1);
        assertEquals("Orchard", table.getItems().get(0).company());
    }

    @Test
    void delete_thenUndo_applicationIsBack(FxRobot robot) throws Exception {
        TableView<ApplicationSummary> table = table(robot);
        waitUntil(() -> table.getItems().size() == 2);
        robot.clickOn("Orchard");
        waitUntil(() -> "Orchard".equals(robot.lookup("#heading").queryAs(Label.class).getText()));

        robot.clickOn(titleOf(robot, "#detailsPane"));
        robot.clickOn("#delete");
        waitUntil(() -> table.getItems().size() == 1);
        assertEquals(Messages.text("ui.undo.deleted", "Orchard"), robot.lookup("#undoMessage").queryAs(Label.class).getText());

        robot.clickOn("#undo");
        waitUntil(() -> table.getItems().size() == 2);
        assertFalse(robot.lookup("#undoBar").query().isVisible());
        robot.interact(app::stop);
        try (TestJournal journal = TestJournal.open(folder)) {
            assertEquals(2, journal.journal().list(ApplicationFilter.ALL).size());
        }
    }

    @Test
    void themeToggle_clicked_switchesToDarkAndBack(FxRobot robot) throws Exception {
        TableView<ApplicationSummary> table = table(robot);
        waitUntil(() -> table.getItems().size() == 2);

        robot.clickOn("#darkTheme");
        assertTrue(javafx.application.Application.getUserAgentStylesheet().contains("primer-dark"));

        robot.clickOn("#darkTheme");
        assertTrue(javafx.application.Application.getUserAgentStylesheet().contains("primer-light"));
    }

    /** The choice with {@code text} in the open drop-down list (not a table cell with the same word). */
    private static Node choice(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof javafx.scene.control.ListCell<?> cell && text.equals(cell.getText()))
                .query();
    }

    private static Node titleOf(FxRobot robot, String titledPane) {
        return robot.from(robot.lookup(titledPane).queryAll()).lookup(".title").query();
    }

    @SuppressWarnings("unchecked")
    private static TableView<ApplicationSummary> table(FxRobot robot) throws TimeoutException {
        // The window opens on the dashboard, the home screen; go to Applications as a user would.
        waitUntil(() -> robot.lookup("#applicationsNav").tryQuery().isPresent());
        if (robot.lookup("#table").tryQuery().isEmpty()) {
            robot.clickOn("#applicationsNav");
        }
        waitUntil(() -> robot.lookup("#table").tryQuery().isPresent());
        return robot.lookup("#table").queryAs(TableView.class);
    }
}
