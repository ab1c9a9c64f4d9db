package dev.onward.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.onward.instance.WindowPlacement;
import dev.onward.testutil.OnwardWindow;
import dev.onward.testutil.TestJournal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window reopened on Lessons: a screen that does not say when it has shown the journal still
 * gets what waits for that moment, a moment later (here, its icons); and Ctrl+Q closes the window
 * as its close button does, keeping Lessons for next time.
 */
@ExtendWith(ApplicationExtension.class)
class ReopenedOnLessonsTest {
    private static final KeyCodeCombination CTRL_Q = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);

    @TempDir
    Path folder;

    private Stage stage;
    @RegisterExtension
    final OnwardWindow window = new OnwardWindow();

    @Start
    void start(Stage stage) throws Exception {
        TestJournal.open(folder).close();
        new WindowPlacement(0, 0, 1280, 800, false, "lessons").save(folder);
        this.stage = stage;
        window.open(folder, stage);
    }

    @Test
    void reopenedOnLessons_windowStillGetsItsIcons() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> stage.getIcons().size()).get() == 6);
        assertEquals(1, WaitForAsyncUtils.asyncFx(
                () -> stage.getScene().getRoot().lookupAll("#controlFilter").size()).get(), "the Lessons screen is shown");
    }

    @Test
    void ctrlQ_reopenedOnLessons_closesAndKeepsLessonsForNextTime(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> stage.getScene().getAccelerators().containsKey(CTRL_Q)).get());
        Files.delete(folder.resolve("window.properties"));

        robot.push(KeyCode.CONTROL, KeyCode.Q);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(WaitForAsyncUtils.asyncFx(stage::isShowing).get(), "the window is closed");
        assertEquals("lessons", WindowPlacement.load(folder).orElseThrow().screen(), "its screen is kept for next time");
    }
}
