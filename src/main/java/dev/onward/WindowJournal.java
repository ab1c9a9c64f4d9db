package dev.onward;

import dev.onward.service.Journal;
import dev.onward.service.OtherWriters;
import dev.onward.service.RescuedJournal;
import dev.onward.service.StorageException;
import dev.onward.service.backup.Snapshot;
import dev.onward.ui.FxTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The journal the window has open, one at a time: opened at start, or put back from a snapshot
 * when the one there is refused. Once its check for damage passes, the day's snapshot is taken;
 * if the check fails, the window is told. While it is open, what another process (a command)
 * writes to it is noticed and announced as any change is ({@link OtherWriters}). Opening and
 * rescuing run on the background runner.
 */
final class WindowJournal {
    private static final Logger LOG = Logger.getLogger(WindowJournal.class.getName());

    private final Path dataFolder;
    private final Supplier<Clock> clockSource;
    private final FxTaskRunner runner;
    private final Consumer<Throwable> whenRefused;
    /** What "now" is: made from {@link #clockSource} as the journal opens, used only after that. */
    private volatile Clock clock;
    private volatile Journal journal;

    /** The journal in {@code dataFolder}; {@code whenRefused} hears, on the runner's thread, that the check found it damaged. */
    WindowJournal(Path dataFolder, Supplier<Clock> clockSource, FxTaskRunner runner, Consumer<Throwable> whenRefused) {
        this.dataFolder = dataFolder;
        this.clockSource = clockSource;
        this.runner = runner;
        this.whenRefused = whenRefused;
    }

    /**
     * Opens the journal; the check for damage, which reads the whole file, waits until
     * {@link Journal#startCheck()} (nothing is written before it passes). Call on the runner.
     */
    Journal open() {
        clock = clockSource.get();
        return adopt(SqliteJournal.openCheckingLater(dataFolder, clock));
    }

    /**
     * Puts {@code snapshot} in place of the refused journal, which is closed and set aside
     * untouched, and opens it as at start. Call on the runner.
     */
    RescuedJournal restoreInstead(Snapshot snapshot) {
        Journal refused = journal;
        if (refused != null) {
            refused.close();   // found damaged by the check after it opened
        }
        clock = clockSource.get();
        RescuedJournal rescued = SqliteJournal.restoreInstead(dataFolder, snapshot.file(), clock);
        adopt(rescued.journal());
        return rescued;
    }

    /** The journal open now, or null before the first one opened. */
    Journal current() {
        return journal;
    }

    /** What "now" is for the open journal; known once {@link #open()} has run. */
    Clock clock() {
        return clock;
    }

    /**
     * Looks at once whether another process has written to the open journal, without waiting (the
     * look runs on its own thread); e.g. when the window comes to the front. Safe on any thread.
     */
    void lookForOtherWriters() {
        Journal open = journal;
        if (open != null) {
            open.otherWriters().lookNow();
        }
    }

    /** Closes the open journal, if any. Call on the runner, last. */
    void close() {
        Journal open = journal;
        if (open != null) {
            open.close();
        }
    }

    private Journal adopt(Journal opened) {
        journal = opened;
        watchOtherWriters(opened); // before any screen reads: what was there by now is what they show
        opened.checked().whenComplete((passed, refused) -> {
            if (refused == null) {
                runner.start(() -> {
                    snapshotIfDue(opened);
                    return null;
                });
            } else {
                opened.otherWriters().close(); // nothing shows a refused journal any more
                whenRefused.accept(refused);
            }
        });
        return opened;
    }

    /** A journal that cannot be watched is still worth showing: only another process's writes would show late. */
    private static void watchOtherWriters(Journal opened) {
        try {
            opened.otherWriters().watch(OtherWriters.EVERY);
        } catch (StorageException e) {
            LOG.log(Level.WARNING, "Writes from other processes will show only when the journal is opened again", e);
        }
    }

    /** The first start of each day keeps a snapshot; a snapshot that fails must not keep the journal closed. */
    private static void snapshotIfDue(Journal opened) {
        try {
            opened.backups().snapshotIfDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Today's snapshot could not be made", e);
        }
    }
}
