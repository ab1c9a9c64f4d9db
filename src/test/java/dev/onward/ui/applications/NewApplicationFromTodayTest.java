package dev.onward.ui.applications;

import static dev.onward.testutil.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onward.testutil.OnwardWindow;
import java.nio.file.Path;
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

/**
 * Ctrl+N on Today, before the Applications screen was ever opened: the screen and its form are
 * built right then, and the cursor still lands in Company, so typing goes where the user expects.
 */
@ExtendWith(ApplicationExtension.class)
class NewApplicationFromTodayTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final OnwardWindow window = new OnwardWindow();

    @Start
    void start(Stage stage) {
        window.open(folder, stage);
    }

    @Test
    void ctrlN_onToday_putsTheCursorInCompany(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#applicationsNav").tryQuery().isPresent());
        robot.push(KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> robot.lookup("#company").tryQuery().isPresent());
        TextField company = robot.lookup("#company").queryAs(TextField.class);
        waitUntil(company::isFocused);

        robot.write("Brightline");

        assertEquals("Brightline", company.getText());
        assertEquals("", robot.lookup("#filter").queryAs(TextField.class).getText(), "nothing went into the filter");
    }
}
