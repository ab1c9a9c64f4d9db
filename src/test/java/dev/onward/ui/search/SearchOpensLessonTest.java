package dev.onward.ui.search;

import static dev.onward.testutil.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.LessonDetails;
import dev.onward.domain.LessonStatus;
import dev.onward.domain.Theme;
import dev.onward.testutil.OnwardWindow;
import dev.onward.testutil.TestJournal;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A lesson chosen in the search is shown and marked on the Lessons screen, even far down a long
 * list and hidden by the filters the user had set there (it used to open the screen and nothing more).
 */
@ExtendWith(ApplicationExtension.class)
class SearchOpensLessonTest {
    private static final String WANTED = "Ask what the team shipped last quarter";

    @TempDir
    Path folder;
    @RegisterExtension
    final OnwardWindow window = new OnwardWindow();

    @Start
    void start(Stage stage) {
        try (TestJournal journal = TestJournal.open(folder)) {
            for (int i = 1; i <= 30; i++) {
                journal.lessons().add(LessonDetails.of("Prepare story number " + i + " before the call", Theme.PREPARATION),
                        Optional.empty());
            }
            journal.lessons().add(LessonDetails.of(WANTED, Theme.RESEARCH), Optional.empty());
        }
        window.open(folder, stage);
    }

    @Test
    void enterOnALessonHiddenByTheFilter_showsItMarkedAndInSight(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#applicationsNav").tryQuery().isPresent());   // the journal is open
        robot.clickOn("#lessonsNav");
        waitUntil(() -> robot.lookup(".lesson-row").queryAll().size() == 31);
        ComboBox<Optional<LessonStatus>> status = robot.lookup("#statusFilter").queryComboBox();
        robot.interact(() -> status.setValue(Optional.of(LessonStatus.HABIT)));
        waitUntil(() -> robot.lookup(".lesson-row").queryAll().isEmpty());

        robot.push(KeyCode.CONTROL, KeyCode.F);
        waitUntil(() -> robot.lookup("#query").tryQuery().map(Node::isFocused).orElse(false));
        robot.write("shipped quarter");
        ListView<SearchRow> results = robot.lookup("#results").queryListView();
        waitUntil(() -> results.getItems().stream().anyMatch(SearchRow.Hit.class::isInstance));
        robot.push(KeyCode.ENTER);

        waitUntil(() -> robot.lookup(".lesson-row.revealed").tryQuery().isPresent());
        Node marked = robot.lookup(".lesson-row.revealed").query();
        assertEquals(WANTED, robot.from(marked).lookup(".lesson-text").queryAs(Label.class).getText());
        assertEquals(Optional.empty(), status.getValue(), "the filters are cleared so the lesson can show");
        ScrollPane scroll = robot.lookup("#groupsScroll").query();
        waitUntil(() -> inSight(scroll, marked));
        assertTrue(scroll.getVvalue() > 0, "the list was scrolled down to it");
    }

    private static boolean inSight(ScrollPane scroll, Node row) {
        Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        Bounds bounds = row.localToScene(row.getLayoutBounds());
        return bounds.getMinY() >= viewport.getMinY() && bounds.getMaxY() <= viewport.getMaxY();
    }
}
