package dev.onward.ui.reflect;

import static dev.onward.testutil.ApplicationDetailsBuilder.anApplication;
import static dev.onward.testutil.FxWait.waitUntil;
import static dev.onward.testutil.OutcomeBuilder.anOutcome;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onward.domain.ReflectionStep;
import dev.onward.service.applications.ApplicationSummary;
import dev.onward.testutil.OnwardWindow;
import dev.onward.testutil.TestJournal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The day the news came, changed in Reflect, moves the application's last activity in the Applications list too:
 * the list, built before, reads again when it is shown after the change.
 */
@ExtendWith(ApplicationExtension.class)
class ReflectMovesTheListTest {
    @TempDir
    Path folder;
    @RegisterExtension
    final OnwardWindow window = new OnwardWindow();

    @Start
    void start(Stage stage) {
        try (TestJournal seed = TestJournal.open(folder)) {
            long acme = seed.journal().add(anApplication().company("Acme Rockets").applied(LocalDate.of(2026, 10, 1))
                    .build()).id();
            seed.journal().recordOutcome(acme, anOutcome().rejected().on(LocalDate.of(2026, 11, 2)).build());
            seed.reflections().open(acme);
        }
        window.open(folder, stage);
    }

    @Test
    void newsDayChangedInReflect_theListShowsTheNewLastActivity(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#applicationsNav").tryQuery().isPresent());
        robot.clickOn("#applicationsNav");
        TableView<ApplicationSummary> table = robot.lookup("#table").queryTableView();
        waitUntil(() -> lastActivity(table).equals(Optional.of(LocalDate.of(2026, 11, 2))));

        waitUntil(() -> robot.lookup("#resumeReflection").tryQuery().isPresent());
        robot.clickOn("#resumeReflection");
        waitUntil(() -> robot.lookup("#stepTitle").tryQuery().map(n -> ((Label) n).getText())
                .filter(ReflectionStep.WHAT_HAPPENED.label()::equals).isPresent());
        TextField day = robot.lookup("#whDate").queryAs(TextField.class);
        robot.interact(day::clear);
        robot.clickOn(day).write("2026-11-20");
        robot.clickOn("#applicationsNav");

        waitUntil(() -> lastActivity(table).equals(Optional.of(LocalDate.of(2026, 11, 20))));
        assertEquals(1, table.getItems().size());
    }

    private static Optional<LocalDate> lastActivity(TableView<ApplicationSummary> table) {
        return table.getItems().stream().findFirst().map(ApplicationSummary::lastActivity);
    }
}
