package dev.onward.ui.reflect;

import static dev.onward.testutil.ApplicationDetailsBuilder.anApplication;
import static dev.onward.testutil.FxWait.waitUntil;
import static dev.onward.testutil.OutcomeBuilder.anOutcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.Messages;
import dev.onward.domain.ReflectionStep;
import dev.onward.testutil.OnwardWindow;
import dev.onward.testutil.TestJournal;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Reflect flow's steps on screen, by keys and clicks: a wrong day holds the step, strengths take typing, the contact's messages. */
@ExtendWith(ApplicationExtension.class)
class ReflectStepScreenTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final OnwardWindow window = new OnwardWindow();
    private long acme;

    @Start
    void start(Stage stage) {
        try (TestJournal seed = TestJournal.open(folder)) {
            acme = seed.journal().add(anApplication().company("Acme Rockets").build()).id();
            seed.journal().recordOutcome(acme, anOutcome().rejected().on(LocalDate.of(2026, 11, 2)).build());
            seed.reflections().open(acme);
        }
        stage.setWidth(1280);
        stage.setHeight(800);
        window.open(folder, stage);
    }

    private void resume(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#resumeOffer").tryQuery().isPresent());
        robot.clickOn("#resumeReflection");
        waitUntil(() -> ReflectionStep.WHAT_HAPPENED.label().equals(text(robot, "#stepTitle")));
    }

    private static void altRight(FxRobot robot) {
        robot.press(KeyCode.ALT).press(KeyCode.RIGHT).release(KeyCode.RIGHT).release(KeyCode.ALT);
    }

    @Test
    void altRight_impossibleNewsDate_staysWithTheMessageAndTheStepIsNotDone(FxRobot robot) throws Exception {
        resume(robot);
        retype(robot, "#whDate", "13/45/2026");
        altRight(robot);

        waitUntil(() -> !text(robot, "#whDateError").isEmpty());
        assertEquals(ReflectionStep.WHAT_HAPPENED.label(), text(robot, "#stepTitle"));
        assertEquals("13/45/2026", robot.lookup("#whDate").queryAs(TextField.class).getText());
        assertTrue(robot.lookup("#whDate").queryAs(TextField.class).isFocused());
        assertTrue(stepListText(robot).contains(Messages.text("ui.reflect.state.needs_look")));
        assertTrue(!stepListText(robot).contains(Messages.text("ui.reflect.state.done")));

        retype(robot, "#whDate", "2026-11-01");
        altRight(robot);
        waitUntil(() -> ReflectionStep.FEELINGS.label().equals(text(robot, "#stepTitle")));
        assertTrue(stepListText(robot).contains(Messages.text("ui.reflect.state.done")));
    }

    @Test
    void strength_typed_takenOnEnterAndOnLeavingAndNonsensePutBack(FxRobot robot) throws Exception {
        resume(robot);
        altRight(robot);
        waitUntil(() -> ReflectionStep.FEELINGS.label().equals(text(robot, "#stepTitle")));
        robot.clickOn("#feeling_angry");
        Spinner<?> angry = robot.lookup("#intensity_angry").queryAs(Spinner.class);
        TextField editor = angry.getEditor();

        robot.doubleClickOn(editor).write("4").type(KeyCode.ENTER);
        waitUntil(() -> Integer.valueOf(4).equals(angry.getValue()));

        robot.doubleClickOn(editor).write("5").type(KeyCode.TAB);
        waitUntil(() -> Integer.valueOf(5).equals(angry.getValue()));

        robot.doubleClickOn(editor).write("9").type(KeyCode.ENTER);
        waitUntil(() -> "5".equals(editor.getText()));
        robot.doubleClickOn(editor).write("x").type(KeyCode.TAB);
        waitUntil(() -> "5".equals(editor.getText()));
        assertEquals(5, angry.getValue());
    }

    @Test
    void keepContact_threeProblems_allBesideTheirFieldsNoFieldSqueezedAndGoneOnceFixed(FxRobot robot)
            throws Exception {
        resume(robot);
        robot.interact(() -> robot.lookup("#stepList").queryAs(ListView.class).getSelectionModel()
                .select(ReflectionStep.CLOSE_WELL));
        waitUntil(() -> ReflectionStep.CLOSE_WELL.label().equals(text(robot, "#stepTitle")));
        double companyWidth = robot.lookup("#contactCompany").query().getBoundsInLocal().getWidth();
        double dateWidth = robot.lookup("#keepInTouch").query().getBoundsInLocal().getWidth();

        robot.clickOn("#contactEmail").write("not-an-email");
        robot.clickOn("#keepInTouch").write("31/02/2027");
        robot.clickOn("#keepContact");

        waitUntil(() -> !text(robot, "#contactEmailError").isEmpty());
        assertTrue(!text(robot, "#contactNameError").isEmpty());
        assertTrue(!text(robot, "#keepInTouchError").isEmpty());
        assertEquals(companyWidth, robot.lookup("#contactCompany").query().getBoundsInLocal().getWidth(), 0.5);
        assertEquals(dateWidth, robot.lookup("#keepInTouch").query().getBoundsInLocal().getWidth(), 0.5);

        retype(robot, "#keepInTouch", "2026-12-15");
        waitUntil(() -> text(robot, "#keepInTouchError").isEmpty());
        assertTrue(!text(robot, "#contactEmailError").isEmpty());
    }

    @Test
    void sentOn_labelAboveItsField(FxRobot robot) throws Exception {
        resume(robot);
        robot.interact(() -> robot.lookup("#stepList").queryAs(ListView.class).getSelectionModel()
                .select(ReflectionStep.CLOSE_WELL));
        waitUntil(() -> ReflectionStep.CLOSE_WELL.label().equals(text(robot, "#stepTitle")));
        Node field = robot.lookup("#replyDate").query();
        Label label = robot.lookup(Messages.text("ui.reflect.replyDate")).queryAs(Label.class);
        Bounds f = field.localToScene(field.getBoundsInLocal());
        Bounds l = label.localToScene(label.getBoundsInLocal());

        assertTrue(l.getMaxY() <= f.getMinY(), "label above the field");
        assertEquals(f.getMinX(), l.getMinX(), 1.0);
    }

    /** Empties the field, then types {@code typed} into it as a user would. */
    private static void retype(FxRobot robot, String query, String typed) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(field::clear);
        robot.clickOn(field).write(typed);
    }

    private static String stepListText(FxRobot robot) {
        StringBuilder all = new StringBuilder();
        robot.lookup("#stepList .step-state").queryAllAs(Label.class).forEach(l -> all.append(l.getText()).append('|'));
        return all.toString();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }
}
