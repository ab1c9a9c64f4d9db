package dev.onward.persistence;

import dev.onward.domain.Messages;
import dev.onward.service.JournalFileException;
import dev.onward.service.StorageException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The check of a journal file for damage, which reads the whole file, and of its schema against
 * the one the migrations make: passed already when the file was checked as it opened, or run
 * once, later, on a connection of its own in the background (reads may go on meanwhile; every
 * write waits for the verdict).
 */
final class DamageCheck {
    private final Path file;
    private final CompletableFuture<Void> verdict;
    private final AtomicBoolean started;

    private DamageCheck(Path file, boolean passed) {
        this.file = file;
        this.verdict = passed ? CompletableFuture.completedFuture(null) : new CompletableFuture<>();
        this.started = new AtomicBoolean(passed);
    }

    /** The check of a file that was checked as it opened. */
    static DamageCheck passed(Path file) {
        return new DamageCheck(file, true);
    }

    /** The check of {@code file}, to run later with {@link #start()}. */
    static DamageCheck later(Path file) {
        return new DamageCheck(file, false);
    }

    /** The verdict: completed when the check passed, failed with the refusal when it did not. */
    CompletableFuture<Void> verdict() {
        return verdict;
    }

    /** Starts the check on a thread of its own, once; does nothing when it has started or passed. */
    void start() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                checkInOwnConnection();
                verdict.complete(null);
            } catch (RuntimeException e) {
                verdict.completeExceptionally(e);
            }
        }, "onward-check");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits for the verdict, starting the check if need be; throws its refusal. */
    void await() {
        start();
        try {
            verdict.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof JournalFileException refused) {
                throw refused;
            }
            throw new StorageException(Messages.text("storage.writeFailed", file), e.getCause());
        }
    }

    private void checkInOwnConnection() {
        try (Connection checker = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            try (Statement s = checker.createStatement()) {
                s.execute("PRAGMA busy_timeout=" + Database.BUSY_TIMEOUT_MS);
                s.execute("PRAGMA query_only=ON");
            }
            FileGuard.refuseIfSchemaDiffers(file, checker);
            FileGuard.refuseIfDamaged(file, checker);
        } catch (SQLException e) {
            throw FileGuard.refusal(file, e);
        }
    }
}
