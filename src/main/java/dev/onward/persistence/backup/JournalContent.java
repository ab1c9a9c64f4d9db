package dev.onward.persistence.backup;

import dev.onward.domain.Messages;
import dev.onward.service.StorageException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a journal file holds, in a form two files can be compared by: the schema version, the
 * number of rows of every table and a SHA-256 of the schema and every row. Equal for two files
 * that hold the same rows whatever their pages look like; a restore compares the journal with the
 * snapshot by it before it says it restored anything.
 *
 * @param version the journal's {@code user_version}
 * @param rows the number of rows of each table, by name
 * @param digest the SHA-256 of the schema and of every row of every table, in hex
 */
public record JournalContent(int version, Map<String, Long> rows, String digest) {
    /** Copies the counts. */
    public JournalContent {
        rows = Map.copyOf(rows);
    }

    /** What the journal file {@code file} holds (with its write-ahead log), opened read-only. */
    public static JournalContent of(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath() + "?open_mode=1")) {
            return of(c);
        } catch (SQLException e) {
            throw new StorageException(Messages.text("storage.readFailed", file), e);
        }
    }

    /** What the database open on {@code c} holds. */
    public static JournalContent of(Connection c) throws SQLException {
        MessageDigest digest = sha256();
        Map<String, Long> rows = new TreeMap<>();
        int version;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
            version = r.getInt(1);
        }
        for (String table : tables(c, digest)) {
            long count = 0;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    count++;
                    for (int i = 1; i <= columns; i++) {
                        add(digest, r.getObject(i));
                    }
                }
            }
            rows.put(table, count);
        }
        return new JournalContent(version, rows, HexFormat.of().formatHex(digest.digest()));
    }

    /** Whether SQLite's integrity check finds nothing wrong with the database open on {@code c}. */
    public static boolean intact(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            return r.next() && "ok".equals(r.getString(1)) && !r.next();
        }
    }

    /**
     * The tables that hold rows, by name; their definitions go into {@code digest}. Virtual tables
     * (the search indexes) are left out: their rows live in the tables behind them, which count.
     */
    private static List<String> tables(Connection c, MessageDigest digest) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")) {
            while (r.next()) {
                String sql = r.getString(3);
                add(digest, r.getString(1) + " " + r.getString(2) + " " + sql);
                boolean virtual = sql != null && sql.regionMatches(true, 0, "CREATE VIRTUAL", 0, 14);
                if ("table".equals(r.getString(1)) && !virtual) {
                    tables.add(r.getString(2));
                }
            }
        }
        return tables;
    }

    /** Adds one value to {@code digest}, its type and length first, so no two rows can read alike. */
    private static void add(MessageDigest digest, Object value) {
        byte[] bytes;
        char type;
        if (value == null) {
            type = 'n';
            bytes = new byte[0];
        } else if (value instanceof byte[] blob) {
            type = 'b';
            bytes = blob;
        } else {
            type = value instanceof Number ? 'd' : 't';
            bytes = value.toString().getBytes(StandardCharsets.UTF_8);
        }
        digest.update((type + Integer.toString(bytes.length) + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
