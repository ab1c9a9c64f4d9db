package dev.onward.persistence;

import dev.onward.domain.Messages;
import dev.onward.service.JournalFileException;
import dev.onward.service.JournalFileException.Reason;
import dev.onward.service.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The journal file: one SQLite connection in WAL mode with {@code synchronous=FULL} and foreign
 * keys on, guarded by one lock so any thread may use it. A file that is not a journal, is
 * damaged, or was written by a newer Onward is refused before anything is written to it.
 */
public final class Database implements AutoCloseable {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MS = 5_000;

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final CompletableFuture<Void> checked;
    private final AtomicBoolean checkStarted;

    private Database(Path file, Connection connection, boolean checkedAlready) {
        this.file = file;
        this.connection = connection;
        this.checked = checkedAlready ? CompletableFuture.completedFuture(null) : new CompletableFuture<>();
        this.checkStarted = new AtomicBoolean(checkedAlready);
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
        try {
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                throw new JournalFileException(file, Reason.NOT_A_JOURNAL, Messages.text("storage.notJournal", file), null);
            }
        } catch (IOException e) {
            throw new JournalFileException(file, Reason.CANNOT_OPEN, Messages.text("storage.cannotRead", file), e);
        }
        return open(file, false, true);
    }

    /**
     * Opens the journal at {@code file} like {@link #open(Path)}, but when it is an up-to-date
     * journal already (WAL, this version), the check for damage, which reads the whole file, is
     * left for later: it runs on a second connection in the background from {@link #startCheck()}
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
        refuseIfNotSqlite(file);
        createIfMissing(file);
        Connection connection = connect(file);
        try {
            SchemaMigrator.refuseIfTooNew(file, connection);
            refuseIfNotOurs(file, connection, existingOnly);
            if (checkInBackground && isCurrentJournal(connection)) {
                try (Statement s = connection.createStatement()) {
                    s.execute("PRAGMA synchronous=FULL"); // the connection's own setting: nothing is written
                }
                restrictSidecars(file);
                return new Database(file, connection, false);
            }
            refuseIfDamaged(file, connection);
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
            }
            new SchemaMigrator().migrate(connection);
            restrictSidecars(file);
            return new Database(file, connection, true);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new JournalFileException(file, Reason.NOT_A_JOURNAL, Messages.text("storage.damaged", file), e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /**
     * The verdict of the check for damage: done at once for {@link #open(Path)}; for
     * {@link #openCheckingInBackground(Path)}, completed when the background check ends, or
     * failed with the {@link JournalFileException} that refuses the file.
     */
    public CompletableFuture<Void> checked() {
        return checked;
    }

    /**
     * Starts the background check for damage, once; does nothing when it has started or was not
     * needed. The window starts it when its first screen has read what it shows: the check reads
     * the whole file, and would otherwise compete with that screen for the processor.
     */
    public void startCheck() {
        if (!checkStarted.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                checkInOwnConnection(file);
                checked.complete(null);
            } catch (RuntimeException e) {
                checked.completeExceptionally(e);
            }
        }, "onward-check");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Whether the file is a journal that opening would not change: WAL already, and at this
     * version (a newer one is refused at once).
     */
    private static boolean isCurrentJournal(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("PRAGMA journal_mode")) {
            if (!r.next() || !"wal".equalsIgnoreCase(r.getString(1))) {
                return false;
            }
        }
        return SchemaMigrator.userVersion(connection) == SchemaMigrator.latestVersion();
    }

    private static void checkInOwnConnection(Path file) {
        try (Connection checker = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            try (Statement s = checker.createStatement()) {
                s.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MS);
                s.execute("PRAGMA query_only=ON");
            }
            refuseIfDamaged(file, checker);
        } catch (SQLException e) {
            throw new JournalFileException(file, Reason.NOT_A_JOURNAL, Messages.text("storage.damaged", file), e);
        }
    }

    /** The journal file's path. */
    public Path file() {
        return file;
    }

    /** Runs {@code work} without a transaction (for reads). */
    <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            return work.run(connection);
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
    <T> T write(SqlWork<T> work) {
        awaitCheck();
        lock.lock();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StorageException(Messages.text("storage.writeFailed", file), e);
        } finally {
            lock.unlock();
        }
    }

    /** Waits for the check for damage, starting it if need be; throws its refusal. */
    void awaitCheck() {
        startCheck();
        try {
            checked.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof JournalFileException refused) {
                throw refused;
            }
            throw new StorageException(Messages.text("storage.writeFailed", file), e.getCause());
        }
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

    private static void refuseIfNotSqlite(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new JournalFileException(file, Reason.CANNOT_OPEN, Messages.text("storage.cannotRead", file), null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(SQLITE_HEADER.length);
            if (header.length > 0 && !Arrays.equals(header, SQLITE_HEADER)) {
                throw new JournalFileException(file, Reason.NOT_A_JOURNAL, Messages.text("storage.notJournal", file), null);
            }
        } catch (IOException e) {
            throw new JournalFileException(file, Reason.CANNOT_OPEN, Messages.text("storage.cannotRead", file), e);
        }
    }

    private static void createIfMissing(Path file) {
        if (Files.exists(file)) {
            return;
        }
        try {
            if (DataFolder.isPosix()) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (IOException e) {
            throw new JournalFileException(file, Reason.CANNOT_OPEN, Messages.text("storage.cannotCreate", file), e);
        }
    }

    private static Connection connect(Path file) {
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MS);
                s.execute("PRAGMA foreign_keys=ON");
            }
            return connection;
        } catch (SQLException e) {
            throw new JournalFileException(file, Reason.CANNOT_OPEN, Messages.text("storage.cannotRead", file), e);
        }
    }

    /**
     * Refuses an SQLite file that is not an Onward journal, before anything is written to it: one
     * with tables but no journal version (another program's database), or a version but no
     * applications table. A file with nothing in it yet becomes a journal, unless
     * {@code existingOnly}.
     */
    private static void refuseIfNotOurs(Path file, Connection connection, boolean existingOnly) throws SQLException {
        int objects;
        boolean applications;
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
                "SELECT count(*), count(*) FILTER (WHERE type = 'table' AND name = 'application') FROM sqlite_master")) {
            r.next();
            objects = r.getInt(1);
            applications = r.getInt(2) == 1;
        }
        boolean ours = SchemaMigrator.userVersion(connection) == 0 ? objects == 0 && !existingOnly : applications;
        if (!ours) {
            throw new JournalFileException(file, Reason.NOT_A_JOURNAL, Messages.text("storage.notJournal", file), null);
        }
    }

    private static void refuseIfDamaged(Path file, Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("PRAGMA quick_check")) {
            if (!r.next() || !"ok".equals(r.getString(1))) {
                throw new JournalFileException(file, Reason.NOT_A_JOURNAL, Messages.text("storage.damaged", file), null);
            }
        }
    }

    /** The -wal and -shm files hold journal data too: only the user may read them. */
    private static void restrictSidecars(Path file) {
        if (!DataFolder.isPosix()) {
            return;
        }
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Path sidecar = file.resolveSibling(file.getFileName() + suffix);
            try {
                if (Files.exists(sidecar)) {
                    Files.setPosixFilePermissions(sidecar, PosixFilePermissions.fromString("rw-------"));
                }
            } catch (IOException e) {
                // the folder is 0700 already; a sidecar we cannot narrow is not worth refusing the journal
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // already failing: the first error is the one worth reporting
        }
    }
}
