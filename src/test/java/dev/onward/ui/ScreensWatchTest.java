package dev.onward.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.testutil.TestJournal;
import dev.onward.ui.data.JournalReopener;
import java.nio.file.Path;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Every screen of the window is watched for the journal's changes: one added without it fails here. */
@ExtendWith(ApplicationExtension.class)
class ScreensWatchTest {
    @TempDir
    Path folder;
    private TestJournal journal;
    private MainWindow window;
    private Screens screens;

    @Start
    void start(Stage stage) {
        journal = TestJournal.open(folder);
        window = new MainWindow(stage);
        screens = new Screens(window, journal.services(), new SameThreadTaskRunner(), TestJournal.FIXED_CLOCK,
                DateText.forDefaultLocale(), StartupProbe.fromEnvironment());
        screens.register();
        screens.registerData(new JournalReopener() {
            @Override
            public void close(String message) {
            }

            @Override
            public void reopen(String text, boolean problem) {
            }
        });
    }

    @AfterEach
    void close() {
        screens.close();
        journal.close();
    }

    @Test
    void register_everyScreen_isWatched(FxRobot robot) {
        assertEquals(Set.of(Screens.DASHBOARD, Screens.APPLICATIONS, Screens.LESSONS, Screens.REFLECT, Screens.DATA),
                window.screenIds());
        assertTrue(screens.everyScreenWatched());
        assertEquals(1, journal.services().changes().listeners(), "one hearing for the whole window");
    }

    @Test
    void aScreenAddedWithoutAWatch_isNoticed(FxRobot robot) {
        robot.interact(() -> window.addScreen("unwatched", "Unwatched", "?", Label::new));

        assertFalse(screens.everyScreenWatched(), "a screen that does not listen must fail the test above");
    }

    @Test
    void close_stopsHearingTheJournal(FxRobot robot) {
        screens.close();

        assertEquals(0, journal.services().changes().listeners());
    }
}
