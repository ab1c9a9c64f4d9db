package dev.onward.ui.reflect;

import static dev.onward.testutil.ApplicationDetailsBuilder.anApplication;
import static dev.onward.testutil.FxWait.waitUntil;
import static dev.onward.testutil.OutcomeBuilder.anOutcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.App;
import dev.onward.domain.Messages;
import dev.onward.domain.Reflection;
import dev.onward.domain.ReflectionStep;
import dev.onward.testutil.OnwardWindow;
import dev.onward.testutil.TestJournal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Bad input in the Reflect flow, on screen: the message shows beside the field and nothing else is lost. */
@ExtendWith(ApplicationExtension.class)
class ReflectBadInputScreenTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final OnwardWindow window = new OnwardWindow();
    private App app;
    private long acme;

    @Start
    void start(Stage stage) {
        try (TestJournal seed = TestJournal.open(folder)) {
            acme = seed.journal().add(anApplication().company("Acme Rockets").build()).id();
            seed.journal().recordOutcome(acme, anOutcome().ghosted().on(LocalDate.of(2026, 11, 2)).build());
            seed.reflections().open(acme);
        }
        app = window.open(folder, stage);
    }

    @Test
    void badInput_intensityPasteEmojiAndImpossibleDate_refusedBesideTheField(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#resumeOffer").tryQuery().isPresent());
        robot.clickOn("#resumeReflection");
        waitUntil(() -> ReflectionStep.WHAT_HAPPENED.label().equals(text(robot, "#stepTitle")));

        robot.clickOn("#whDate").eraseText(10).write("31/02/2026");
        waitUntil(() -> !text(robot, "#whDateError").isEmpty());
        // Next keeps a step with a wrong day in front of the user; Skip moves on and leaves it to look at.
        robot.clickOn("#skipStep");

        robot.clickOn("#feeling_angry");
        Spinner<?> angry = robot.lookup("#intensity_angry").queryAs(Spinner.class);
        Node down = robot.from(angry).lookup(".decrement-arrow-button").query();
        for (int i = 0; i < 4; i++) {
            robot.clickOn(down);
        }
        assertEquals(1, angry.getValue());
        Node up = robot.from(angry).lookup(".increment-arrow-button").query();
        for (int i = 0; i < 6; i++) {
            robot.clickOn(up);
        }
        assertEquals(5, angry.getValue());
        robot.clickOn("#nextStep");
        robot.clickOn("#nextStep");

        waitUntil(() -> ReflectionStep.REFRAME.label().equals(text(robot, "#stepTitle")));
        robot.clickOn("#reframeText").write("\u05e9\u05dc\u05d5\u05dd \ud83c\udf31");
        waitUntil(() -> Messages.text("ui.reflect.saved").equals(text(robot, "#saveState")));
        String paste = "y".repeat(100_000);
        robot.interact(() -> {
            TextInputControl reframe = robot.lookup("#reframeText").queryAs(TextInputControl.class);
            reframe.selectAll();
            reframe.replaceSelection(paste);
        });
        waitUntil(() -> !text(robot, "#reframeError").isEmpty());
        assertEquals(Messages.text("field.tooLong", Messages.text("field.reframe.name"), Reflection.MAX_REFRAME, 100_000),
                text(robot, "#reframeError"));

        robot.interact(app::stop);
        try (TestJournal journal = TestJournal.open(folder)) {
            Reflection r = journal.reflections().find(acme).orElseThrow();
            assertEquals(5, r.feelings().get(0).intensity().value());
            assertEquals(Optional.of("\u05e9\u05dc\u05d5\u05dd \ud83c\udf31"), r.reframe());
            assertEquals(LocalDate.of(2026, 11, 2), journal.journal().find(acme).orElseThrow().outcome().orElseThrow().date());
            assertTrue(r.currentStep() == ReflectionStep.REFRAME);
        }
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }
}
