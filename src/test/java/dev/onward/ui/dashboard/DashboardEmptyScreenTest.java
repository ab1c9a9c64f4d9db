package dev.onward.ui.dashboard;

import static dev.onward.testutil.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.Messages;
import dev.onward.testutil.OnwardWindow;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The dashboard on a new, empty journal: the home screen, the empty-pipeline warning, and what to log. */
@ExtendWith(ApplicationExtension.class)
class DashboardEmptyScreenTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final OnwardWindow window = new OnwardWindow();

    @Start
    void start(Stage stage) {
        window.open(folder, stage);
    }

    @Test
    void open_emptyJournal_warnsThatNothingIsInProgress(FxRobot robot) throws Exception {
        waitUntil(() -> "0".equals(robot.lookup("#pipelineCount").tryQuery().map(n -> ((Label) n).getText()).orElse(null)));

        Node warning = robot.lookup("#pipelineWarning").query();
        assertTrue(warning.isVisible());
        assertEquals(Messages.text("dashboard.pipeline.empty"), robot.lookup("#pipelineWarningText").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#dashboardNav").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        assertTrue(robot.lookup("#upcomingEmpty").query().isVisible());
        assertTrue(robot.lookup("#onThisDayEmpty").query().isVisible());
        assertEquals(Messages.text("dashboard.ghosts.empty", 21), robot.lookup("#ghostsEmpty").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#ghostsEmpty").query().isVisible());
        assertTrue(robot.lookup("#funnelEmpty").query().isVisible());
        assertTrue(robot.lookup("#reasonsEmpty").query().isVisible());
        assertTrue(robot.lookup("#feelingsEmpty").query().isVisible());
    }

    @Test
    void settings_newTarget_showsAtOnce(FxRobot robot) throws Exception {
        waitUntil(() -> "0 of 5".equals(robot.lookup("#thisWeek").tryQuery().map(n -> ((Label) n).getText()).orElse(null)));

        robot.clickOn("#openSettings");
        waitUntil(() -> robot.lookup("#weeklyTarget").query().isFocused());
        robot.interact(() -> robot.lookup("#weeklyTarget").queryTextInputControl().selectAll());
        robot.write("3");
        robot.type(javafx.scene.input.KeyCode.ENTER);

        waitUntil(() -> "0 of 3".equals(robot.lookup("#thisWeek").queryAs(Label.class).getText()));
        assertFalse(robot.lookup("#settingsHost").query().isVisible());
    }
}
