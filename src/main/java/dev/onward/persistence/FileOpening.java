package dev.onward.persistence;

import dev.onward.domain.Messages;
import dev.onward.service.DataFolder;
import dev.onward.service.JournalFileException.Reason;
import dev.onward.service.JournalFileException;
import dev.onward.service.PrivateFiles;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * The steps of opening a journal file, in the order that keeps a refused file unchanged: refuse
 * what is not an Onward journal at a version this build knows, with the schema the migrations
 * make at that version (read in one transaction, before anything is written), check it for
 * damage, switch it to WAL, and bring its schema up to date under the write lock. A journal that
 * opening would not change may leave the comparison of its schema and the check for damage to
 * {@link DamageCheck#later}, which every write waits for. Another Onward creating or upgrading the
 * same file at the same moment is waited for, never taken for damage.
 */
final class FileOpening {
    /**
     * How long opening waits for another connection's lock: long enough for another Onward to
     * create or upgrade the journal, or to finish an import, in the meantime.
     */
    private static final int OPEN_BUSY_TIMEOUT_MS = 30_000;
    private static final int BUSY_PAUSE_MS = 20;

    /** An open connection to a journal, and the check for damage it passed or is to run. */
    record Opened(Connection connection, DamageCheck check) {
    }

    private FileOpening() {
    }

    /**
     * Opens {@code file} as {@link Database#open}, {@link Database#openExisting} ({@code existingOnly})
     * or {@link Database#openCheckingInBackground} ({@code checkInBackground}) say.
     *
     * @throws JournalFileException when the file is refused; it has not been changed
     */
    static Opened open(Path file, boolean checkInBackground, boolean existingOnly) {
        FileGuard.refuseIfNotSqlite(file);
        createIfMissing(file);
        Connection connection = connect(file);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(OPEN_BUSY_TIMEOUT_MS);
        try {
            while (true) {
                try {
                    return open(file, connection, checkInBackground, existingOnly);
                } catch (SQLException e) {
                    // Some locks SQLite does not wait for (switching to WAL while another connection
                    // creates the file): every step is safe to repeat, so opening starts again.
                    if (!FileGuard.isBusy(e) || System.nanoTime() > deadline) {
                        throw e;
                    }
                    TimeUnit.MILLISECONDS.sleep(BUSY_PAUSE_MS);
                }
            }
        } catch (SQLException e) {
            closeQuietly(connection);
            throw FileGuard.refusal(file, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(connection);
            throw new JournalFileException(file, Reason.CANNOT_OPEN, Messages.text("storage.busy", file), e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static Opened open(Path file, Connection connection, boolean checkInBackground, boolean existingOnly)
            throws SQLException {
        boolean checkLater = inOneReadTransaction(connection, c -> {
            FileGuard.refuseIfNotOurs(file, c, existingOnly);
            boolean later = checkInBackground && isCurrentJournal(c);
            if (!later) {
                FileGuard.refuseIfSchemaDiffers(file, c);
            }
            return later;
        });
        if (checkLater) {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA synchronous=FULL"); // the connection's own setting: nothing is written
            }
            return opened(file, connection, DamageCheck.later(file));
        }
        FileGuard.refuseIfDamaged(file, connection);
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=FULL");
        }
        if (SchemaMigrator.userVersion(connection) < SchemaMigrator.latestVersion()) {
            new SchemaMigrator().migrate(connection, c -> {
                FileGuard.refuseIfNotOurs(file, c, existingOnly);
                FileGuard.refuseIfSchemaDiffers(file, c);
                return null;
            });
        }
        return opened(file, connection, DamageCheck.passed(file));
    }

    private static Opened opened(Path file, Connection connection, DamageCheck check) throws SQLException {
        restrictSidecars(file);
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA busy_timeout=" + Database.BUSY_TIMEOUT_MS);
        }
        return new Opened(connection, check);
    }

    /**
     * Runs {@code work} in one read transaction: it sees the file as it was at one moment, even
     * while another connection is upgrading or creating it.
     */
    private static <T> T inOneReadTransaction(Connection connection, SqlWork<T> work) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("BEGIN");
            try {
                return work.run(connection);
            } finally {
                s.execute("ROLLBACK"); // nothing was written: ending it frees the snapshot
            }
        }
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

    private static void createIfMissing(Path file) {
        if (Files.exists(file)) {
            return;
        }
        try {
            PrivateFiles.create(file);
        } catch (FileAlreadyExistsException e) {
            // another Onward created it a moment ago: it is opened as theirs, and waited for if need be
        } catch (IOException e) {
            throw new JournalFileException(file, Reason.CANNOT_OPEN, Messages.text("storage.cannotCreate", file), e);
        }
    }

    private static Connection connect(Path file) {
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA busy_timeout=" + OPEN_BUSY_TIMEOUT_MS);
                s.execute("PRAGMA foreign_keys=ON");
            }
            return connection;
        } catch (SQLException e) {
            throw new JournalFileException(file, Reason.CANNOT_OPEN, Messages.text("storage.cannotRead", file), e);
        }
    }

    /** SQLite's side files hold journal data too: only the user may read them. */
    private static void restrictSidecars(Path file) {
        for (Path side : DataFolder.withSideFiles(file).subList(1, 4)) {
            try {
                if (Files.exists(side)) {
                    PrivateFiles.restrict(side);
                }
            } catch (IOException e) {
                // the folder is 0700 already; a side file we cannot narrow is not worth refusing the journal
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
