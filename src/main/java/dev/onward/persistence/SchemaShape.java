package dev.onward.persistence;

import dev.onward.domain.Messages;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The schema a journal file holds (its tables with their columns and links, its indexes,
 * triggers and views), compared with the one the migrations make at the version the file records.
 * The expected schema is made once, by running the migrations into a database in memory, so it
 * cannot drift from them. SQLite's own objects ({@code sqlite_...}) and the tables FTS5 keeps for
 * its indexes are SQLite's business and not compared. Reading a file's schema writes nothing.
 */
public final class SchemaShape {
    private static final Set<String> FTS5_SHADOW_SUFFIXES = Set.of("data", "idx", "content", "docsize", "config");
    private static final String VIRTUAL_TABLE = "CREATE VIRTUAL TABLE ";

    private SchemaShape() {
    }

    /**
     * How the schema in {@code connection}'s file differs from the one the migrations make at the
     * version it records, one sentence each (objects another program added first, then what is
     * missing, then what was changed); empty when it is Onward's own. A file at version 0 must hold
     * nothing; a file newer than this Onward is one difference. Reads only.
     */
    public static List<String> differences(Connection connection) throws SQLException {
        int version = SchemaMigrator.userVersion(connection);
        if (version > SchemaMigrator.latestVersion()) {
            return List.of(Messages.text("schema.tooNew", version, SchemaMigrator.latestVersion()));
        }
        return differences(connection, version);
    }

    /** How the schema in {@code connection}'s file differs from the one the migrations make at {@code version}. */
    static List<String> differences(Connection connection, int version) throws SQLException {
        Map<String, SchemaObject> expected = version == SchemaMigrator.latestVersion() ? Latest.OBJECTS : expected(version);
        Map<String, SchemaObject> actual = objects(connection);
        List<String> extra = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> tablesToCompare = new ArrayList<>();
        actual.forEach((key, found) -> {
            if (!expected.containsKey(key)) {
                extra.add(Messages.text("schema.extra", found.kind(), found.name()));
            }
        });
        expected.forEach((key, wanted) -> {
            SchemaObject found = actual.get(key);
            if (found == null) {
                missing.add(Messages.text("schema.missing", wanted.kind(), wanted.name()));
            } else if (!found.sql().equals(wanted.sql())) {
                if (wanted.isPlainTable() && found.isPlainTable()) {
                    tablesToCompare.add(wanted.name());
                } else {
                    changed.add(Messages.text("schema.changed", wanted.kind(), wanted.name()));
                }
            }
        });
        if (!tablesToCompare.isEmpty()) {
            try (Connection memory = migrated(version)) {
                for (String table : tablesToCompare) {
                    TableShape.of(memory, table).differencesIn(TableShape.of(connection, table), extra, missing, changed);
                }
            }
        }
        List<String> all = new ArrayList<>(extra);
        all.addAll(missing);
        all.addAll(changed);
        return List.copyOf(all);
    }

    /** The objects in {@code connection}'s file by type and name, in its order; SQLite's own and FTS5's left out. */
    private static Map<String, SchemaObject> objects(Connection connection) throws SQLException {
        List<SchemaObject> all = new ArrayList<>();
        Set<String> shadows = new HashSet<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
                "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")) {
            while (r.next()) {
                SchemaObject object = new SchemaObject(r.getString(1), r.getString(2), normalised(r.getString(3)));
                all.add(object);
                if (object.sql().toLowerCase(Locale.ROOT).startsWith(VIRTUAL_TABLE.toLowerCase(Locale.ROOT) + object.name()
                        .toLowerCase(Locale.ROOT) + " using fts5")) {
                    FTS5_SHADOW_SUFFIXES.forEach(suffix -> shadows.add(object.name() + "_" + suffix));
                }
            }
        }
        Map<String, SchemaObject> objects = new LinkedHashMap<>();
        for (SchemaObject object : all) {
            if (!("table".equals(object.type()) && shadows.contains(object.name()))) {
                objects.put(object.type() + " " + object.name(), object);
            }
        }
        return objects;
    }

    /**
     * SQL as SQLite keeps it, with every run of white space made one space: layout is not a
     * difference. (A hand-written loop: this runs on every start.)
     */
    private static String normalised(String sql) {
        if (sql == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(sql.length());
        boolean space = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Map<String, SchemaObject> expected(int version) throws SQLException {
        try (Connection memory = migrated(version)) {
            return objects(memory);
        }
    }

    /** A database in memory that the migrations have brought to {@code version}. */
    private static Connection migrated(int version) throws SQLException {
        Connection memory = DriverManager.getConnection("jdbc:sqlite::memory:");
        try {
            new SchemaMigrator().migrateTo(memory, version);
            return memory;
        } catch (SQLException | RuntimeException e) {
            memory.close();
            throw e;
        }
    }

    /** One object of the schema: its type, its name and the SQL that made it. */
    private record SchemaObject(String type, String name, String sql) {
        boolean isPlainTable() {
            return "table".equals(type) && !sql.startsWith(VIRTUAL_TABLE);
        }

        String kind() {
            return Messages.text("schema.kind." + type);
        }
    }

    /** The objects the migrations make at the latest version, found once. */
    private static final class Latest {
        static final Map<String, SchemaObject> OBJECTS = found();

        private static Map<String, SchemaObject> found() {
            try {
                return expected(SchemaMigrator.latestVersion());
            } catch (SQLException e) {
                throw new IllegalStateException("The migrations do not run in memory", e);
            }
        }
    }
}
