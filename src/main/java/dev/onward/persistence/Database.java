package dev.onward.persistence;

import dev.onward.domain.Messages;
import dev.onward.domain.StoredValues;
import dev.onward.service.DiskFull;
import dev.onward.service.JournalFileException;
import dev.onward.service.StorageException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The journal file: one SQLite connection in WAL mode with {@code synchronous=FULL} and foreign
 * keys on, guarded by one lock so any thread may use it. A file that is not a journal, is
 * damaged, holds a schema the migrations did not make, or was written by a newer Onward is
 * refused before anything is written to it.
 */
public final class Database implements AutoCloseable {
    /** How long a statement waits for another connection's lock before it fails. */
    static final int BUSY_TIMEOUT_MS = 5_000;

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final DamageCheck check;

    private Database(Path file, Connection connection, DamageCheck check) {
        this.file = file;
        this.connection = connection;
        this.check = check;
    }

    /**
     * Opens (or creates, 0600 on POSIX) the journal at {@code file} and brings its schema up to
     * date. The whole file is checked for damage first.
     *
     * @throws JournalFileException when the file is refused; it has not been changed
     */
    public static Database open(Path file) {
        return open(file, false, false);
    }

    /**
     * Opens the journal at {@code file} like {@link #open(Path)}, but only a journal that is there
     * already: a missing or empty file, or an SQLite file with nothing in it, is refused instead of
     * being made a new journal. For a file the user names as a journal, e.g. one to restore.
     *
     * @throws JournalFileException when the file is refused; it has not been changed
     */
    public static Database openExisting(Path file) {
        FileGuard.refuseIfMissingOrEmpty(file);
        return open(file, false, true);
    }

    /**
     * Opens the journal at {@code file} like {@link #open(Path)}, but when it is an up-to-date
     * journal already (WAL, this version), the check for damage, which reads the whole file, and the
     * comparison of its schema with the one the migrations make (which runs them in memory) are
     * left for later: they run on a second connection in the background from {@link #startCheck()}
     * (or the first write, at the latest). Reads may start at once; every write waits for the
     * verdict, which {@link #checked()} gives. Any other file is checked before it is opened, as
     * {@link #open(Path)} does.
     *
     * @throws JournalFileException when the file is refused at once; it has not been changed
     */
    public static Database openCheckingInBackground(Path file) {
        return open(file, true, false);
    }

    private static Database open(Path file, boolean checkInBackground, boolean existingOnly) {
        FileOpening.Opened opened = FileOpening.open(file, checkInBackground, existingOnly);
        return new Database(file, opened.connection(), opened.check());
    }

    /**
     * The verdict of the check for damage: done at once for {@link #open(Path)}; for
     * {@link #openCheckingInBackground(Path)}, completed when the background check ends, or
     * failed with the {@link JournalFileException} that refuses the file.
     */
    public CompletableFuture<Void> checked() {
        return check.verdict();
    }

    /**
     * Starts the background check for damage, once; does nothing when it has started or was not
     * needed. The window starts it when its first screen has read what it shows: the check reads
     * the whole file, and would otherwise compete with that screen for the processor.
     */
    public void startCheck() {
        check.start();
    }

    /** The journal file's path. */
    public Path file() {
        return file;
    }

    /** Runs {@code work} without a transaction (for reads). */
    public <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            return asStored(work);
        } catch (SQLException e) {
            throw new StorageException(Messages.text("storage.readFailed", file), e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code work} in one transaction: it all lands or none of it does. Waits first for the
     * check for damage, and writes nothing to a file it refused.
     */
    public <T> T write(SqlWork<T> work) {
        awaitCheck();
        lock.lock();
        try {
            connection.setAutoCommit(false);
            try {
                T result = asStored(work);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StorageException(Messages.text(DiskFull.causes(e) ? "storage.diskFull" : "storage.writeFailed",
                    file), e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code work} so that what it reads is taken as stored, never refused by a rule for new input. */
    private <T> T asStored(SqlWork<T> work) throws SQLException {
        SQLException[] failed = new SQLException[1];
        T result = StoredValues.read(() -> {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                failed[0] = e;
                return null;
            }
        });
        if (failed[0] != null) {
            throw failed[0];
        }
        return result;
    }

    /** Waits for the check for damage, starting it if need be; throws its refusal. */
    public void awaitCheck() {
        check.await();
    }

    /** Closes the connection; WAL content is checkpointed into the file by SQLite. */
    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StorageException(Messages.text("storage.writeFailed", file), e);
        } finally {
            lock.unlock();
        }
    }
}
