package dev.onward.service.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.ApplicationDetails;
import dev.onward.service.JournalFileException;
import dev.onward.service.StorageException;
import dev.onward.service.applications.ApplicationFilter;
import dev.onward.testutil.JournalDump;
import dev.onward.testutil.MovableClock;
import dev.onward.testutil.TestJournal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupServiceTest {
    @TempDir
    Path temp;

    final MovableClock clock = new MovableClock(Instant.parse("2026-11-01T08:00:00Z"));
    TestJournal journal;
    BackupService backups;

    @BeforeEach
    void open() {
        journal = TestJournal.open(temp.resolve("data"), clock);
        backups = journal.services().backups();
    }

    @AfterEach
    void close() {
        journal.close();
    }

    Path journalFile() {
        return temp.resolve("data/onward.db");
    }

    @Test
    void snapshotIfDue_oncePerDay_intoBackupsFolder() {
        journal.journal().add(ApplicationDetails.of("Acme", "Dev"));
        Snapshot first = backups.snapshotIfDue().orElseThrow();
        assertEquals(temp.resolve("data/backups/onward-2026-11-01.db"), first.file());
        assertTrue(backups.snapshotIfDue().isEmpty(), "a second start the same day takes none");
        assertEquals(JournalDump.of(journalFile()), JournalDump.of(first.file()));
        clock.advance(Duration.ofDays(1));
        assertEquals(LocalDate.of(2026, 11, 2), backups.snapshotIfDue().orElseThrow().day());
    }

    @Test
    void snapshotIfDue_twentyDays_keepsTheNewestFourteen() {
        for (int day = 0; day < 20; day++) {
            backups.snapshotIfDue();
            clock.advance(Duration.ofDays(1));
        }
        List<Snapshot> kept = backups.list();
        assertEquals(BackupService.KEEP, kept.size());
        assertEquals(LocalDate.of(2026, 11, 20), kept.get(0).day());
        assertEquals(LocalDate.of(2026, 11, 7), kept.get(13).day());
    }

    @Test
    void restore_snapshot_replacesJournalAndKeepsThePreRestoreSnapshot() {
        journal.journal().add(ApplicationDetails.of("Acme", "Dev"));
        Path saved = temp.resolve("saved.db");
        backups.snapshotTo(saved);
        journal.journal().add(ApplicationDetails.of("Orchard", "Analyst"));
        String beforeRestore = JournalDump.of(journalFile());
        clock.advance(Duration.ofMinutes(5));

        Snapshot before = backups.restore(saved);

        assertEquals(1, journal.journal().list(dev.onward.service.applications.ApplicationFilter.ALL).size());
        assertTrue(before.beforeRestore());
        assertEquals("onward-2026-11-01T080500-before-restore.db", before.file().getFileName().toString());
        assertEquals(beforeRestore, JournalDump.of(before.file()));
        assertTrue(Files.exists(saved), "the restored file is left as it was");
    }

    @Test
    void restore_oldestOfFourteen_restoresItBeforeTheRotationRemovesIt() {
        journal.journal().add(ApplicationDetails.of("Acme", "Dev"));
        for (int day = 0; day < BackupService.KEEP; day++) {
            backups.snapshotIfDue();
            clock.advance(Duration.ofDays(1));
            journal.journal().add(ApplicationDetails.of("Company " + day, "Role"));
        }
        Snapshot oldest = backups.list().get(BackupService.KEEP - 1);

        Snapshot before = backups.restore(oldest.file());

        assertEquals(1, journal.journal().list(dev.onward.service.applications.ApplicationFilter.ALL).size());
        assertEquals(BackupService.KEEP + 1, backups.list().size(), "the 14, and the copy taken before the restore");
        assertTrue(Files.exists(before.file()));
        assertTrue(Files.exists(oldest.file()), "nothing new pushed the oldest out");
    }

    @Test
    void snapshotNow_todayAlreadyHasOne_takesAnotherThatIsListedFirst() {
        backups.snapshotIfDue();
        clock.advance(Duration.ofHours(2));

        Snapshot now = backups.snapshotNow();

        assertEquals("onward-2026-11-01T100000.db", now.file().getFileName().toString());
        assertEquals(java.util.Optional.of(java.time.LocalTime.of(10, 0)), now.time());
        assertFalse(now.beforeRestore());
        assertEquals(List.of(now.file(), temp.resolve("data/backups/onward-2026-11-01.db")),
                backups.list().stream().map(Snapshot::file).toList());
    }

    @Test
    void restore_fileThatIsNotAJournal_isRefusedAndNothingChanges() throws IOException {
        journal.journal().add(ApplicationDetails.of("Acme", "Dev"));
        String dump = JournalDump.of(journalFile());
        Path text = Files.writeString(temp.resolve("notes.db"), "just some notes");
        JournalFileException e = assertThrows(JournalFileException.class, () -> backups.restore(text));
        assertTrue(e.getMessage().contains("cannot be restored"), e.getMessage());
        assertEquals(dump, JournalDump.of(journalFile()));
        assertEquals("just some notes", Files.readString(text));
        assertEquals(List.of(), backups.list(), "no snapshot is left behind when nothing was restored");
    }

    @Test
    void restore_journalFromNewerOnward_isRefused() throws SQLException {
        Path newer = temp.resolve("newer.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE future (x)");
            s.execute("PRAGMA user_version = 99");
        }
        JournalFileException e = assertThrows(JournalFileException.class, () -> backups.restore(newer));
        assertEquals(JournalFileException.Reason.TOO_NEW, e.reason());
        assertTrue(e.getMessage().contains("newer version"), e.getMessage());
    }

    /** Gives {@code file}, a snapshot, pages of 64 KiB: a journal in WAL mode cannot take those page by page. */
    static void withLargePages(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=DELETE");
            s.execute("PRAGMA page_size=65536");
            s.execute("VACUUM");
        }
    }

    @Test
    void restore_snapshotWith64KiBPages_journalHoldsItAfterwards() throws SQLException {
        journal.journal().add(ApplicationDetails.of("Acme", "Dev"));
        Path saved = temp.resolve("saved.db");
        backups.snapshotTo(saved);
        withLargePages(saved);
        String snapshot = JournalDump.of(saved);
        journal.journal().add(ApplicationDetails.of("Orchard", "Analyst"));

        backups.restore(saved);

        assertEquals(1, journal.journal().list(ApplicationFilter.ALL).size());
        assertEquals(snapshot, JournalDump.of(journalFile()));
        assertTrue(journal.services().file().check().healthy());
    }

    @Test
    void restore_journalFoundChangedButNotAsTheSnapshot_isPutBackAsItWasAndSaysSo() {
        journal.journal().add(ApplicationDetails.of("Acme", "Dev"));
        Path saved = temp.resolve("saved.db");
        backups.snapshotTo(saved);
        journal.journal().add(ApplicationDetails.of("Orchard", "Analyst"));
        String current = JournalDump.of(journalFile());
        SnapshotsAndChecks real = journal.services().file();
        SnapshotsAndChecks failingOnce = new SnapshotsAndChecks() {
            private boolean failed;

            @Override
            public Path path() {
                return real.path();
            }

            @Override
            public void snapshotTo(Path target) {
                real.snapshotTo(target);
            }

            @Override
            public void restoreFrom(Path source) {
                real.restoreFrom(source);
                if (!failed) {
                    failed = true;
                    throw new RestoreNotVerifiedException("the journal did not hold the snapshot", true);
                }
            }

            @Override
            public CheckReport check() {
                return real.check();
            }
        };
        BackupService unlucky = new BackupService(failingOnce, clock, journal.services().changes());

        StorageException e = assertThrows(StorageException.class, () -> unlucky.restore(saved));

        assertTrue(e.getMessage().contains("put back as it was"), e.getMessage());
        assertEquals(current, JournalDump.of(journalFile()));
        assertEquals(1, unlucky.list().size(), "the copy taken before the restore is kept");
    }

    @Test
    void snapshotTo_existingFile_isRefused() throws IOException {
        Path existing = Files.writeString(temp.resolve("keep.db"), "mine");
        assertThrows(StorageException.class, () -> backups.snapshotTo(existing));
        assertEquals("mine", Files.readString(existing));
    }

    @Test
    void check_healthyJournal_reportsOkAndVersion() {
        CheckReport report = journal.services().file().check();
        assertTrue(report.healthy());
        assertEquals(report.latestVersion(), report.schemaVersion());
        assertFalse(report.latestVersion() < 1);
    }
}
