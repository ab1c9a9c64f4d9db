package dev.onward.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Putting a snapshot in place of a journal that cannot be opened, and a start after such a restore was cut short. */
class JournalSetAsideTest {
    @TempDir
    Path temp;

    final MovableClock clock = new MovableClock(Instant.parse("2026-11-01T08:00:00Z"));
    Path folder;
    Path journal;
    Path snapshot;

    @BeforeEach
    void aSnapshotAndARefusedJournal() throws IOException {
        folder = temp.resolve("data");
        try (TestJournal seeded = TestJournal.open(temp.resolve("seed"), clock)) {
            seeded.journal().add(ApplicationDetails.of("Acme", "Dev"));
            seeded.journal().add(ApplicationDetails.of("Orchard", "Analyst"));
            snapshot = temp.resolve("snapshot.db");
            seeded.services().backups().snapshotTo(snapshot);
        }
        Files.createDirectories(folder);
        journal = folder.resolve("onward.db");
        Files.writeString(journal, "not a database at all");
    }

    @Test
    void replaceWith_snapshotWith64KiBPages_journalHoldsIt() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + snapshot); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=DELETE");
            s.execute("PRAGMA page_size=65536");
            s.execute("VACUUM");
        }
        String held = JournalDump.of(snapshot);

        Path aside = JournalSetAside.replaceWith(journal, snapshot, clock);

        assertEquals(held, JournalDump.of(journal));
        assertTrue(Files.isRegularFile(aside));
        assertFalse(Files.exists(JournalSetAside.readyCopy(journal)), "no copy is left behind");
    }

    @Test
    void finishInterrupted_cutShortAfterTheJournalWasSetAside_putsTheCheckedCopyInPlaceAndSaysSo() throws IOException {
        Path aside = folder.resolve("onward.db.set-aside-2026-11-01T075959");
        Files.move(journal, aside);
        Files.copy(snapshot, JournalSetAside.readyCopy(journal));
        String held = JournalDump.of(snapshot);

        Optional<String> notice = InterruptedRestore.finish(journal, clock);

        assertEquals(held, JournalDump.of(journal));
        assertTrue(notice.orElseThrow().contains("cut short"), notice.get());
        assertTrue(notice.get().contains(aside.toString()), notice.get());
        assertEquals("not a database at all", Files.readString(aside));
        assertFalse(Files.exists(JournalSetAside.readyCopy(journal)));
    }

    @Test
    void open_cutShortAfterTheJournalWasSetAside_opensTheSnapshotNotAnEmptyJournal() throws IOException {
        Files.move(journal, folder.resolve("onward.db.set-aside-2026-11-01T075959"));
        Files.copy(snapshot, JournalSetAside.readyCopy(journal));

        try (TestJournal opened = TestJournal.open(folder, clock)) {
            assertEquals(2, opened.journal().list(ApplicationFilter.ALL).size());
            assertFalse(opened.services().created());
            assertEquals(1, opened.services().notices().size(), opened.services().notices().toString());
        }
    }

    @Test
    void finishInterrupted_halfMadeCopyLeftLongAgo_removesItAndSaysTheJournalIsAsItWas() throws IOException {
        Path half = JournalSetAside.preparingCopy(journal);
        Files.write(half, new byte[] {'S', 'Q', 'L'});
        Files.setLastModifiedTime(half, FileTime.from(clock.instant().minus(Duration.ofHours(1))));

        Optional<String> notice = InterruptedRestore.finish(journal, clock);

        assertFalse(Files.exists(half));
        assertTrue(notice.orElseThrow().contains("as it was"), notice.get());
        assertEquals("not a database at all", Files.readString(journal));
    }

    @Test
    void finishInterrupted_copyBeingMadeNow_isLeftForTheRestoreMakingIt() throws IOException {
        Path half = JournalSetAside.preparingCopy(journal);
        Files.write(half, new byte[] {'S', 'Q', 'L'});
        Files.setLastModifiedTime(half, FileTime.from(clock.instant()));

        assertEquals(Optional.empty(), InterruptedRestore.finish(journal, clock));
        assertTrue(Files.exists(half));
    }

    @Test
    void finishInterrupted_nothingLeftOver_saysNothing() {
        assertEquals(Optional.empty(), InterruptedRestore.finish(journal, clock));
    }
}
