package dev.onward.ui.dashboard;

import static dev.onward.testutil.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.App;
import dev.onward.domain.Messages;
import dev.onward.domain.Status;
import dev.onward.testutil.OnwardWindow;
import dev.onward.testutil.TestJournal;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The dashboard as the home screen on a journal of known figures, read from its labels as a user reads them. */
@ExtendWith(ApplicationExtension.class)
class DashboardScreenTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final OnwardWindow window = new OnwardWindow();
    private App app;
    private DashboardJournal fixture;

    @Start
    void start(Stage stage) {
        try (TestJournal seed = TestJournal.open(folder)) {
            fixture = DashboardJournal.fill(seed);
        }
        app = window.open(folder, stage);
    }

    @Test
    void open_filledJournal_showsEveryHeadlineFigure(FxRobot robot) throws Exception {
        waitUntil(() -> "3".equals(text(robot, "#pipelineCount")));

        assertFalse(robot.lookup("#pipelineWarning").query().isVisible());
        assertEquals("1 of 5", text(robot, "#thisWeek"));
        assertEquals("1 week", text(robot, "#streak"));
        assertEquals("3 days", text(robot, "#momentum"));
        assertEquals("All time: 41.5 days", text(robot, "#momentumAllTime"));
        assertEquals("Technical interview \u2014 Lumen Labs", text(robot, "#upcoming0"));
        assertEquals("Get back in touch with Dana Ruiz", text(robot, "#upcoming1"));
        assertEquals("Café Lumière \u2014 Designer", text(robot, "#ghost-" + fixture.quiet));
        assertEquals("You applied to Old Mill for Support Engineer", text(robot, "#onThisDay0"));
        assertEquals("Needs a few more rated interviews.", text(robot, "#calibration0"));
        assertEquals("Research: 3 lessons \u2014 3 new, 0 practising, 0 a habit", text(robot, "#focus0"));
        assertEquals("1 of the 2 reasons you picked were outside your control.", text(robot, "#reasonsSummary"));
    }

    @Test
    void funnelTable_byFurthestStage_andNarrowedByThePeriod(FxRobot robot) throws Exception {
        waitUntil(() -> "8".equals(text(robot, "#funnelReached0")));
        assertEquals("Applied", text(robot, "#funnelStage0"));
        assertEquals("3", text(robot, "#funnelReached1"));
        assertEquals("Final round", text(robot, "#funnelStage7"));
        assertEquals("2", text(robot, "#funnelReached7"));
        assertEquals("1", text(robot, "#funnel7_1"));   // one offer after a final round

        scrollTo(robot, "#range-last_30_days");
        robot.clickOn("#range-last_30_days");
        waitUntil(() -> "2".equals(text(robot, "#funnelReached0")));
        assertTrue(robot.lookup("#funnelStage1").tryQuery().isEmpty());
        assertTrue(robot.lookup("#reasonsEmpty").query().isVisible());
    }

    @Test
    void markNoReply_clicked_recordsNoReplyAndLeavesForTheApplication(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#markNoReply-" + fixture.quiet).tryQuery().isPresent());

        robot.clickOn("#markNoReply-" + fixture.quiet);
        waitUntil(() -> robot.lookup("#pipelineCount").tryQuery().isEmpty());

        robot.interact(app::stop);
        try (TestJournal journal = TestJournal.open(folder)) {
            assertEquals(Status.GHOSTED, journal.journal().find(fixture.quiet).orElseThrow().status());
        }
    }

    @Test
    void snooze_clicked_hidesItAndWritesNothing(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#snooze-" + fixture.quiet).tryQuery().isPresent());

        robot.clickOn("#snooze-" + fixture.quiet);
        waitUntil(() -> robot.lookup("#ghost-" + fixture.quiet).tryQuery().isEmpty());
        assertEquals(Messages.text("dashboard.ghosts.empty", 21), text(robot, "#ghostsEmpty"));
        assertTrue(robot.lookup("#ghostsEmpty").query().isVisible());

        robot.clickOn("#applicationsNav");
        robot.clickOn("#dashboardNav");
        waitUntil(() -> "3".equals(text(robot, "#pipelineCount")));
        assertTrue(robot.lookup("#ghost-" + fixture.quiet).tryQuery().isEmpty());
    }

    /** Scrolls the dashboard until {@code query} is in view, as a user would with the wheel. */
    private static void scrollTo(FxRobot robot, String query) {
        robot.interact(() -> {
            ScrollPane pane = robot.lookup(".dashboard").queryAs(ScrollPane.class);
            Node node = robot.lookup(query).query();
            Node content = pane.getContent();
            double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double room = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 100) / room)));
        });
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Labeled) n).getText()).orElse(null);
    }
}
