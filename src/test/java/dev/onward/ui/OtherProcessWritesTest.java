package dev.onward.ui;

import static dev.onward.testutil.ApplicationDetailsBuilder.anApplication;
import static dev.onward.testutil.FxWait.waitUntil;

import dev.onward.service.applications.ApplicationSummary;
import dev.onward.testutil.OnwardWindow;
import dev.onward.testutil.TestJournal;
import java.nio.file.Path;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window and the command line together: what another journal on the same file writes (as
 * {@code onward import csv} in another process does) shows in the window without a click.
 */
@ExtendWith(ApplicationExtension.class)
class OtherProcessWritesTest {
    @TempDir
    Path folder;
    @RegisterExtension
    final OnwardWindow window = new OnwardWindow();

    @Start
    void start(Stage stage) {
        try (TestJournal seed = TestJournal.open(folder)) {
            seed.journal().add(anApplication().company("Acme Rockets").build());
        }
        window.open(folder, stage);
    }

    @Test
    void applicationAddedByAnotherJournal_applicationsOnView_showsItWithoutAClick(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#applicationsNav").tryQuery().isPresent());
        robot.clickOn("#applicationsNav");
        TableView<ApplicationSummary> table = robot.lookup("#table").queryTableView();
        waitUntil(() -> shows(table, "Acme Rockets"));

        try (TestJournal command = TestJournal.open(folder)) {
            command.journal().add(anApplication().company("Written Elsewhere").build());
        }

        waitUntil(() -> shows(table, "Written Elsewhere") && shows(table, "Acme Rockets"));
    }

    private static boolean shows(TableView<ApplicationSummary> table, String company) {
        return table.getItems().stream().anyMatch(s -> s.company().equals(company));
    }
}
