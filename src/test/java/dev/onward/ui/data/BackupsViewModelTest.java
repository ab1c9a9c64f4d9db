package dev.onward.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.ApplicationDetails;
import dev.onward.service.applications.ApplicationFilter;
import dev.onward.service.backup.BackupService;
import dev.onward.service.backup.Snapshot;
import dev.onward.testutil.JournalDump;
import dev.onward.testutil.MovableClock;
import dev.onward.testutil.TestJournal;
import dev.onward.ui.DateText;
import dev.onward.ui.SameThreadTaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsViewModelTest {
    @TempDir
    Path temp;

    final MovableClock clock = new MovableClock(Instant.parse("2026-11-20T08:00:00Z"));
    final List<String> reopened = new ArrayList<>();
    final JournalReopener reopener = new JournalReopener() {
        @Override
        public void close(String message) {
            reopened.add("closed: " + message);
        }

        @Override
        public void reopen(String text, boolean problem) {
            reopened.add((problem ? "problem: " : "") + text);
        }
    };
    TestJournal journal;
    BackupService backups;
    BackupsViewModel model;

    @BeforeEach
    void open() {
        journal = TestJournal.open(temp.resolve("data"), clock);
        backups = journal.services().backups();
        model = new BackupsViewModel(backups, new SameThreadTaskRunner(), new DateText(Locale.UK), reopener);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void load_twoDays_listsNewestFirstWithDayAndSize() {
        backups.snapshotIfDue();
        clock.advance(Duration.ofDays(1));
        backups.snapshotIfDue();

        model.load();

        assertEquals(2, model.snapshots().size());
        Snapshot newest = model.snapshots().get(0);
        assertEquals("21 Nov 2026", model.when(newest));
        assertTrue(model.describe(newest).matches("\\d+ KB \u00b7 first of the day"), model.describe(newest));
    }

    @Test
    void snapshotNow_todayHasOneAlready_takesAnotherAndSaysWhich() {
        backups.snapshotIfDue();
        model.load();
        clock.advance(Duration.ofMinutes(30));

        model.snapshotNow();

        assertEquals(2, model.snapshots().size());
        assertEquals("Snapshot taken: 20 Nov 2026, 8:30.", model.noticeProperty().get());
        assertTrue(model.describe(model.snapshots().get(0)).endsWith("taken on request"));
        assertFalse(model.busyProperty().get());
    }

    @Test
    void restore_snapshot_keepsTheJournalAsItWasFirstThenReopens() {
        journal.journal().add(ApplicationDetails.of("Acme", "Dev"));
        backups.snapshotIfDue();
        journal.journal().add(ApplicationDetails.of("Orchard", "Analyst"));
        String beforeRestore = JournalDump.of(journal.database().file());
        clock.advance(Duration.ofHours(1));
        model.load();
        Snapshot morning = model.snapshots().get(0);
        assertTrue(model.confirmation(morning).contains("snapshotted first"), model.confirmation(morning));

        model.restore(morning);

        assertEquals(1, journal.journal().list(ApplicationFilter.ALL).size());
        Snapshot kept = backups.list().get(0);
        assertTrue(kept.beforeRestore());
        assertEquals(beforeRestore, JournalDump.of(kept.file()), "the journal as it was is kept first");
        assertEquals("20 Nov 2026, 9:00", model.when(kept));
        assertTrue(model.describe(kept).endsWith("before a restore"));
        assertEquals(List.of("closed: Restoring the snapshot of 20 Nov 2026\u2026",
                "Restored the snapshot of 20 Nov 2026. Your journal as it was just before is kept as "
                + "the snapshot of 20 Nov 2026, 9:00, marked \u201cbefore a restore\u201d."), reopened);
    }

    @Test
    void restore_fileThatIsNotAJournal_isRefusedAndNothingChanges() throws IOException {
        journal.journal().add(ApplicationDetails.of("Acme", "Dev"));
        String before = JournalDump.of(journal.database().file());
        Path folder = Files.createDirectories(backups.folder());
        Files.writeString(folder.resolve("onward-2026-11-19.db"), "not a journal");
        model.load();

        model.restore(model.snapshots().get(0));

        assertTrue(model.failureProperty().get().contains("has not been changed"), model.failureProperty().get());
        assertEquals(before, JournalDump.of(journal.database().file()));
        assertEquals(2, reopened.size(), "the screens come back after a refused restore too");
        assertEquals("problem: " + model.failureProperty().get(), reopened.get(1));
        assertFalse(model.busyProperty().get());
    }

    @Test
    void size_bytes_readAsPeopleReadThem() {
        assertEquals("1 KB", BackupsViewModel.size(10));
        assertEquals("48 KB", BackupsViewModel.size(48 * 1024));
        assertTrue(BackupsViewModel.size(1_300_000).matches("1[.,]2 MB"), BackupsViewModel.size(1_300_000));
    }
}
