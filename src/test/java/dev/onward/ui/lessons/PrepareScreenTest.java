package dev.onward.ui.lessons;

import static dev.onward.testutil.FxWait.waitUntil;
import static dev.onward.testutil.StageBuilder.aStage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.LessonDetails;
import dev.onward.domain.LessonStatus;
import dev.onward.domain.Theme;
import dev.onward.testutil.ApplicationDetailsBuilder;
import dev.onward.testutil.OnwardWindow;
import dev.onward.testutil.TestJournal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Prepare, from Today: before an interview coming up, the lessons for that kind of stage and a few
 * from the themes that keep coming up, as a checklist; habits are not listed.
 */
@ExtendWith(ApplicationExtension.class)
class PrepareScreenTest {
    @TempDir
    Path folder;
    @RegisterExtension
    final OnwardWindow window = new OnwardWindow();

    @Start
    void start(Stage stage) {
        try (TestJournal journal = TestJournal.open(folder)) {
            long technical = journal.stageKind("Technical interview");
            long lumen = journal.journal().add(ApplicationDetailsBuilder.anApplication().company("Lumen Labs")
                    .applied(LocalDate.of(2026, 11, 10)).build()).id();
            journal.journal().addStage(lumen, aStage(technical).on(LocalDate.of(2026, 11, 26)).build());
            lesson(journal, "Think aloud while coding", Theme.TECHNICAL_DEPTH, Optional.of(technical), LessonStatus.NEW);
            lesson(journal, "Ask for the input sizes first", Theme.TECHNICAL_DEPTH, Optional.of(technical),
                    LessonStatus.HABIT);
            for (String text : List.of("Open with the result", "Keep each story under two minutes", "Name what I did")) {
                lesson(journal, text, Theme.STORYTELLING, Optional.empty(), LessonStatus.PRACTISING);
            }
        }
        window.open(folder, stage);
    }

    @Test
    void prepareOnAnUpcomingStage_listsItsLessonsThenTheFocusAreas(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#prepare0").tryQuery().isPresent());
        robot.clickOn("#prepare0");

        waitUntil(() -> robot.lookup("#prepare").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#prepare").queryAs(DialogPane.class);
        assertEquals("Before Technical interview \u2014 Lumen Labs", dialog.getHeaderText());
        assertEquals("Think aloud while coding", robot.lookup("#prepareStage0").queryAs(CheckBox.class).getText());
        assertTrue(robot.lookup("#prepareStage1").tryQuery().isEmpty(), "a habit is not on the list");
        assertEquals(3, robot.lookup(".check-box").queryAll().stream().filter(n -> n.getId().startsWith("prepareFocus")).count());
        robot.clickOn("#prepareStage0");
        assertTrue(robot.lookup("#prepareStage0").queryAs(CheckBox.class).isSelected());
        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
    }

    private static void lesson(TestJournal journal, String text, Theme theme, Optional<Long> kind, LessonStatus status) {
        journal.lessons().add(new LessonDetails(text, theme, true, kind, status), Optional.empty());
    }
}
