package dev.onward.persistence.backup;

import dev.onward.domain.Messages;
import dev.onward.persistence.Database;
import dev.onward.persistence.JournalSetAside;
import dev.onward.persistence.SchemaMigrator;
import dev.onward.persistence.SchemaShape;
import dev.onward.persistence.StoredDates;
import dev.onward.service.DataFolder;
import dev.onward.service.DiskFull;
import dev.onward.service.JournalFileException;
import dev.onward.service.PrivateFiles;
import dev.onward.service.StorageException;
import dev.onward.service.backup.CheckReport;
import dev.onward.service.backup.RestoreNotVerifiedException;
import dev.onward.service.backup.SnapshotsAndChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The open journal as a file: snapshots and restores through SQLite's online backup API (never a
 * copy of the live file), and SQLite's own checks.
 */
public final class SqliteSnapshotsAndChecks implements SnapshotsAndChecks {
    private final Database database;

    /** Creates it over an open journal. */
    public SqliteSnapshotsAndChecks(Database database) {
        this.database = database;
    }

    @Override
    public Path path() {
        return database.file();
    }

    @Override
    public void snapshotTo(Path target) {
        if (Files.exists(target) && !isEmpty(target)) {
            throw new StorageException(Messages.text("backup.exists", target), null);
        }
        // Never keep a copy of a file found damaged: it would push a good snapshot out.
        database.awaitCheck();
        try {
            database.read(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("backup to " + quoted(target));
                }
                return null;
            });
        } catch (StorageException e) {
            throw DiskFull.named(e, target.toAbsolutePath().getParent());
        }
    }

    /**
     * Opens a copy of {@code source} the way the app opens a journal (refusing a file that is not
     * one, is damaged or is too new, and bringing an older one up to date), gives it the journal's
     * page size, then copies that into the open journal with the backup API and checks that the
     * journal then holds exactly what the copy holds. {@code source} itself is never changed.
     *
     * @throws RestoreNotVerifiedException when the journal checked afterwards does not hold the copy
     */
    @Override
    public void restoreFrom(Path source) {
        Path copy = JournalSetAside.preparingCopy(database.file());
        try {
            deleteQuietly(copy); // what a restore cut short may have left
            Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
            PrivateFiles.restrict(copy);
            openCandidate(source, copy);
            JournalContent expected = withJournalsPageSize(source, copy);
            database.read(c -> {
                restoreChecked(c, source, copy, expected);
                return null;
            });
        } catch (IOException e) {
            throw new StorageException(Messages.text("backup.restoreFailed", source), e);
        } finally {
            deleteQuietly(copy);
        }
    }

    /**
     * Gives {@code copy} the journal's page size and returns what it holds. A journal in WAL mode
     * takes a restore only from pages of its own size; from others SQLite's backup copies nothing
     * and reports no error.
     */
    private JournalContent withJournalsPageSize(Path source, Path copy) {
        int pageSize = database.read(c -> pragma(c, "page_size"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy.toAbsolutePath());
                Statement s = c.createStatement()) {
            if (pragma(c, "page_size") != pageSize) {
                s.execute("PRAGMA journal_mode=DELETE");
                s.execute("PRAGMA page_size=" + pageSize);
                s.execute("VACUUM");
            }
            return JournalContent.of(c);
        } catch (SQLException e) {
            throw new StorageException(Messages.text("backup.restoreFailed", source), e);
        }
    }

    /** Restores {@code copy} into the journal open on {@code c}; refuses to say so unless it then holds {@code expected}. */
    private static void restoreChecked(Connection c, Path source, Path copy, JournalContent expected) throws SQLException {
        JournalContent before = JournalContent.of(c);
        try (Statement s = c.createStatement()) {
            s.executeUpdate("restore from " + quoted(copy));
        }
        JournalContent after = JournalContent.of(c);
        if (after.equals(expected) && JournalContent.intact(c)) {
            return;
        }
        boolean changed = !after.equals(before);
        throw new RestoreNotVerifiedException(
                Messages.text(changed ? "backup.restoreUnverified" : "backup.restoreNotTaken", source), changed);
    }

    private static int pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA " + name)) {
            return r.getInt(1);
        }
    }

    private static boolean isEmpty(Path file) {
        try {
            return Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Opens {@code copy} of {@code source} as a journal and closes it; refuses it in {@code source}'s name. */
    public static void openCandidate(Path source, Path copy) {
        try {
            Database.openExisting(copy).close();
        } catch (JournalFileException e) {
            String key = e.reason() == JournalFileException.Reason.TOO_NEW ? "backup.tooNew" : "backup.notJournal";
            throw new JournalFileException(source, e.reason(), Messages.text(key, source), e);
        }
    }

    @Override
    public CheckReport check() {
        return database.read(c -> new CheckReport(lines(c, "PRAGMA integrity_check", true),
                lines(c, "PRAGMA foreign_key_check", false), SchemaShape.differences(c), StoredDates.unreadable(c),
                SchemaMigrator.userVersion(c), SchemaMigrator.latestVersion()));
    }

    private static List<String> lines(Connection c, String pragma, boolean okMeansNone) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(pragma)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    line.append(i > 1 ? " " : "").append(r.getString(i));
                }
                lines.add(line.toString());
            }
        }
        return okMeansNone && lines.equals(List.of("ok")) ? List.of() : lines;
    }

    private static String quoted(Path file) {
        return "\"" + file.toAbsolutePath().toString().replace("\"", "\"\"") + "\"";
    }

    private static void deleteQuietly(Path copy) {
        for (Path file : DataFolder.withSideFiles(copy)) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a leftover copy in the data folder is harmless; it is replaced next time
            }
        }
    }
}
