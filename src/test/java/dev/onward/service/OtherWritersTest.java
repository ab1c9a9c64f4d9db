package dev.onward.service;

import static dev.onward.testutil.ApplicationDetailsBuilder.anApplication;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.testutil.TestJournal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two journals open on one file, as the window and a command in another process: what the
 * command writes is announced to the window's journal as a change of everything, within moments;
 * the window's own writes are announced once, by the service that wrote.
 */
class OtherWritersTest {
    /** Short, so the tests wait little; the window looks every {@link OtherWriters#EVERY}. */
    private static final Duration SOON = Duration.ofMillis(50);
    private static final Duration NEVER_BY_ITSELF = Duration.ofHours(1);

    @TempDir
    Path folder;
    private TestJournal window;
    private final List<Set<JournalChange>> heard = new CopyOnWriteArrayList<>();

    /** Opens when the first change is heard. */
    final CountDownLatch firstHeard = new CountDownLatch(1);

    @BeforeEach
    void open() {
        window = TestJournal.open(folder);
        window.services().changes().listen(change -> {
            heard.add(change);
            firstHeard.countDown();
        });
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void watch_anotherJournalAddsAnApplication_announcesEverythingWithinSeconds() throws Exception {
        window.services().otherWriters().watch(SOON);

        addFromAnotherJournal("Written elsewhere");

        firstHeard.await(5, TimeUnit.SECONDS);
        assertEquals(List.of(JournalChange.everything()), heard);
    }

    @Test
    void watch_ownWrite_isAnnouncedOnceByTheServiceOnly() throws Exception {
        window.services().otherWriters().watch(NEVER_BY_ITSELF);

        window.journal().add(anApplication().build());
        window.services().otherWriters().lookNow().get(5, TimeUnit.SECONDS);

        assertEquals(List.of(Set.of(JournalChange.APPLICATIONS)), heard);
    }

    @Test
    void lookNow_afterAnotherJournalWrote_announcesAtOnceAndOnce() throws Exception {
        window.services().otherWriters().watch(NEVER_BY_ITSELF);
        addFromAnotherJournal("Written elsewhere");

        window.services().otherWriters().lookNow().get(5, TimeUnit.SECONDS);
        window.services().otherWriters().lookNow().get(5, TimeUnit.SECONDS);

        assertEquals(List.of(JournalChange.everything()), heard);
    }

    @Test
    void watch_writtenBeforeWatching_isNotAnnounced() throws Exception {
        addFromAnotherJournal("There before the window read");

        window.services().otherWriters().watch(NEVER_BY_ITSELF);
        window.services().otherWriters().lookNow().get(5, TimeUnit.SECONDS);

        assertEquals(List.of(), heard, "what was there when watching began is what the screens read");
    }

    @Test
    void openedAsACommandOpensIt_notWatching_noThreadAndNothingAnnounced() throws Exception {
        addFromAnotherJournal("Written elsewhere");

        window.services().otherWriters().lookNow().get(5, TimeUnit.SECONDS);

        assertFalse(window.services().otherWriters().watching());
        assertFalse(watcherRunning());
        assertEquals(List.of(), heard);
    }

    @Test
    void close_journalWatching_stopsTheThread() {
        window.services().otherWriters().watch(SOON);
        window.services().otherWriters().watch(SOON);   // a second call starts nothing more
        assertEquals(1, watcherThreads());

        window.close();

        assertFalse(window.services().otherWriters().watching());
        assertFalse(watcherRunning(), "no thread is left looking at a closed journal");
    }

    @Test
    void watch_afterClose_startsNothing() {
        window.close();

        window.services().otherWriters().watch(SOON);

        assertFalse(watcherRunning());
    }

    private void addFromAnotherJournal(String company) {
        try (TestJournal command = TestJournal.open(folder)) {
            command.journal().add(anApplication().company(company).build());
        }
    }

    private boolean watcherRunning() {
        return watcherThreads() > 0;
    }

    /** The live threads looking at this test's journal (other tests' journals have their own). */
    private long watcherThreads() {
        String name = "onward-other-writers " + window.services().path();
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && t.getName().equals(name)).count();
    }
}
