package dev.onward.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.persistence.applications.SqliteApplicationRepository;
import dev.onward.persistence.applications.SqliteStageKindRepository;
import dev.onward.persistence.backup.SqliteSnapshotsAndChecks;
import dev.onward.service.DataFolder;
import dev.onward.service.JournalFileException;
import dev.onward.service.PrivateFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path temp;

    @Test
    void open_newFolder_createsPrivateFolderAndFileAtLatestVersion() throws Exception {
        Path folder = temp.resolve("journal");
        Path file = DataFolder.prepare(folder);
        try (Database db = Database.open(file)) {
            assertEquals(SchemaMigrator.latestVersion(), (int) db.read(SchemaMigrator::userVersion));
            assertEquals("wal", pragma(db, "journal_mode"));
            assertEquals("1", pragma(db, "foreign_keys"));
            assertEquals("2", pragma(db, "synchronous"));
        }
        if (PrivateFiles.isPosix()) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    @Test
    void open_existingJournal_keepsVersionAndSeededKinds() {
        Path file = DataFolder.prepare(temp);
        Database.open(file).close();
        try (Database db = Database.open(file)) {
            List<String> names = new SqliteStageKindRepository(db).findAll().stream().map(k -> k.name()).toList();
            assertEquals(List.of("Applied", "Recruiter screen", "Phone screen", "Take-home", "Technical interview",
                    "Team interview", "Onsite", "Final round", "Offer"), names);
        }
    }

    @Test
    void open_fileWrittenByNewerOnward_isRefusedAndUnchanged() throws Exception {
        Path file = temp.resolve("onward.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE future (x); INSERT INTO future VALUES (1); PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(file);
        JournalFileException e = assertThrows(JournalFileException.class, () -> Database.open(file));
        assertEquals(JournalFileException.Reason.TOO_NEW, e.reason());
        assertTrue(e.getMessage().contains("newer version of Onward"), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void open_fileThatIsNotADatabase_isRefusedAndUnchanged() throws Exception {
        Path file = temp.resolve("onward.db");
        byte[] text = "Company,Role\nAcme,Developer\n".repeat(50).getBytes(StandardCharsets.UTF_8);
        Files.write(file, text);
        JournalFileException e = assertThrows(JournalFileException.class, () -> Database.open(file));
        assertEquals(JournalFileException.Reason.NOT_A_JOURNAL, e.reason());
        assertTrue(e.getMessage().contains("has not changed it"), e.getMessage());
        assertArrayEquals(text, Files.readAllBytes(file));
        assertFalse(Files.exists(temp.resolve("onward.db-wal")));
    }

    @Test
    void open_damagedDatabase_isRefusedAndUnchanged() throws Exception {
        Path file = damagedJournal(0);
        byte[] bytes = Files.readAllBytes(file);
        JournalFileException e = assertThrows(JournalFileException.class, () -> Database.open(file));
        assertEquals(JournalFileException.Reason.NOT_A_JOURNAL, e.reason());
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void openCheckingInBackground_damagedJournal_refusesEveryWriteAndLeavesFileUnchanged() throws Exception {
        Path file = damagedJournal(0.6);
        byte[] bytes = Files.readAllBytes(file);
        try (Database db = Database.openCheckingInBackground(file)) {
            assertEquals(Integer.toString(SchemaMigrator.latestVersion()), pragma(db, "user_version"),
                    "it reads before the check");
            db.startCheck();
            CompletionException verdict = assertThrows(CompletionException.class, () -> db.checked().join());
            JournalFileException refused = assertInstanceOf(JournalFileException.class, verdict.getCause());
            assertEquals(JournalFileException.Reason.NOT_A_JOURNAL, refused.reason());
            SqliteApplicationRepository repo = new SqliteApplicationRepository(db);
            assertThrows(JournalFileException.class, () -> repo.add(
                    dev.onward.testutil.ApplicationDetailsBuilder.anApplication().build(), Instant.parse("2026-01-02T00:00:00Z")));
            Path snapshot = temp.resolve("snapshot.db");
            assertThrows(JournalFileException.class, () -> new SqliteSnapshotsAndChecks(db).snapshotTo(snapshot));
            assertFalse(Files.exists(snapshot), "no copy of a damaged journal is kept");
        }
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void openCheckingInBackground_soundJournal_passesAndWrites() {
        Path file = DataFolder.prepare(temp);
        Database.open(file).close();
        try (Database db = Database.openCheckingInBackground(file)) {
            assertFalse(db.checked().isDone(), "the check waits to be started");
            assertEquals("2", pragma(db, "synchronous"), "every commit is synced, as with open()");
            assertEquals("1", pragma(db, "foreign_keys"));
            new SqliteApplicationRepository(db).add(dev.onward.testutil.ApplicationDetailsBuilder.anApplication().build(),
                    Instant.parse("2026-01-02T00:00:00Z"));
            assertEquals(1, new SqliteApplicationRepository(db).findAll().size());
            assertTrue(db.checked().isDone(), "the first write started the check and waited for it");
        }
    }

    @Test
    void openCheckingInBackground_newFile_isCheckedAndMadeBeforeItOpens() {
        Path file = DataFolder.prepare(temp);
        try (Database db = Database.openCheckingInBackground(file)) {
            assertTrue(db.checked().isDone(), "a file that opening changes is checked first, as open() does");
            assertEquals(SchemaMigrator.latestVersion(), (int) db.read(SchemaMigrator::userVersion));
        }
    }

    @Test
    void refusal_lockHeldLongerThanTheWait_saysBusyAndOffersNoRestore() {
        Path file = temp.resolve("onward.db");
        for (int code : new int[] {5, 6, 517}) { // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_BUSY_SNAPSHOT
            JournalFileException e = FileGuard.refusal(file, new SQLException("database is locked", null, code));
            assertEquals(JournalFileException.Reason.CANNOT_OPEN, e.reason(), "busy is not damage");
            assertTrue(e.getMessage().contains("is in use"), e.getMessage());
        }
        JournalFileException damaged = FileGuard.refusal(file, new SQLException("malformed", null, 11));
        assertEquals(JournalFileException.Reason.NOT_A_JOURNAL, damaged.reason());
    }

    /**
     * A journal of 200 applications scribbled over from the third page on, or, with
     * {@code sparedShare} over 0, only after that share of the file (the schema, at the start,
     * still reads, so the damage is found only by reading everything).
     */
    private Path damagedJournal(double sparedShare) throws Exception {
        Path file = DataFolder.prepare(temp);
        try (Database db = Database.open(file)) {
            SqliteApplicationRepository repo = new SqliteApplicationRepository(db);
            for (int i = 0; i < 200; i++) {
                repo.add(dev.onward.testutil.ApplicationDetailsBuilder.anApplication().notes("n".repeat(500)).build(),
                        Instant.parse("2026-01-01T00:00:00Z"));
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        for (int i = Math.max(4096 * 2, (int) (bytes.length * sparedShare)); i < bytes.length; i += 7) {
            bytes[i] = (byte) 0xA5;
        }
        Files.write(file, bytes);
        return file;
    }

    @Test
    void migrations_everyResourceInTheFolderIsListedInOrder() throws Exception {
        Path folder = Path.of("src/main/resources/dev/onward/db/migration");
        List<String> files = new ArrayList<>();
        try (var stream = Files.list(folder)) {
            stream.map(p -> p.getFileName().toString()).forEach(files::add);
        }
        files.sort((a, b) -> Integer.compare(version(a), version(b)));
        assertEquals(files, SchemaMigrator.MIGRATIONS);
        for (int i = 0; i < files.size(); i++) {
            assertEquals(i + 1, version(files.get(i)));
        }
    }

    private static int version(String name) {
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    private static String pragma(Database db, String name) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA " + name)) {
                r.next();
                return r.getString(1);
            }
        });
    }
}
