package dev.onward.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.App;
import dev.onward.domain.Messages;
import dev.onward.persistence.Database;
import dev.onward.persistence.applications.SqliteApplicationRepository;
import dev.onward.service.DataFolder;
import dev.onward.service.applications.ApplicationFilter;
import dev.onward.testutil.ApplicationDetailsBuilder;
import dev.onward.testutil.TestJournal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A journal file Onward must not open is reported with its path and what to do, and left unchanged. */
@ExtendWith(ApplicationExtension.class)
class JournalRefusedTest {
    @TempDir
    Path folder;

    private Stage stage;
    private App app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop(FxRobot robot) {
        if (app != null) {
            app.stop();
        }
        robot.interact(() -> robot.listTargetWindows().stream()
                .filter(w -> w != stage && w instanceof Stage).map(Stage.class::cast).toList().forEach(Stage::close));
    }

    @Test
    void start_fileThatIsNotAJournal_explainsAndLeavesFileUnchanged(FxRobot robot) throws Exception {
        Path file = folder.resolve("onward.db");
        byte[] bytes = "my shopping list, not a database".getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);

        String text = startAndReadDialog(robot);

        assertTrue(text.contains(file.toString()), text);
        assertTrue(text.contains("--data-dir"), text);
        assertTrue(text.contains("restore a backup"), text);
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void start_journalDamagedDeepInside_isFoundWhileOpeningExplainedAndLeftUnchanged(FxRobot robot) throws Exception {
        Path file = DataFolder.prepare(folder);
        try (Database db = Database.open(file)) {
            SqliteApplicationRepository applications = new SqliteApplicationRepository(db);
            for (int i = 0; i < 200; i++) {
                applications.add(ApplicationDetailsBuilder.anApplication().notes("n".repeat(500)).build(),
                        Instant.parse("2026-01-01T00:00:00Z"));
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        // the schema at the start still reads: only the check that reads every page finds this
        for (int i = (int) (bytes.length * 0.6); i < bytes.length; i += 7) {
            bytes[i] = (byte) 0xA5;
        }
        Files.write(file, bytes);

        String text = startAndReadDialog(robot);

        assertTrue(text.contains(file.toString()), text);
        assertTrue(text.contains("restore a backup"), text);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> robot.lookup("#dashboardNav").tryQuery().isEmpty()).get());
        app.stop();
        app = null;
        assertArrayEquals(bytes, Files.readAllBytes(file));
        assertTrue(Files.notExists(folder.resolve("backups")) || Files.list(folder.resolve("backups")).findAny().isEmpty(),
                "no snapshot of a damaged journal is kept");
    }

    @Test
    void start_journalFromNewerOnward_saysUseNewerOnwardAndLeavesFileUnchanged(FxRobot robot) throws Exception {
        Path file = folder.resolve("onward.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE future (x)");
            s.execute("PRAGMA user_version = 999");
        }
        byte[] before = Files.readAllBytes(file);

        String text = startAndReadDialog(robot);

        assertTrue(text.contains(file.toString()), text);
        assertTrue(text.contains("newer Onward"), text);
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void start_damagedJournalWithASnapshot_restoresTheSnapshotAndSetsTheFileAsideUntouched(FxRobot robot) throws Exception {
        try (TestJournal journal = TestJournal.open(folder)) {
            journal.journal().add(ApplicationDetailsBuilder.anApplication().company("Kept Safe").build());
        }
        Files.createDirectories(folder.resolve("backups"));
        Files.copy(folder.resolve("onward.db"), folder.resolve("backups/onward-2026-11-20.db"));
        byte[] damaged = "the journal, overwritten by something else".getBytes(StandardCharsets.UTF_8);
        Files.write(folder.resolve("onward.db"), damaged);

        String text = startAndReadDialog(robot);
        assertTrue(text.contains("Onward has a snapshot of your journal from"), text);
        Button restore = robot.lookup("#journalRefused .button").queryAll().stream().map(Button.class::cast)
                .filter(b -> b.getText().startsWith("Restore the snapshot of")).findFirst().orElseThrow();
        robot.clickOn(restore);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> robot.lookup("#journalRestored").tryQuery().isPresent()).get());
        String restored = robot.lookup("#journalRestored").queryAs(DialogPane.class).getContentText();
        assertTrue(restored.contains("set aside, untouched, as " + folder.resolve("onward.db.set-aside-")), restored);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> robot.lookup("#applicationsNav").tryQuery().isPresent()).get());
        try (var files = Files.list(folder)) {
            Path aside = files.filter(f -> f.getFileName().toString().startsWith("onward.db.set-aside-")).findFirst().orElseThrow();
            assertArrayEquals(damaged, Files.readAllBytes(aside));
        }
        app.stop();
        app = null;
        try (TestJournal reopened = TestJournal.open(folder)) {
            assertEquals("Kept Safe", reopened.journal().list(ApplicationFilter.ALL).get(0).company());
        }
    }

    @Test
    void start_afterARestoreCutShortOnceTheRefusedFileWasSetAside_opensTheSnapshotAndSaysSo(FxRobot robot) throws Exception {
        try (TestJournal journal = TestJournal.open(folder)) {
            journal.journal().add(ApplicationDetailsBuilder.anApplication().company("Kept Safe").build());
        }
        Files.move(folder.resolve("onward.db"), folder.resolve(".onward.db.restored"));
        Files.writeString(folder.resolve("onward.db.set-aside-2026-11-24T095959"), "the journal that could not be opened");

        app = new App(folder, TestJournal.FIXED_CLOCK);
        robot.interact(() -> app.start(stage));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> robot.lookup("#journalNoticed").tryQuery().isPresent()).get());

        String text = robot.lookup("#journalNoticed").queryAs(DialogPane.class).getContentText();
        assertTrue(text.contains("cut short") && text.contains("onward.db.set-aside-2026-11-24T095959"), text);
        app.stop();
        app = null;
        try (TestJournal reopened = TestJournal.open(folder)) {
            assertEquals("Kept Safe", reopened.journal().list(ApplicationFilter.ALL).get(0).company());
        }
    }

    private String startAndReadDialog(FxRobot robot) throws Exception {
        app = new App(folder, TestJournal.FIXED_CLOCK);
        robot.interact(() -> app.start(stage));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> robot.lookup("#journalRefused").tryQuery().isPresent()).get());
        DialogPane dialog = robot.lookup("#journalRefused").queryAs(DialogPane.class);
        assertTrue(dialog.getHeaderText().equals(Messages.text("ui.open.title")));
        return dialog.getContentText();
    }
}
