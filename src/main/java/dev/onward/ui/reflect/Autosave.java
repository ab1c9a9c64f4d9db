package dev.onward.ui.reflect;

import java.time.Duration;

/**
 * Saves a draft shortly after the user stops typing: {@link #QUIET} after the last change, and
 * never later than {@link #LONGEST} after the first unsaved one, so steady typing still reaches
 * the journal about once a second. {@link #flush()} saves at once (on leaving or closing).
 */
public final class Autosave {
    /** How long the user must pause before the draft is saved. */
    public static final Duration QUIET = Duration.ofMillis(400);
    /** The longest an unsaved change waits, however steadily the user types. */
    public static final Duration LONGEST = Duration.ofMillis(1000);

    private final Scheduler scheduler;
    private final Runnable save;
    private Runnable cancelQuiet;
    private Runnable cancelDeadline;

    /** Saves with {@code save}, timed by {@code scheduler}. */
    public Autosave(Scheduler scheduler, Runnable save) {
        this.scheduler = scheduler;
        this.save = save;
    }

    /** Notes a change; the save comes after a pause, or at the latest {@link #LONGEST} after the first change. */
    public void changed() {
        if (cancelQuiet != null) {
            cancelQuiet.run();
        }
        cancelQuiet = scheduler.schedule(QUIET, this::flush);
        if (cancelDeadline == null) {
            cancelDeadline = scheduler.schedule(LONGEST, this::flush);
        }
    }

    /** Saves now when a change is waiting; does nothing otherwise. */
    public void flush() {
        if (pending()) {
            discard();
            save.run();
        }
    }

    /** Forgets a waiting change without saving it (e.g. when another reflection is opened). */
    public void discard() {
        if (cancelQuiet != null) {
            cancelQuiet.run();
            cancelQuiet = null;
        }
        if (cancelDeadline != null) {
            cancelDeadline.run();
            cancelDeadline = null;
        }
    }

    /** Whether a change is waiting to be saved. */
    public boolean pending() {
        return cancelQuiet != null;
    }
}
