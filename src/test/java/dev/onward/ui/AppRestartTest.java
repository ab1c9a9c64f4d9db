package dev.onward.ui;

import static dev.onward.testutil.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.App;
import dev.onward.domain.Messages;
import dev.onward.domain.StageKind;
import dev.onward.domain.Status;
import dev.onward.service.applications.ApplicationFilter;
import dev.onward.service.applications.ApplicationSummary;
import dev.onward.testutil.TestJournal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The walking skeleton end to end, as a user does it: the window on a real journal file, keys and
 * clicks, then a second app on the same data folder.
 */
@ExtendWith(ApplicationExtension.class)
class AppRestartTest {
    @TempDir
    Path folder;

    private Stage stage;
    private App app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new App(folder, TestJournal.FIXED_CLOCK);
        app.start(stage);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void newApplication_stagesAndRejectionThenRestart_allOfItIsBack(FxRobot robot) throws Exception {
        waitForJournal(robot);
        assertEquals(Messages.text("ui.applications.empty"), robot.lookup("#placeholder").queryAs(Label.class).getText());
        waitUntil(() -> stage.getIcons().size() == 6); // given once the journal is shown, not before
        assertTrue(java.nio.file.Files.isRegularFile(folder.resolve("backups").resolve("onward-2026-11-24.db")),
                "the first start of the day keeps a snapshot");

        robot.push(KeyCode.CONTROL, KeyCode.N);
        TextField company = inNewForm(robot, "#company");
        waitUntil(company::isFocused);
        robot.write("Acme");
        robot.push(KeyCode.TAB);
        robot.write("Dev");
        robot.interact(() -> this.<TextField>inNewForm(robot, "#applied").setText("2026-03-02"));
        robot.push(KeyCode.ENTER);

        TableView<ApplicationSummary> table = table(robot);
        waitUntil(() -> table.getItems().size() == 1);
        assertEquals("Acme", table.getItems().get(0).company());
        assertEquals("Dev", table.getItems().get(0).role());
        waitUntil(() -> "Acme".equals(text(robot, "#heading")));

        addStage(robot, "Phone screen", "2026-03-12");
        addStage(robot, "Final round", "2026-03-26");
        waitUntil(() -> table.getItems().get(0).furthestStage().map(StageKind::name).orElse("").equals("Final round"));

        robot.clickOn(titleOf(robot, "#outcomePane"));
        robot.clickOn("#outcomeKind");
        robot.clickOn(choice(robot, Status.REJECTED.label()));
        robot.interact(() -> {
            robot.lookup("#outcomeDate").queryAs(TextField.class).setText("2026-04-02");
            robot.lookup("#outcomeMessage").queryAs(TextInputControl.class).setText("We chose someone else.");
        });
        robot.clickOn("#recordOutcome");
        waitUntil(() -> table.getItems().get(0).status() == Status.REJECTED);

        robot.interact(() -> {
            app.stop();
            app = new App(folder, TestJournal.FIXED_CLOCK);
            app.start(stage);
        });

        waitForJournal(robot);
        TableView<ApplicationSummary> reopened = table(robot);
        waitUntil(() -> reopened.getItems().size() == 1);
        ApplicationSummary row = reopened.getItems().get(0);
        assertEquals("Acme", row.company());
        assertEquals(Status.REJECTED, row.status());
        assertEquals("Final round", row.furthestStage().orElseThrow().name());

        robot.clickOn("Acme");
        List<String> expected = List.of("Applied", "Phone screen", "Final round",
                Messages.text("timeline.outcomeAt", Status.REJECTED.label(), "final round"));
        try {
            waitUntil(() -> timelineTitles(robot).equals(expected));
        } catch (TimeoutException e) {
            assertEquals(expected, timelineTitles(robot));
        }
        assertTrue(robot.lookup(".timeline-more").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("We chose someone else.")));
        assertEquals(Status.REJECTED.label(), text(robot, "#status"));
    }

    @Test
    void newApplication_emptyCompany_showsMessageAndWritesNothing(FxRobot robot) throws Exception {
        waitForJournal(robot);

        robot.push(KeyCode.CONTROL, KeyCode.N);
        TextField company = inNewForm(robot, "#company");
        waitUntil(company::isFocused);
        robot.push(KeyCode.TAB);
        robot.write("Dev");
        robot.push(KeyCode.ENTER);

        Label message = inNewForm(robot, "#companyError");
        assertTrue(message.isVisible());
        assertEquals(Messages.text("field.company.required"), message.getText());
        assertEquals("Dev", this.<TextField>inNewForm(robot, "#role").getText());
        assertTrue(table(robot).getItems().isEmpty());

        robot.push(KeyCode.ESCAPE);
        assertFalse(robot.lookup("#newFormScroll").query().isVisible());

        robot.interact(app::stop);
        try (TestJournal journal = TestJournal.open(folder)) {
            assertTrue(journal.journal().list(ApplicationFilter.ALL).isEmpty());
        }
    }

    private void addStage(FxRobot robot, String kind, String day) throws TimeoutException {
        int before = timelineTitles(robot).size();
        robot.clickOn(titleOf(robot, "#stagePane"));
        robot.interact(() -> {
            ComboBox<StageKind> kinds = robot.lookup("#stageKind").queryComboBox();
            kinds.setValue(kinds.getItems().stream().filter(k -> k.name().equals(kind)).findFirst().orElseThrow());
            robot.lookup("#stageDate").queryAs(TextField.class).setText(day);
        });
        robot.clickOn("#addStage");
        try {
            waitUntil(() -> timelineTitles(robot).size() == before + 1);
        } catch (TimeoutException e) {
            throw new AssertionError("no new stage in " + timelineTitles(robot) + "; notice: " + text(robot, "#notice")
                    + "; date error: " + text(robot, "#stageDateError") + "; pane open: "
                    + robot.lookup("#stagePane").queryAs(javafx.scene.control.TitledPane.class).isExpanded(), e);
        }
        assertTrue(timelineTitles(robot).contains(kind));
    }

    private static List<String> timelineTitles(FxRobot robot) {
        return robot.lookup(".timeline-title").queryAllAs(Label.class).stream()
                .map(l -> l.getText().split(" \u00b7 ")[0]).toList();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** The choice with {@code text} in the open drop-down list (not a table cell with the same word). */
    private static Node choice(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof javafx.scene.control.ListCell<?> cell && text.equals(cell.getText()))
                .query();
    }

    private static Node titleOf(FxRobot robot, String titledPane) {
        return robot.from(robot.lookup(titledPane).queryAll()).lookup(".title").query();
    }

    private <T extends Node> T inNewForm(FxRobot robot, String query) {
        return robot.from(robot.lookup("#newFormScroll").queryAll()).lookup(query).query();
    }

    @SuppressWarnings("unchecked")
    private static TableView<ApplicationSummary> table(FxRobot robot) {
        return robot.lookup("#table").queryAs(TableView.class);
    }

    /** Waits for the journal to open on the dashboard (the home screen), then goes to Applications. */
    private static void waitForJournal(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#applicationsNav").tryQuery().isPresent());
        robot.clickOn("#applicationsNav");
        waitUntil(() -> robot.lookup("#table").tryQuery().isPresent());
    }
}
