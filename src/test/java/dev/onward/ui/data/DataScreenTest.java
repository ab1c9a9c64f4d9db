package dev.onward.ui.data;

import static dev.onward.testutil.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.ApplicationDetails;
import dev.onward.domain.Messages;
import dev.onward.service.applications.ApplicationFilter;
import dev.onward.service.applications.ApplicationSummary;
import dev.onward.service.exchange.ImportRow;
import dev.onward.testutil.JournalDump;
import dev.onward.testutil.OnwardWindow;
import dev.onward.testutil.TestJournal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The "Your data" screen in the real window: import with a corrected column, a refused file, a restore. */
@ExtendWith(ApplicationExtension.class)
class DataScreenTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final OnwardWindow window = new OnwardWindow();

    @Start
    void start(Stage stage) {
        try (TestJournal seed = TestJournal.open(folder)) {
            seed.journal().add(ApplicationDetails.of("Orchard", "Analyst"));
        }
        window.open(folder, stage);
    }

    @Test
    void importJobSync_correctOneColumn_previewsThenAddsTheRowsToApplications(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#applicationsNav").tryQuery().isPresent());
        robot.clickOn("#applicationsNav");
        TableView<ApplicationSummary> before = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> before.getItems().size() == 1);
        openYourData(robot);
        Path file = DataFixture.csv(folder, "jobsync.csv");

        robot.interact(() -> imports(robot).open(file));
        waitUntil(() -> rows(robot).getItems().size() == 6);
        assertEquals(Messages.text("ui.data.import.button", 6), importButton(robot).getText());

        robot.clickOn("#column-6");
        robot.clickOn(choice(robot, ImportViewModel.fieldLabel(dev.onward.service.exchange.ColumnField.STATUS)));
        waitUntil(() -> !problems(robot).isEmpty());
        assertTrue(problems(robot).get(0).startsWith("Line 2, \u201cjobType\u201d: "),
                problems(robot).get(0));
        assertEquals("FT", rows(robot).getItems().get(0).status().orElseThrow());
        assertEquals(1, count(), "nothing is written before the button is pressed");

        robot.clickOn(importButton(robot));
        waitUntil(() -> text(robot, "#result").startsWith("Added 6 applications from jobsync.csv"));

        robot.clickOn("#showApplications");
        TableView<ApplicationSummary> applications = robot.lookup("#table").queryAs(TableView.class);
        assertSame(before, applications, "the list built before the import is the one shown, read again");
        waitUntil(() -> applications.getItems().size() == 7);
        assertTrue(applications.getItems().stream().anyMatch(a -> a.company().equals("東京ソフト")));
    }

    @Test
    void importBadRow_showsTheLineAndWritesNothing(FxRobot robot) throws Exception {
        openYourData(robot);
        Path file = DataFixture.csv(folder, "bad-row-7.csv");
        String before = dump();

        robot.interact(() -> imports(robot).open(file));
        waitUntil(() -> problems(robot).size() == 1);

        assertTrue(problems(robot).get(0).startsWith("Line 8, \u201cApplied\u201d: "));
        assertTrue(importButton(robot).isDisabled());
        robot.interact(() -> imports(robot).importNow());
        assertEquals(before, dump());
    }

    @Test
    void restore_confirmed_snapshotsFirstAndTheScreensShowTheRestoredJournal(FxRobot robot) throws Exception {
        openYourData(robot);
        ListView<?> snapshots = robot.lookup("#snapshotList").queryAs(ListView.class);
        waitUntil(() -> snapshots.getItems().size() == 1);
        robot.clickOn("#applicationsNav");
        robot.clickOn("#newApplication").write("Acme");
        robot.clickOn("#role").write("Dev").type(javafx.scene.input.KeyCode.ENTER);
        TableView<ApplicationSummary> applications = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> applications.getItems().size() == 2);

        openYourData(robot);
        ListView<?> list = robot.lookup("#snapshotList").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#restore");
        robot.clickOn("#confirmRestoreButton");
        waitUntil(() -> text(robot, "#backupNotice").startsWith("Restored the snapshot of"));

        ListView<?> rebuilt = robot.lookup("#snapshotList").queryAs(ListView.class);
        waitUntil(() -> rebuilt.getItems().size() == 2);
        robot.clickOn("#applicationsNav");
        TableView<ApplicationSummary> restored = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> restored.getItems().size() == 1);
        assertEquals("Orchard", restored.getItems().get(0).company());
        assertEquals(1, count());
        assertFalse(robot.lookup("#confirmRestore").tryQuery().isPresent());
    }

    private void openYourData(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#dataNav").tryQuery().isPresent());
        robot.clickOn("#dataNav");
        waitUntil(() -> robot.lookup(".your-data").tryQuery().isPresent());
    }

    private static ImportViewModel imports(FxRobot robot) {
        return (ImportViewModel) robot.lookup(".your-data").query().getProperties().get(ImportViewModel.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<ImportRow> rows(FxRobot robot) {
        return robot.lookup("#rowTable").queryAs(TableView.class);
    }

    /** The problem lines shown under the columns. */
    private static List<String> problems(FxRobot robot) {
        return robot.lookup(".problem-line").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private static Button importButton(FxRobot robot) {
        return robot.lookup("#importButton").queryButton();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    /** The choice with {@code text} in the open drop-down list (not a closed drop-down showing it). */
    private static Node choice(FxRobot robot, String text) {
        return robot.lookup(".combo-box-popup .list-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> cell && text.equals(cell.getText())).findFirst().orElseThrow();
    }

    private int count() {
        try (TestJournal journal = TestJournal.open(folder)) {
            return journal.journal().list(ApplicationFilter.ALL).size();
        }
    }

    private String dump() {
        return JournalDump.of(folder.resolve("onward.db"));
    }
}
