package dev.onward.ui.lessons;

import static dev.onward.testutil.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.App;
import dev.onward.domain.Lesson;
import dev.onward.domain.LessonDetails;
import dev.onward.domain.LessonStatus;
import dev.onward.domain.Messages;
import dev.onward.domain.Theme;
import dev.onward.testutil.OnwardWindow;
import dev.onward.testutil.TestJournal;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Lessons screen as a user meets it: Ctrl+L from anywhere, a repeat noticed, status, delete and undo. */
@ExtendWith(ApplicationExtension.class)
class LessonsScreenTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final OnwardWindow window = new OnwardWindow();
    private App app;
    private Lesson stories;

    @Start
    void start(Stage stage) {
        try (TestJournal seed = TestJournal.open(folder)) {
            stories = seed.lessons().add(LessonDetails.of("Prepare two stories about teamwork", Theme.STORYTELLING),
                    Optional.empty());
        }
        app = window.open(folder, stage);
    }

    @Test
    void ctrlL_closeLessonLinkedAsRepeat_thenStatusDeleteAndUndo(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#applicationsNav").tryQuery().isPresent());

        robot.push(KeyCode.CONTROL, KeyCode.L);
        waitUntil(() -> robot.lookup("#lessonFormSide").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#lessonText").write("teamwork stories");
        robot.interact(() -> robot.lookup("#lessonTheme").<Theme>queryComboBox().setValue(Theme.STORYTELLING));
        robot.clickOn("#saveLesson");
        waitUntil(() -> !text(robot, "#notedBefore").isEmpty());
        assertEquals(Messages.text("ui.lessons.notedBefore", "Prepare two stories about teamwork"),
                text(robot, "#notedBefore"));
        robot.clickOn("#linkRepeat");

        waitUntil(() -> robot.lookup(".times-noted").tryQuery().isPresent());
        assertEquals(Messages.text("ui.lessons.timesNoted", 2), text(robot, ".times-noted"));
        assertTrue(robot.lookup(".focus-area").tryQuery().isEmpty());

        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<LessonStatus> status = (ComboBox<LessonStatus>) robot.lookup(".lesson-status").query();
            status.setValue(LessonStatus.PRACTISING);
        });
        waitUntil(() -> robot.lookup(".lesson-delete").queryAll().size() == 2);
        robot.clickOn(robot.lookup(".lesson-delete").queryAll().iterator().next());
        waitUntil(() -> robot.lookup("#lessonUndoBar").query().isVisible());
        robot.clickOn("#undoLesson");
        waitUntil(() -> robot.lookup(".lesson-delete").queryAll().size() == 2);

        robot.interact(app::stop);
        try (TestJournal journal = TestJournal.open(folder)) {
            assertEquals(2, journal.lessons().all().size());
            assertTrue(journal.lessons().all().stream().anyMatch(l -> l.details().status() == LessonStatus.PRACTISING));
            assertTrue(journal.lessons().all().stream().anyMatch(l -> l.repeatOf().equals(Optional.of(stories.id()))));
        }
    }

    @Test
    void ctrlL_multiLineLesson_enterIsANewLineAndCtrlEnterSaves(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#applicationsNav").tryQuery().isPresent());
        robot.push(KeyCode.CONTROL, KeyCode.L);
        waitUntil(() -> robot.lookup("#lessonFormSide").tryQuery().map(Node::isVisible).orElse(false));
        assertEquals("Ctrl+Enter saves, Esc cancels.", text(robot, "#lessonKeys"));
        for (String button : new String[] {"#saveLesson", "#cancelLesson"}) {
            Button shown = robot.lookup(button).queryButton();
            assertTrue(shown.getWidth() >= shown.prefWidth(-1) - 0.5, button + " is cut short: " + shown.getWidth());
        }
        robot.clickOn("#lessonText").write("Ask about the on-call rota");
        robot.push(KeyCode.ENTER);
        robot.write("before the last round");
        robot.interact(() -> robot.lookup("#lessonTheme").<Theme>queryComboBox().setValue(Theme.RESEARCH));

        robot.push(KeyCode.CONTROL, KeyCode.ENTER);

        waitUntil(() -> robot.lookup(".lesson-delete").queryAll().size() == 2);
        robot.interact(app::stop);
        try (TestJournal journal = TestJournal.open(folder)) {
            assertTrue(journal.lessons().all().stream()
                    .anyMatch(l -> l.details().text().equals("Ask about the on-call rota\nbefore the last round")));
        }
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }
}
