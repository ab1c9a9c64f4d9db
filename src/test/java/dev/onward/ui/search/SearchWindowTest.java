package dev.onward.ui.search;

import static dev.onward.testutil.ApplicationDetailsBuilder.anApplication;
import static dev.onward.testutil.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.testutil.OnwardWindow;
import dev.onward.testutil.TestJournal;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Ctrl+F from the window: type, see grouped results with the match marked, Enter opens the application. */
@ExtendWith(ApplicationExtension.class)
class SearchWindowTest {
    @TempDir
    Path folder;
    @RegisterExtension
    final OnwardWindow window = new OnwardWindow();

    @Start
    void start(Stage stage) {
        try (TestJournal journal = TestJournal.open(folder)) {
            journal.journal().add(anApplication().company("Orchard").role("Analyst").build());
            journal.journal().add(anApplication().company("Café Lumière").role("Designer").build());
        }
        window.open(folder, stage);
    }

    @Test
    void ctrlF_typeAccentlessPrefix_showsGroupedMarkedResultsAndEnterOpensIt(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#applicationsNav").tryQuery().isPresent());   // the journal is open
        robot.push(KeyCode.CONTROL, KeyCode.F);
        waitUntil(() -> robot.lookup("#query").tryQuery().map(n -> n.isFocused()).orElse(false));
        robot.write("cafe lum");
        ListView<SearchRow> results = robot.lookup("#results").queryListView();
        waitUntil(() -> results.getItems().size() >= 2);
        assertEquals(new SearchRow.Heading("Applications", false), results.getItems().get(0));
        assertTrue(((SearchRow.Hit) results.getItems().get(1)).result().title().startsWith("Café Lumière"));
        waitUntil(() -> robot.lookup(".search-match").tryQuery().isPresent());
        Text match = robot.lookup(".search-match").query();
        assertTrue(match.getText().toLowerCase().startsWith("caf"), match.getText());

        robot.push(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#searchOverlay").tryQuery().isEmpty());
        waitUntil(() -> "Café Lumière".equals(robot.lookup("#heading").queryAs(Label.class).getText()));
    }

    @Test
    void ctrlF_operatorsAndEscape_sayNothingFoundThenClose(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#applicationsNav").tryQuery().isPresent());   // the journal is open
        robot.push(KeyCode.CONTROL, KeyCode.F);
        waitUntil(() -> robot.lookup("#query").tryQuery().map(n -> n.isFocused()).orElse(false));
        robot.write("\"*(");
        Label status = robot.lookup(".search-status").queryAs(Label.class);
        waitUntil(() -> status.getText().startsWith("Nothing in your journal matches"));
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#searchOverlay").tryQuery().isEmpty());
    }
}
