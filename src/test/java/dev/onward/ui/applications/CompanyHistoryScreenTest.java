package dev.onward.ui.applications;

import static dev.onward.testutil.ApplicationDetailsBuilder.anApplication;
import static dev.onward.testutil.FxWait.waitUntil;
import static dev.onward.testutil.OutcomeBuilder.anOutcome;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.ChosenReason;
import dev.onward.domain.LessonDetails;
import dev.onward.domain.Reason;
import dev.onward.domain.Reflection;
import dev.onward.domain.Theme;
import dev.onward.testutil.OnwardWindow;
import dev.onward.testutil.TestJournal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
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

/** Company memory: typing a company applied at before shows what happened there, under the field. */
@ExtendWith(ApplicationExtension.class)
class CompanyHistoryScreenTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final OnwardWindow window = new OnwardWindow();

    @Start
    void start(Stage stage) {
        try (TestJournal seed = TestJournal.open(folder)) {
            long id = seed.journal().add(anApplication().company("Brightline").role("QA Engineer")
                    .applied(LocalDate.of(2026, 3, 2)).build()).id();
            seed.journal().recordOutcome(id, anOutcome().rejected().on(LocalDate.of(2026, 4, 1)).build());
            Reflection r = seed.reflections().open(id);
            seed.reflections().save(r.withReasons(List.of(ChosenReason.of(Reason.INTERNAL_CANDIDATE))));
            seed.lessons().add(LessonDetails.of("Ask about the test plan they use", Theme.RESEARCH), Optional.of(id));
        }
        window.open(folder, stage);
    }

    @Test
    void ctrlN_typeCompanyWithHistory_showsTheEarlierApplicationItsReasonAndLesson(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#applicationsNav").tryQuery().isPresent());
        robot.push(KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> robot.lookup("#company").tryQuery().isPresent());
        TextField company = robot.lookup("#company").queryAs(TextField.class);
        waitUntil(company::isFocused);

        robot.write("brightline");

        Node box = robot.lookup("#companyHistory").query();
        waitUntil(box::isVisible);
        String shown = String.join("\n", robot.from(box).lookup((Node n) -> n instanceof Labeled l && l.isVisible())
                .queryAllAs(Labeled.class).stream().map(Labeled::getText).toList());
        assertTrue(shown.contains("QA Engineer"), shown);
        assertTrue(shown.contains("They chose someone from inside"), shown);
        assertTrue(shown.contains("Ask about the test plan they use"), shown);
    }
}
