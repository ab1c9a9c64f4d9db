package dev.onward.service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Notices what other writers commit to an open journal's file (a command such as {@code onward
 * import} in another process) and announces it to the journal's {@link JournalChanges} as a change
 * of everything, so whoever shows the journal reads it again. The journal's own writes are not
 * announced twice: its {@link FileVersion} does not move for them. Idle until {@link #watch} is
 * called, which only the window does: a command ends before anyone could need it. Stops, with its
 * thread, when closed (the journal closes it).
 */
public final class OtherWriters implements AutoCloseable {
    /** How often the window looks: soon enough that a command's writes seem to arrive at once. */
    public static final Duration EVERY = Duration.ofSeconds(1);

    private static final Logger LOG = Logger.getLogger(OtherWriters.class.getName());

    private final FileVersion version;
    private final JournalChanges changes;
    private final String threadName;
    private final Object starting = new Object();
    private volatile ScheduledExecutorService looking;
    private boolean closed;
    /** The version last seen; read and written on the watching thread only, once watching. */
    private long seen;

    /** Notices commits to {@code file} through {@code version}, announcing them on {@code changes}. */
    public OtherWriters(FileVersion version, JournalChanges changes, Path file) {
        this.version = version;
        this.changes = changes;
        this.threadName = "onward-other-writers " + file;
    }

    /**
     * Starts looking every {@code every}, on a thread of its own; does nothing when looking already
     * or closed. What was committed before this call is taken as known: call it before reading
     * anything to show.
     *
     * @throws StorageException when the file cannot be read; nothing is started
     */
    public void watch(Duration every) {
        synchronized (starting) {
            if (closed || looking != null) {
                return;
            }
        }
        long now = version.read(); // outside the lock: it may wait for a write, and lookNow must never wait
        synchronized (starting) {
            if (closed || looking != null) {
                return;
            }
            seen = now;
            ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, work -> {
                Thread thread = new Thread(work, threadName);
                thread.setDaemon(true);
                return thread;
            });
            executor.setRemoveOnCancelPolicy(true);
            executor.scheduleWithFixedDelay(this::look, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
            looking = executor;
        }
    }

    /**
     * Looks once more at once, on the watching thread (e.g. when the window comes to the front);
     * never waits. The result is done once that look is over; at once when not watching.
     */
    public CompletableFuture<Void> lookNow() {
        ScheduledExecutorService executor = looking;
        if (executor == null) {
            return CompletableFuture.completedFuture(null);
        }
        try {
            return CompletableFuture.runAsync(this::look, executor);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(null); // closed meanwhile: nothing to look at
        }
    }

    /** Whether it is looking now. */
    public boolean watching() {
        return looking != null;
    }

    private void look() {
        long now;
        try {
            now = version.read();
        } catch (RuntimeException e) {
            // The file is busy or going; the next look will tell.
            LOG.log(Level.FINE, "Could not look for other writers", e);
            return;
        }
        if (now != seen) {
            seen = now;
            changes.announce(JournalChange.everything());
        }
    }

    /** Stops looking and waits (a few seconds at most) for the thread to end; safe to call more than once. */
    @Override
    public void close() {
        ScheduledExecutorService executor;
        synchronized (starting) {
            closed = true;
            executor = looking;
            looking = null;
        }
        if (executor == null) {
            return;
        }
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warning("The look for other writers did not stop in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
