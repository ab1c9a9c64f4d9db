package dev.onward.service.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.ApplicationDetails;
import dev.onward.service.applications.ApplicationFilter;
import dev.onward.testutil.JournalDump;
import dev.onward.testutil.MovableClock;
import dev.onward.testutil.TestJournal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which snapshots the rotation keeps: the newest 14 by when they were taken, and never one it must not remove. */
class SnapshotRotationTest {
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

    /** Fourteen snapshots named after days still to come, as a clock that once ran ahead leaves them. */
    void fourteenNamedForLaterDays() throws IOException {
        Path real = temp.resolve("real.db");
        backups.snapshotTo(real);
        Files.createDirectories(folder());
        for (int day = 10; day < 10 + BackupService.KEEP; day++) {
            Files.copy(real, folder().resolve("onward-2027-03-" + day + ".db"));
        }
    }

    @Test
    void snapshotNow_fourteenNamedForLaterDays_keepsTheOneJustTakenAndListsItFirst() throws IOException {
        fourteenNamedForLaterDays();

        Snapshot taken = backups.snapshotNow();

        assertTrue(Files.isRegularFile(taken.file()), "the snapshot just taken is kept");
        assertEquals(taken.file(), backups.list().get(0).file(), "a day still to come is no sign of a newer snapshot");
        assertEquals(BackupService.KEEP, backups.list().size());
    }

    @Test
    void restore_fourteenNamedForLaterDays_keepsTheJournalItSaysItKept() throws IOException {
        fourteenNamedForLaterDays();
        Path saved = temp.resolve("saved.db");
        backups.snapshotTo(saved);
        journal.journal().add(ApplicationDetails.of("Orchard", "Analyst"));
        String current = JournalDump.of(temp.resolve("data/onward.db"));

        Snapshot before = backups.restore(saved);

        assertTrue(Files.isRegularFile(before.file()), "the copy of the journal as it was is there");
        assertEquals(current, JournalDump.of(before.file()));
        assertEquals(1, journal.journal().list(ApplicationFilter.ALL).size());
    }

    @Test
    void rotation_manyRestoresAndDays_neverRemovesACopyTakenBeforeARestore() {
        Path saved = temp.resolve("saved.db");
        backups.snapshotTo(saved);
        List<Path> beforeRestores = new java.util.ArrayList<>();
        for (int day = 0; day < 20; day++) {
            backups.snapshotIfDue();
            backups.snapshotNow();
            if (day % 5 == 0) {
                beforeRestores.add(backups.restore(saved).file());
            }
            clock.advance(Duration.ofDays(1));
        }

        for (Path copy : beforeRestores) {
            assertTrue(Files.isRegularFile(copy), copy + " is kept");
        }
        List<Snapshot> kept = backups.list();
        assertEquals(BackupService.KEEP + beforeRestores.size(), kept.size(),
                "the newest 14 snapshots, and every copy taken before a restore besides");
    }

    @Test
    void rotation_filesAndFoldersNotItsOwn_areLeftAndNotListed() throws IOException {
        Files.createDirectories(folder());
        Path notes = Files.writeString(folder().resolve("notes.txt"), "mine");
        Path lookalike = Files.writeString(folder().resolve("onward-2026-10-01.db.bak"), "mine");
        Path folderLikeASnapshot = Files.createDirectories(folder().resolve("onward-2026-10-02.db"));
        Files.writeString(folderLikeASnapshot.resolve("inside.txt"), "mine");

        for (int day = 0; day < 20; day++) {
            backups.snapshotIfDue();
            clock.advance(Duration.ofDays(1));
        }

        assertEquals("mine", Files.readString(notes));
        assertEquals("mine", Files.readString(lookalike));
        assertEquals("mine", Files.readString(folderLikeASnapshot.resolve("inside.txt")));
        assertEquals(BackupService.KEEP, backups.list().size());
        assertTrue(backups.list().stream().allMatch(s -> Files.isRegularFile(s.file())));
    }

    @Test
    void snapshotIfDue_aFolderHasTodaysName_takesTodaysSnapshotAnywayOnce() throws IOException {
        Path folderWithTodaysName = Files.createDirectories(folder().resolve("onward-2026-11-01.db"));

        Snapshot taken = backups.snapshotIfDue().orElseThrow();

        assertTrue(Files.isRegularFile(taken.file()));
        assertEquals(LocalDate.of(2026, 11, 1), taken.day());
        assertTrue(Files.isDirectory(folderWithTodaysName), "the folder is left as it was");
        assertTrue(backups.snapshotIfDue().isEmpty(), "today has its snapshot now");
    }

    @Test
    void list_aDaysFirstSnapshotTakenAfterOneAskedFor_ordersThemByWhenTaken() throws IOException {
        Snapshot asked = backups.snapshotNow();
        clock.advance(Duration.ofHours(2));
        Snapshot daily = backups.snapshotIfDue().orElseThrow();
        Files.setLastModifiedTime(daily.file(), FileTime.from(clock.instant()));
        Files.setLastModifiedTime(asked.file(), FileTime.from(clock.instant().minus(Duration.ofHours(2))));

        assertEquals(List.of(daily.file(), asked.file()), backups.list().stream().map(Snapshot::file).toList());
    }
}
