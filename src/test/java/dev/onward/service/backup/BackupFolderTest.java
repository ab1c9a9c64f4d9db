package dev.onward.service.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.onward.domain.ApplicationDetails;
import dev.onward.persistence.backup.SqliteSnapshotsAndChecks;
import dev.onward.service.PrivateFiles;
import dev.onward.service.StorageException;
import dev.onward.testutil.MovableClock;
import dev.onward.testutil.TestJournal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backups folder itself: for the user's eyes only, no half-written copies left in it, and a full disk named as such. */
class BackupFolderTest {
    @TempDir
    Path temp;

    final MovableClock clock = new MovableClock(Instant.parse("2026-11-01T08:00:00Z"));
    TestJournal journal;
    BackupService backups;

    @BeforeEach
    void open() {
        journal = TestJournal.open(temp.resolve("data"), clock);
        backups = journal.services().backups();
        journal.journal().add(ApplicationDetails.of("Acme", "Dev"));
    }

    @AfterEach
    void close() {
        journal.close();
    }

    Path folder() {
        return temp.resolve("data/backups");
    }

    /** A hidden part file as a backup killed {@code ago} left it. */
    Path partLeft(String name, Duration ago) throws IOException {
        Files.createDirectories(folder());
        Path part = Files.write(folder().resolve(name), new byte[4096]);
        Files.setLastModifiedTime(part, FileTime.from(clock.instant().minus(ago)));
        return part;
    }

    @Test
    void snapshotNow_partLeftByABackupKilledLongAgo_isRemoved() throws IOException {
        Path part = partLeft(".onward-2026-10-30T101010.db.part", Duration.ofHours(3));

        backups.snapshotNow();

        assertFalse(Files.exists(part));
    }

    @Test
    void snapshotIfDue_notDueButAPartLeftLongAgo_removesIt() throws IOException {
        backups.snapshotIfDue();
        Path part = partLeft(".onward-2026-10-31.db.part", Duration.ofHours(3));

        assertTrue(backups.snapshotIfDue().isEmpty());

        assertFalse(Files.exists(part), "the window's start removes it too, when today has its snapshot");
    }

    @Test
    void snapshotNow_partBeingWrittenNowOrNotOurs_isLeft() throws IOException {
        Path writing = partLeft(".onward-2026-11-01T075959.db.part", Duration.ofSeconds(5));
        Path notOurs = partLeft(".notes.txt.part", Duration.ofDays(3));

        backups.snapshotNow();

        assertTrue(Files.exists(writing), "another Onward may be writing it");
        assertTrue(Files.exists(notOurs));
    }

    @Test
    void snapshotNow_newBackupsFolder_isTheUsersOnly() throws IOException {
        assumeTrue(PrivateFiles.isPosix());

        Snapshot taken = backups.snapshotNow();

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder())));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(taken.file())));
    }

    @Test
    void snapshotNow_backupsFolderOthersCouldRead_isNarrowedToTheUser() throws IOException {
        assumeTrue(PrivateFiles.isPosix());
        Files.createDirectories(folder());
        Files.setPosixFilePermissions(folder(), PosixFilePermissions.fromString("rwxrwxrwx"));

        backups.snapshotNow();

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder())));
    }

    @Test
    void snapshotTo_diskFullForSqlite_saysTheDiskIsFull() {
        assumeTrue(Files.exists(Path.of("/dev/full")), "a device that is always full");
        SqliteSnapshotsAndChecks file = new SqliteSnapshotsAndChecks(journal.database());

        StorageException e = assertThrows(StorageException.class, () -> file.snapshotTo(Path.of("/dev/full")));

        assertTrue(e.getMessage().contains("is full") && e.getMessage().contains("Free some space"), e.getMessage());
    }

    @Test
    void snapshotNow_diskFull_saysTheDiskIsFullAndLeavesNoPart() throws IOException {
        SnapshotsAndChecks real = journal.services().file();
        SnapshotsAndChecks full = new SnapshotsAndChecks() {
            @Override
            public Path path() {
                return real.path();
            }

            @Override
            public void snapshotTo(Path target) {
                throw new StorageException("Onward could not read from the journal.",
                        new SQLException("[SQLITE_FULL] Insertion failed because database is full (Backup failed)"));
            }

            @Override
            public void restoreFrom(Path source) {
                real.restoreFrom(source);
            }

            @Override
            public CheckReport check() {
                return real.check();
            }
        };
        BackupService onAFullDisk = new BackupService(full, clock, journal.services().changes());

        StorageException e = assertThrows(StorageException.class, onAFullDisk::snapshotNow);

        assertTrue(e.getMessage().startsWith("The disk that holds " + folder() + " is full"), e.getMessage());
        try (var files = Files.list(folder())) {
            assertEquals(0, files.count(), "no part file is left");
        }
    }
}
