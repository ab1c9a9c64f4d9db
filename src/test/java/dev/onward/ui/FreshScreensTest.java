package dev.onward.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.service.JournalChange;
import dev.onward.service.JournalChanges;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Screens that missed a change read again: at once when on view, else when next shown; the asker reads itself. */
class FreshScreensTest {
    private final JournalChanges changes = new JournalChanges();
    private final FreshScreens fresh = new FreshScreens(changes, Runnable::run);
    private final List<String> reread = new ArrayList<>();
    private TaskRunner runner;

    @BeforeEach
    void watch() {
        fresh.watch("today", JournalChange.everything(), () -> reread.add("today"));
        fresh.watch("lessons", EnumSet.of(JournalChange.LESSONS), () -> reread.add("lessons"));
        fresh.watch("applications", EnumSet.of(JournalChange.APPLICATIONS, JournalChange.OUTCOMES),
                () -> reread.add("applications"));
        runner = fresh.tagging(new SameThreadTaskRunner());
    }

    /** Runs a write that announces {@code changed}, asked for from the screen on view. */
    private void write(JournalChange changed) {
        runner.run(() -> {
            changes.announce(changed);
            return null;
        }, done -> { }, failed -> { throw new AssertionError(failed); });
    }

    @Test
    void change_fromTheScreenOnView_othersStaleTheAskerNot() {
        fresh.shown("today");

        write(JournalChange.OUTCOMES);

        assertFalse(fresh.stale("today"));
        assertTrue(fresh.stale("applications"));
        assertFalse(fresh.stale("lessons"), "lessons do not show outcomes");
        assertEquals(List.of(), reread);
    }

    @Test
    void shown_afterAChangeItMissed_readsAgainOnce() {
        fresh.shown("today");
        write(JournalChange.OUTCOMES);

        fresh.shown("applications");
        fresh.shown("today");
        fresh.shown("applications");

        assertEquals(List.of("applications"), reread);
        assertFalse(fresh.stale("applications"));
    }

    @Test
    void change_notAskedByTheScreenOnView_readsItAtOnce() {
        fresh.shown("lessons");

        changes.announce(JournalChange.LESSONS);   // e.g. work the window did not ask for from a screen

        assertEquals(List.of("lessons"), reread);
    }

    @Test
    void change_askedFromAScreenLeftSince_readsTheScreenOnViewNow() {
        fresh.shown("data");
        List<Runnable> later = new ArrayList<>();
        TaskRunner slow = fresh.tagging(new TaskRunner() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<? super T> onSuccess,
                    java.util.function.Consumer<? super Exception> onFailure) {
                later.add(() -> {
                    try {
                        onSuccess.accept(work.call());
                    } catch (Exception e) {
                        onFailure.accept(e);
                    }
                });
            }
        });
        slow.run(() -> {
            changes.announce(JournalChange.APPLICATIONS);   // a long import, asked for on "Your data"
            return null;
        }, done -> { }, failed -> { });

        fresh.shown("applications");                          // the user went to the list meanwhile
        later.forEach(Runnable::run);

        assertEquals(List.of("applications"), reread);
    }

    @Test
    void fresh_screenAboutToReadAnyway_isNotStale() {
        fresh.shown("today");
        write(JournalChange.LESSONS);

        fresh.fresh("lessons");
        fresh.shown("lessons");

        assertEquals(List.of(), reread);
    }

    @Test
    void close_stopsHearing() {
        fresh.shown("today");
        fresh.close();

        write(JournalChange.LESSONS);

        assertFalse(fresh.stale("lessons"));
        assertEquals(0, changes.listeners());
    }

    @Test
    void change_announcedOnAnotherThreadWhileAScreensWorkRuns_isNotThatScreensOwn() {
        fresh.shown("applications");

        // Another process's write, noticed on a thread of its own while the screen's own work runs.
        runner.run(() -> {
            Thread elsewhere = new Thread(() -> changes.announce(JournalChange.everything()));
            elsewhere.start();
            elsewhere.join();
            return null;
        }, done -> { }, failed -> { throw new AssertionError(failed); });

        assertEquals(List.of("applications"), reread, "the screen on view reads what it did not write");
        assertTrue(fresh.stale("lessons"));
    }
}
