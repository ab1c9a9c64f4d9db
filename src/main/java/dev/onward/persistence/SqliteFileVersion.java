package dev.onward.persistence;

import dev.onward.service.FileVersion;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The journal's {@link FileVersion}: SQLite's {@code PRAGMA data_version} on the journal's own
 * connection, which changes when another connection commits (or checkpoints) and never for a
 * commit of this one. It reads no table, only the write-ahead log's index: cheap enough to ask
 * every second.
 */
public final class SqliteFileVersion implements FileVersion {
    private final Database database;

    /** The version of the file {@code database} has open, as its own connection sees it. */
    public SqliteFileVersion(Database database) {
        this.database = database;
    }

    @Override
    public long read() {
        return database.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA data_version")) {
                r.next();
                return r.getLong(1);
            }
        });
    }
}
