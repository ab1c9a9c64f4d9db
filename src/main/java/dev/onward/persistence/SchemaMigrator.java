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
 * Brings a journal's schema up to date: runs {@code db/migration/V{n}__what.sql} in order, each
 * in one transaction, and records the version reached in {@code PRAGMA user_version}. A new file
 * runs every migration from the first, so new and upgraded journals cannot drift apart.
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

    /** Runs every migration the file has not had yet. */
    void migrate(Connection connection) throws SQLException {
        for (int version = userVersion(connection); version < latestVersion(); version++) {
            apply(connection, version + 1, script(MIGRATIONS.get(version)));
        }
    }

    /** Runs the migrations up to {@code target} only; tests use it to fill an older version. */
    public void migrateTo(Connection connection, int target) throws SQLException {
        for (int version = userVersion(connection); version < target; version++) {
            apply(connection, version + 1, script(MIGRATIONS.get(version)));
        }
    }

    /** The schema version the file in {@code connection} records ({@code PRAGMA user_version}). */
    public static int userVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private static void apply(Connection connection, int version, String sql) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.executeUpdate(sql);
            s.executeUpdate("PRAGMA user_version = " + version);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
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
