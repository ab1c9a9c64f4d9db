package dev.onward.persistence;

import dev.onward.domain.Messages;
import dev.onward.service.JournalFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a journal's schema up to date: runs {@code db/migration/V{n}__what.sql} in order, all in
 * one transaction under the write lock, and records the version reached in
 * {@code PRAGMA user_version}. A new file runs every migration from the first, so new and upgraded
 * journals cannot drift apart.
 */
public final class SchemaMigrator {
    /** Every migration, in order; index + 1 is the version it brings the file to. */
    static final List<String> MIGRATIONS = List.of("V1__init.sql", "V2__reflect_and_settings.sql", "V3__search.sql");

    private static final String FOLDER = "/dev/onward/db/migration/";

    /** The schema version this build of Onward writes. */
    public static int latestVersion() {
        return MIGRATIONS.size();
    }

    /** Refuses a file whose schema is newer than this build knows. */
    static void refuseIfTooNew(Path file, Connection connection) throws SQLException {
        int version = userVersion(connection);
        if (version > latestVersion()) {
            throw new JournalFileException(file, JournalFileException.Reason.TOO_NEW,
                    Messages.text("storage.tooNew", file, version, latestVersion()), null);
        }
    }

    /**
     * Runs every migration the file has not had yet, all in one transaction that holds the write
     * lock from its first statement: a second connection upgrading the same file at the same time
     * waits for this one (up to its busy timeout), then finds the file up to date. Inside the
     * lock, before anything is written, {@code stillOurs} looks at the file as it is then (another
     * process may have upgraded it meanwhile) and refuses it by throwing.
     */
    void migrate(Connection connection, SqlWork<?> stillOurs) throws SQLException {
        migrate(connection, latestVersion(), stillOurs);
    }

    /** Runs the migrations up to {@code target} only; tests use it to fill an older version. */
    public void migrateTo(Connection connection, int target) throws SQLException {
        migrate(connection, target, c -> null);
    }

    private static void migrate(Connection connection, int target, SqlWork<?> stillOurs) throws SQLException {
        try (Statement s = connection.createStatement()) {
            // IMMEDIATE: a deferred transaction that read first could not take the lock once another writer committed
            s.execute("BEGIN IMMEDIATE");
            try {
                stillOurs.run(connection);
                int from = userVersion(connection);
                for (int version = from; version < target; version++) {
                    s.executeUpdate(script(MIGRATIONS.get(version)));
                }
                if (from < target) {
                    s.executeUpdate("PRAGMA user_version = " + target);
                }
                s.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(s);
                throw e;
            }
        }
    }

    private static void rollbackQuietly(Statement s) {
        try {
            s.execute("ROLLBACK");
        } catch (SQLException e) {
            // SQLite may have rolled back already; the first error is the one worth reporting
        }
    }

    /** The schema version the file in {@code connection} records ({@code PRAGMA user_version}). */
    public static int userVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private static String script(String name) {
        try (InputStream in = SchemaMigrator.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration resource " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
