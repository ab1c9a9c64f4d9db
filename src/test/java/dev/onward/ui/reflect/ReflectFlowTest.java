package dev.onward.ui.reflect;

import static dev.onward.testutil.ApplicationDetailsBuilder.anApplication;
import static dev.onward.testutil.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.App;
import dev.onward.domain.Application;
import dev.onward.domain.Arrival;
import dev.onward.domain.Feeling;
import dev.onward.domain.Messages;
import dev.onward.domain.Reflection;
import dev.onward.domain.ReflectionStep;
import dev.onward.domain.StageDetails;
import dev.onward.domain.Status;
import dev.onward.domain.StepState;
import dev.onward.domain.Theme;
import dev.onward.testutil.OnwardWindow;
import dev.onward.testutil.TestJournal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
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
 * The Reflect flow as a user meets it: record a rejection, go through every step with keys and
 * clicks, close the app mid-step, start it again on the same data folder and resume the draft.
 */
@ExtendWith(ApplicationExtension.class)
class ReflectFlowTest {
    @TempDir
    Path folder;

    private Stage stage;
    @RegisterExtension
    final OnwardWindow window = new OnwardWindow();
    private App app;
    private long acme;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        try (TestJournal seed = TestJournal.open(folder)) {
            seed.journal().add(anApplication().company("Orchard").role("Analyst").applied(LocalDate.of(2026, 11, 1)).build());
            Application a = seed.journal().add(anApplication().company("Acme Rockets").role("Junior Developer")
                    .applied(LocalDate.of(2026, 10, 1)).build());
            acme = a.id();
            seed.journal().addStage(acme, StageDetails.of(seed.stageKind("Phone screen"), LocalDate.of(2026, 10, 8)));
            seed.journal().addStage(acme, StageDetails.of(seed.stageKind("Final round"), LocalDate.of(2026, 10, 20)));
        }
        app = window.open(folder, stage);
    }

    @Test
    void rejected_everyStepByKeysAndClicks_closedMidStep_resumedAfterRestart(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#applicationsNav").tryQuery().isPresent());
        robot.clickOn("#applicationsNav");
        waitUntil(() -> robot.lookup("#table").tryQuery().isPresent());
        robot.clickOn(robot.from(robot.lookup("#table").queryAll()).lookup("Acme Rockets").queryAs(Node.class));
        waitUntil(() -> "Acme Rockets".equals(text(robot, "#heading")));
        robot.clickOn(robot.from(robot.lookup("#outcomePane").queryAll()).lookup(".title").queryAs(Node.class));
        robot.clickOn("#outcomeKind");
        robot.clickOn(choice(robot, Status.REJECTED.label()));
        robot.clickOn("#recordOutcome");

        waitUntil(() -> robot.lookup("#reflectHeading").tryQuery().map(Node::isVisible).orElse(false)
                && "Acme Rockets \u00b7 Junior Developer".equals(text(robot, "#reflectHeading")));
        assertEquals(ReflectionStep.WHAT_HAPPENED.label(), text(robot, "#stepTitle"));
        assertEquals("Final round", ((dev.onward.domain.StageKind) robot.lookup("#whEndedAt").queryComboBox()
                .getValue()).name());
        robot.clickOn("#whArrival");
        robot.clickOn(choice(robot, Arrival.EMAIL.label()));
        robot.clickOn("#nextStep");

        waitUntil(() -> ReflectionStep.FEELINGS.label().equals(text(robot, "#stepTitle")));
        robot.clickOn("#feeling_disappointed");
        robot.clickOn(robot.from(robot.lookup("#intensity_disappointed").queryAll()).lookup(".increment-arrow-button")
                .queryAs(Node.class));
        robot.clickOn("#feeling_other");
        robot.clickOn("#feelingWords").write("\u0645\u062d\u0628\u0637 \ud83d\ude36");
        robot.press(KeyCode.ALT).press(KeyCode.RIGHT).release(KeyCode.RIGHT).release(KeyCode.ALT);

        waitUntil(() -> ReflectionStep.REASONS.label().equals(text(robot, "#stepTitle")));
        robot.clickOn("#reason_internal_candidate");
        robot.clickOn("#reason_not_seen");
        waitUntil(() -> "1 of the 2 reasons you chose lies outside your control.".equals(text(robot, "#outsideSentence")));
        robot.clickOn("#nextStep");

        waitUntil(() -> ReflectionStep.REFRAME.label().equals(text(robot, "#stepTitle")));
        robot.clickOn("#reframeText").write("Not my team.");
        robot.press(KeyCode.ALT).press(KeyCode.S).release(KeyCode.S).release(KeyCode.ALT);

        waitUntil(() -> ReflectionStep.LESSONS.label().equals(text(robot, "#stepTitle")));
        robot.interact(() -> {
            robot.lookup("#lessonText").queryAs(TextArea.class).setText("Draw the design before explaining it");
            robot.lookup("#lessonTheme").<Theme>queryComboBox().setValue(Theme.TECHNICAL_DEPTH);
        });
        robot.clickOn("#saveLesson");
        waitUntil(() -> robot.lookup(".lesson-line").tryQuery().isPresent());
        robot.clickOn("#nextStep");

        waitUntil(() -> ReflectionStep.FEEDBACK.label().equals(text(robot, "#stepTitle")));
        robot.clickOn("#skipStep");
        waitUntil(() -> ReflectionStep.CLOSE_WELL.label().equals(text(robot, "#stepTitle")));
        robot.clickOn("#replySent");
        robot.clickOn("#nextStep");

        waitUntil(() -> ReflectionStep.NEXT_STEP.label().equals(text(robot, "#stepTitle")));
        waitUntil(() -> Messages.text("ui.reflect.pipeline.some", 1).equals(text(robot, "#reflectPipelineText")));
        robot.press(KeyCode.ALT).press(KeyCode.LEFT).release(KeyCode.LEFT).release(KeyCode.ALT);
        waitUntil(() -> ReflectionStep.CLOSE_WELL.label().equals(text(robot, "#stepTitle")));
        robot.clickOn("#backStep");
        waitUntil(() -> ReflectionStep.FEEDBACK.label().equals(text(robot, "#stepTitle")));
        robot.interact(() -> robot.lookup("#feedbackText").queryAs(TextInputControl.class)
                .setText("Strong on systems; more depth on testing next time."));
        robot.clickOn("#askedFrom").write("Dana");

        // Closed mid-step, before the pause that saves: closing saves what was typed.
        robot.interact(() -> {
            app.stop();
            app = window.open(folder, stage);
        });

        waitUntil(() -> robot.lookup("#resumeOffer").tryQuery().isPresent());
        assertEquals(Messages.text("ui.reflect.resume", "Acme Rockets"), text(robot, "#resumeText"));
        robot.clickOn("#resumeReflection");

        waitUntil(() -> ReflectionStep.FEEDBACK.label().equals(text(robot, "#stepTitle")));
        waitUntil(() -> "Dana".equals(robot.lookup("#askedFrom").queryAs(TextInputControl.class).getText()));
        assertEquals("Strong on systems; more depth on testing next time.",
                robot.lookup("#feedbackText").queryAs(TextInputControl.class).getText());
        @SuppressWarnings("unchecked")
        ListView<ReflectionStep> steps = robot.lookup("#stepList").queryAs(ListView.class);
        assertEquals(ReflectionStep.FEEDBACK, steps.getSelectionModel().getSelectedItem());

        robot.interact(app::stop);
        try (TestJournal journal = TestJournal.open(folder)) {
            Reflection r = journal.reflections().find(acme).orElseThrow();
            assertEquals(Optional.of(Arrival.EMAIL), r.arrival());
            assertEquals(4, r.feelings().stream().filter(f -> f.feeling() == Feeling.DISAPPOINTED).findFirst()
                    .orElseThrow().intensity().value());
            assertTrue(r.feelings().stream().anyMatch(f -> f.label().equals("\u0645\u062d\u0628\u0637 \ud83d\ude36")));
            assertEquals(2, r.reasons().size());
            assertEquals(Optional.of("Not my team."), r.reframe());
            assertEquals(StepState.SKIPPED, r.state(ReflectionStep.REFRAME));
            assertEquals(StepState.DONE, r.state(ReflectionStep.LESSONS));
            assertEquals(StepState.SKIPPED, r.state(ReflectionStep.FEEDBACK));
            assertEquals(StepState.DONE, r.state(ReflectionStep.CLOSE_WELL));
            assertEquals(ReflectionStep.FEEDBACK, r.currentStep());
            assertEquals(Optional.of("Dana"), r.feedback().askedFrom());
            assertTrue(r.graciousReplySentOn().isPresent());
            assertEquals(1, journal.lessons().all().size());
        }
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse(null);
    }

    private static Node choice(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof javafx.scene.control.ListCell<?> cell && text.equals(cell.getText()))
                .query();
    }
}
