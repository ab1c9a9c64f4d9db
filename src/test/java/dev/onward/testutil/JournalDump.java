package dev.onward.testutil;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A logical dump of a journal file: every row of every table, in rowid order, as text. Two dumps
 * are equal when the journals hold the same data, whatever the pages look like.
 */
public final class JournalDump {
    private JournalDump() {
    }

    /** The dump of the journal at {@code file} (opened read-only, with its WAL). */
    public static String of(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath() + "?open_mode=1");
                Statement s = c.createStatement()) {
            StringBuilder dump = new StringBuilder();
            try (ResultSet v = s.executeQuery("PRAGMA user_version")) {
                dump.append("user_version ").append(v.getInt(1)).append('\n');
            }
            for (String table : tables(c)) {
                dump.append("== ").append(table).append('\n');
                try (Statement rows = c.createStatement(); ResultSet r = rows.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        for (int i = 1; i <= columns; i++) {
                            dump.append(i > 1 ? " | " : "").append(r.getString(i));
                        }
                        dump.append('\n');
                    }
                }
            }
            return dump.toString();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        return tables;
    }
}
