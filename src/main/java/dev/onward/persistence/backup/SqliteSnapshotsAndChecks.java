package dev.onward.persistence.backup;

import dev.onward.domain.Messages;
import dev.onward.persistence.Database;
import dev.onward.persistence.SchemaMigrator;
import dev.onward.persistence.SchemaShape;
import dev.onward.persistence.StoredDates;
import dev.onward.service.DataFolder;
import dev.onward.service.JournalFileException;
import dev.onward.service.StorageException;
import dev.onward.service.backup.CheckReport;
import dev.onward.service.backup.SnapshotsAndChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
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
        database.read(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("backup to " + quoted(target));
            }
            return null;
        });
    }

    /**
     * Opens a copy of {@code source} the way the app opens a journal (refusing a file that is not
     * one, is damaged or is too new, and bringing an older one up to date), then copies that into
     * the open journal with the backup API. {@code source} itself is never changed.
     */
    @Override
    public void restoreFrom(Path source) {
        Path copy = database.file().resolveSibling("." + database.file().getFileName() + ".restoring");
        try {
            Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
            openCandidate(source, copy);
            database.read(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("restore from " + quoted(copy));
                }
                return null;
            });
        } catch (IOException e) {
            throw new StorageException(Messages.text("backup.restoreFailed", source), e);
        } finally {
            deleteQuietly(copy);
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
