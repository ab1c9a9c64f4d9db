package dev.onward;

import static dev.onward.testutil.ApplicationDetailsBuilder.anApplication;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.service.Journal;
import dev.onward.service.JournalChange;
import dev.onward.service.JournalFileException;
import dev.onward.service.backup.Snapshot;
import dev.onward.testutil.TestJournal;
import dev.onward.ui.FxTaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal the window has open watches for other processes' writes, also after a rescue, and stops when it closes. */
class WindowJournalTest {
    @TempDir
    Path folder;
    private final FxTaskRunner runner = new FxTaskRunner();
    private WindowJournal journal;

    @BeforeEach
    void make() {
        journal = new WindowJournal(folder, () -> TestJournal.FIXED_CLOCK, runner, refused -> { });
    }

    @AfterEach
    void close() {
        journal.close();
        runner.close();
    }

    @Test
    void open_watchesForOtherWriters() throws Exception {
        Journal opened = journal.open();
        List<Set<JournalChange>> heard = hear(opened);

        addFromAnotherJournal();
        opened.otherWriters().lookNow().get(5, TimeUnit.SECONDS);

        assertTrue(opened.otherWriters().watching());
        assertEquals(List.of(JournalChange.everything()), heard);
    }

    @Test
    void restoreInstead_fileRefusedAtOpen_watchesTheRestoredJournal() throws Exception {
        Path snapshot = folder.resolve("backups/onward-2026-11-20.db");
        try (TestJournal before = TestJournal.open(folder)) {
            before.journal().add(anApplication().company("Kept Safe").build());
        }
        Files.createDirectories(snapshot.getParent());
        Files.copy(folder.resolve("onward.db"), snapshot);
        Files.write(folder.resolve("onward.db"), "not a journal any more".getBytes(StandardCharsets.UTF_8));
        assertThrows(JournalFileException.class, journal::open);

        Journal restored = journal.restoreInstead(new Snapshot(snapshot, LocalDate.of(2026, 11, 20), false,
                Files.size(snapshot))).journal();
        List<Set<JournalChange>> heard = hear(restored);
        addFromAnotherJournal();
        restored.otherWriters().lookNow().get(5, TimeUnit.SECONDS);

        assertTrue(restored.otherWriters().watching());
        assertEquals(List.of(JournalChange.everything()), heard);
    }

    @Test
    void close_stopsWatching() {
        Journal opened = journal.open();
        assertTrue(opened.otherWriters().watching());

        journal.close();

        assertFalse(opened.otherWriters().watching());
        String name = "onward-other-writers " + opened.path();
        assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.isAlive() && t.getName().equals(name)));
    }

    private static List<Set<JournalChange>> hear(Journal opened) {
        List<Set<JournalChange>> heard = new CopyOnWriteArrayList<>();
        opened.changes().listen(heard::add);
        return heard;
    }

    private void addFromAnotherJournal() {
        try (TestJournal command = TestJournal.open(folder)) {
            command.journal().add(anApplication().company("Written elsewhere").build());
        }
    }
}
