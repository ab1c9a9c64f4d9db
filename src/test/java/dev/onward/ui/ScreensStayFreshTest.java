package dev.onward.ui;

import static dev.onward.testutil.ApplicationDetailsBuilder.anApplication;
import static dev.onward.testutil.FxWait.waitUntil;
import static dev.onward.testutil.OutcomeBuilder.anOutcome;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.onward.domain.ReflectionStep;
import dev.onward.domain.Status;
import dev.onward.domain.Theme;
import dev.onward.service.applications.ApplicationSummary;
import dev.onward.testutil.OnwardWindow;
import dev.onward.testutil.TestJournal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * No screen keeps showing what the journal no longer holds: a screen built before a change made on
 * another screen shows the change when the user comes back to it, also after a restart.
 */
@ExtendWith(ApplicationExtension.class)
class ScreensStayFreshTest {
    @TempDir
    Path folder;
    @RegisterExtension
    final OnwardWindow window = new OnwardWindow();
    private long quiet;
    private long rejected;

    @Start
    void start(Stage stage) {
        try (TestJournal seed = TestJournal.open(folder)) {
            // Sent 50 days before the test's today, never heard of since: Today suggests no reply.
            quiet = seed.journal().add(anApplication().company("Quiet Co").applied(LocalDate.of(2026, 10, 5)).build()).id();
            rejected = seed.journal().add(anApplication().company("Acme Rockets").applied(LocalDate.of(2026, 11, 1))
                    .build()).id();
            seed.journal().recordOutcome(rejected, anOutcome().rejected().on(LocalDate.of(2026, 11, 20)).build());
        }
        window.open(folder, stage);
    }

    @Test
    void markNoReplyOnToday_applicationsBuiltBefore_showsNoReply(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#applicationsNav").tryQuery().isPresent());
        robot.clickOn("#applicationsNav");
        TableView<ApplicationSummary> table = robot.lookup("#table").queryTableView();
        waitUntil(() -> status(table, quiet).equals(Optional.of(Status.ACTIVE)));

        robot.clickOn("#dashboardNav");
        waitUntil(() -> robot.lookup("#markNoReply-" + quiet).tryQuery().isPresent());
        robot.clickOn("#markNoReply-" + quiet);
        waitUntil(() -> robot.lookup("#stepTitle").tryQuery().isPresent());
        robot.clickOn("#applicationsNav");

        waitUntil(() -> status(table, quiet).equals(Optional.of(Status.GHOSTED)));
    }

    @Test
    void lessonAddedInReflect_lessonsBuiltBefore_showsIt(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#lessonsNav").tryQuery().isPresent());
        robot.clickOn("#lessonsNav");
        waitUntil(() -> robot.lookup("#lessonsPlaceholder").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));

        robot.clickOn("#applicationsNav");
        waitUntil(() -> robot.lookup("Acme Rockets").tryQuery().isPresent());
        robot.clickOn(robot.from(robot.lookup("#table").queryAll()).lookup("Acme Rockets").queryAs(javafx.scene.Node.class));
        waitUntil(() -> robot.lookup("#reflectButton").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        robot.clickOn("#reflectButton");
        waitUntil(() -> robot.lookup("#step_lessons").tryQuery().isPresent());
        robot.clickOn("#step_lessons");
        waitUntil(() -> ReflectionStep.LESSONS.label().equals(
                robot.lookup("#stepTitle").queryAs(Label.class).getText()));
        robot.interact(() -> {
            robot.lookup("#lessonText").queryAs(TextArea.class).setText("Bring a diagram");
            robot.lookup("#lessonTheme").<Theme>queryComboBox().setValue(Theme.TECHNICAL_DEPTH);
        });
        robot.clickOn("#saveLesson");
        waitUntil(() -> robot.lookup(".lesson-line").tryQuery().isPresent());
        robot.clickOn("#lessonsNav");

        waitUntil(() -> robot.lookup("Bring a diagram").tryQuery().isPresent());
        assertFalse(robot.lookup("#lessonsPlaceholder").query().isVisible());
    }

    private static Optional<Status> status(TableView<ApplicationSummary> table, long id) {
        return table.getItems().stream().filter(s -> s.id() == id).findFirst().map(ApplicationSummary::status);
    }
}
