package dev.onward.ui.applications;

import static dev.onward.testutil.ApplicationDetailsBuilder.anApplication;
import static dev.onward.testutil.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.Messages;
import dev.onward.domain.OutcomeKind;
import dev.onward.testutil.OnwardWindow;
import dev.onward.testutil.TestJournal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The detail pane's forms with several wrong fields: every message at once, beside its field, none squeezing it. */
@ExtendWith(ApplicationExtension.class)
class FormProblemsScreenTest {
    private static final LocalDate APPLIED = LocalDate.of(2026, 11, 20);

    @TempDir
    Path folder;

    @RegisterExtension
    final OnwardWindow window = new OnwardWindow();

    @Start
    void start(Stage stage) {
        try (TestJournal seed = TestJournal.open(folder)) {
            seed.journal().add(anApplication().company("Brightline").role("QA Engineer").applied(APPLIED).build());
        }
        window.open(folder, stage);
    }

    @Test
    void details_saveWithThreeWrongFields_showsEveryMessageAndFocusesCompany(FxRobot robot) throws Exception {
        openApplication(robot);
        robot.clickOn(titleOf(robot, "#detailsPane"));
        TextField company = field(robot, "#detailsPane", "#company");
        robot.interact(() -> {
            company.clear();
            field(robot, "#detailsPane", "#link").setText("ht tp://bad url");
            field(robot, "#detailsPane", "#applied").setText("2026-12-25");
        });

        robot.clickOn("#saveDetails");

        waitUntil(() -> message(robot, "#detailsPane", "#companyError").isVisible());
        assertEquals(Messages.text("field.company.required"), message(robot, "#detailsPane", "#companyError").getText());
        assertEquals(Messages.text("field.link.invalid"), message(robot, "#detailsPane", "#linkError").getText());
        assertEquals(Messages.text("field.applied.future"), message(robot, "#detailsPane", "#appliedError").getText());
        assertTrue(message(robot, "#detailsPane", "#linkError").isVisible());
        assertTrue(message(robot, "#detailsPane", "#appliedError").isVisible());
        waitUntil(company::isFocused);
    }

    @Test
    void addStage_wrongDayAndTime_bothShowUnderTheRowAndTheTimeFieldKeepsItsWidth(FxRobot robot) throws Exception {
        openApplication(robot);
        robot.clickOn(titleOf(robot, "#stagePane"));
        TextField day = field(robot, "#stagePane", "#stageDate");
        TextField time = field(robot, "#stagePane", "#stageTime");
        waitUntil(time::isVisible);
        double timeWidth = time.getWidth();
        robot.interact(() -> {
            day.setText("2026-02-31");
            time.setText("25:99");
        });

        robot.clickOn("#addStage");

        Label dayError = message(robot, "#stagePane", "#stageDateError");
        Label timeError = message(robot, "#stagePane", "#stageTimeError");
        waitUntil(() -> dayError.isVisible() && timeError.isVisible());
        assertEquals(timeWidth, time.getWidth(), 0.5, "the time field keeps its width");
        Label timeLabel = robot.from(robot.lookup("#stagePane").queryAll())
                .lookup((Node n) -> n instanceof Label l && Messages.text("ui.stage.time").equals(l.getText()))
                .queryAs(Label.class);
        assertTrue(timeLabel.getWidth() >= timeLabel.prefWidth(-1) - 0.5, "the time label is not cut short");
        assertTrue(timeError.getWidth() > time.getWidth() * 2, "the message takes the form's width, not the field's");
        waitUntil(day::isFocused);

        robot.interact(() -> day.setText("2026-12-03"));
        waitUntil(() -> !dayError.isVisible());
        assertTrue(timeError.isVisible(), "the time is still wrong");
    }

    @Test
    void recordOutcome_datedBeforeApplied_refusedBesideTheDateNamingTheAppliedDay(FxRobot robot) throws Exception {
        openApplication(robot);
        robot.clickOn(titleOf(robot, "#outcomePane"));
        @SuppressWarnings("unchecked")
        ComboBox<OutcomeKind> kind = robot.from(robot.lookup("#outcomePane").queryAll()).lookup("#outcomeKind")
                .queryAs(ComboBox.class);
        robot.interact(() -> {
            kind.setValue(OutcomeKind.REJECTED);
            field(robot, "#outcomePane", "#outcomeDate").setText("2026-11-01");
        });

        robot.clickOn("#recordOutcome");

        Label dateError = message(robot, "#outcomePane", "#outcomeDateError");
        waitUntil(dateError::isVisible);
        String appliedDay = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Locale.getDefault(Locale.Category.FORMAT)).format(APPLIED);
        assertEquals(Messages.text("field.outcomeDate.beforeApplied", appliedDay), dateError.getText());
        assertFalse(robot.lookup("#status").queryAs(Label.class).getText().contains(OutcomeKind.REJECTED.label()));
    }

    private static void openApplication(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#applicationsNav").tryQuery().isPresent());
        robot.clickOn("#applicationsNav");
        waitUntil(() -> robot.lookup("Brightline").tryQuery().isPresent());
        robot.clickOn("Brightline");
        waitUntil(() -> "Brightline".equals(robot.lookup("#heading").queryAs(Label.class).getText()));
    }

    private static TextField field(FxRobot robot, String pane, String id) {
        return robot.from(robot.lookup(pane).queryAll()).lookup(id).queryAs(TextField.class);
    }

    private static Label message(FxRobot robot, String pane, String id) {
        return robot.from(robot.lookup(pane).queryAll()).lookup(id).queryAs(Label.class);
    }

    private static Node titleOf(FxRobot robot, String titledPane) {
        return robot.from(robot.lookup(titledPane).queryAll()).lookup(".title").query();
    }
}
