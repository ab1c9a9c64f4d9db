package dev.onward.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.persistence.applications.SqliteApplicationRepository;
import dev.onward.persistence.backup.SqliteSnapshotsAndChecks;
import dev.onward.service.DataFolder;
import dev.onward.service.JournalFileException;
import dev.onward.testutil.ApplicationDetailsBuilder;
import dev.onward.testutil.SampleJournal;
import dev.onward.testutil.TestJournal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journal file whose schema is not the one the migrations make (an object another program
 * added, one it dropped or rewrote) is refused as it opens and as a snapshot to restore, naming
 * what is wrong, and left byte for byte as it was.
 */
class ForeignSchemaTest {
    @TempDir
    Path temp;

    @Test
    void open_journalWithAForeignTrigger_isRefusedNamingItAndLeftUnchanged() throws Exception {
        Path file = sampleJournal("a");
        sql(file, "CREATE TRIGGER forget_lessons AFTER INSERT ON application BEGIN DELETE FROM lesson; END");
        byte[] before = Files.readAllBytes(file);

        JournalFileException e = assertThrows(JournalFileException.class, () -> Database.open(file));
        assertEquals(JournalFileException.Reason.NOT_A_JOURNAL, e.reason());
        assertTrue(e.getMessage().contains("an extra trigger named forget_lessons that Onward did not make"), e.getMessage());
        assertTrue(e.getMessage().contains("Onward has not changed it"), e.getMessage());
        try (Database db = Database.openCheckingInBackground(file)) {
            db.startCheck();
            CompletionException verdict = assertThrows(CompletionException.class, () -> db.checked().join());
            assertTrue(verdict.getCause().getMessage().contains("forget_lessons"), verdict.getCause().getMessage());
            assertThrows(JournalFileException.class, () -> new SqliteApplicationRepository(db).add(
                    ApplicationDetailsBuilder.anApplication().build(), Instant.parse("2026-01-02T00:00:00Z")));
        }
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void open_journalWhoseOwnTriggerWasRewritten_isRefusedNamingIt() throws Exception {
        Path file = sampleJournal("a");
        sql(file, "DROP TRIGGER search_lesson_added; CREATE TRIGGER search_lesson_added AFTER INSERT ON lesson"
                + " BEGIN DELETE FROM lesson WHERE id <> new.id; END");

        JournalFileException e = assertThrows(JournalFileException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("trigger search_lesson_added is not the one Onward made"), e.getMessage());
    }

    @Test
    void open_journalWithADroppedTableOrAnAddedColumn_isRefusedNamingIt() throws Exception {
        Path dropped = sampleJournal("dropped");
        sql(dropped, "DROP TABLE reflection_step");
        Path widened = sampleJournal("widened");
        sql(widened, "ALTER TABLE lesson ADD COLUMN shared_with TEXT");

        JournalFileException missing = assertThrows(JournalFileException.class, () -> Database.open(dropped));
        assertTrue(missing.getMessage().contains("table reflection_step is missing"), missing.getMessage());
        JournalFileException extra = assertThrows(JournalFileException.class, () -> Database.open(widened));
        assertTrue(extra.getMessage().contains("table lesson has a column shared_with that Onward did not make"),
                extra.getMessage());
    }

    @Test
    void open_foreignDatabaseAtAKnownVersionWithAnApplicationTable_isLeftAlone() throws Exception {
        Path file = DataFolder.prepare(temp.resolve("foreign"));
        sql(file, "CREATE TABLE application (id INTEGER PRIMARY KEY, title TEXT); CREATE TABLE recipe (name TEXT);"
                + " INSERT INTO application (title) VALUES ('Soup'); PRAGMA user_version = 3");
        byte[] before = Files.readAllBytes(file);

        JournalFileException e = assertThrows(JournalFileException.class, () -> Database.open(file));
        assertEquals(JournalFileException.Reason.NOT_A_JOURNAL, e.reason());
        assertTrue(e.getMessage().contains("recipe"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertFalse(Files.exists(file.resolveSibling("onward.db-wal")), "not switched to WAL");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("PRAGMA journal_mode")) {
            r.next();
            assertEquals("delete", r.getString(1));
        }
    }

    @Test
    void openCheckingInBackground_foreignDatabaseInWalAtTheLatestVersion_isRefusedByTheCheckAndNeverWritten() throws Exception {
        Path file = DataFolder.prepare(temp.resolve("foreign"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeQuery("PRAGMA journal_mode=WAL").close();
            s.executeUpdate("CREATE TABLE application (id INTEGER PRIMARY KEY, title TEXT); PRAGMA user_version = "
                    + SchemaMigrator.latestVersion());
        }
        byte[] before = Files.readAllBytes(file);

        try (Database db = Database.openCheckingInBackground(file)) {
            CompletionException verdict = assertThrows(CompletionException.class, () -> {
                db.startCheck();
                db.checked().join();
            });
            assertTrue(verdict.getCause().getMessage().contains("Its table stage is missing."), verdict.getCause().getMessage());
            assertThrows(JournalFileException.class, () -> db.write(c -> null));
        }
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void restoreFrom_snapshotWithAForeignTrigger_isRefusedAndTheJournalKept() throws Exception {
        Path snapshot = sampleJournal("snapshot");
        sql(snapshot, "CREATE TRIGGER forget_lessons AFTER INSERT ON application BEGIN DELETE FROM lesson; END");
        byte[] before = Files.readAllBytes(snapshot);
        try (TestJournal journal = TestJournal.open(temp.resolve("journal"))) {
            SampleJournal.fill(journal);
            int lessons = journal.lessons().all().size();

            assertThrows(JournalFileException.class, () -> new SqliteSnapshotsAndChecks(journal.database()).restoreFrom(snapshot));

            assertEquals(lessons, journal.lessons().all().size());
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + journal.database().file());
                    Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'forget_lessons'")) {
                r.next();
                assertEquals(0, r.getInt(1));
            }
        }
        assertArrayEquals(before, Files.readAllBytes(snapshot));
    }

    /** The sample journal in folder {@code name}; returns its file. */
    private Path sampleJournal(String name) {
        try (TestJournal journal = TestJournal.open(temp.resolve(name))) {
            SampleJournal.fill(journal);
            return journal.database().file();
        }
    }

    /** Runs {@code statements} on {@code file} as another program would. */
    static void sql(Path file, String statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate(statements);
        }
    }
}
