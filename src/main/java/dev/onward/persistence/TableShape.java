package dev.onward.persistence;

import dev.onward.domain.Messages;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a plain table is made of, as SQLite reports it: its columns (declared type, NOT NULL,
 * default, place in the key) and its links to other tables (foreign keys, with what a delete or an
 * update does). Compared only when the SQL that made a table differs from Onward's, to say which
 * column changed, and so that SQL rewritten by an {@code ALTER TABLE} of another SQLite version,
 * with the same columns and links, is no difference.
 */
record TableShape(String table, Map<String, String> columns, List<String> links) {
    /** The shape of {@code table} in {@code connection}'s file. */
    static TableShape of(Connection connection, String table) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        for (List<String> row : rows(connection, "SELECT name, type, \"notnull\", dflt_value, pk, hidden"
                + " FROM pragma_table_xinfo(?)", table)) {
            columns.put(row.get(0), String.join(" ", row.subList(1, row.size())));
        }
        List<String> links = rows(connection, "SELECT \"table\", \"from\", \"to\", on_update, on_delete, \"match\""
                + " FROM pragma_foreign_key_list(?) ORDER BY id, seq", table).stream().map(List::toString).toList();
        return new TableShape(table, Collections.unmodifiableMap(columns), links);
    }

    /** Adds how {@code found}, the same table in another file, differs from this one to the three lists. */
    void differencesIn(TableShape found, List<String> extra, List<String> missing, List<String> changed) {
        found.columns.keySet().stream().filter(column -> !columns.containsKey(column))
                .forEach(column -> extra.add(Messages.text("schema.extraColumn", table, column)));
        columns.forEach((column, wanted) -> {
            String there = found.columns.get(column);
            if (there == null) {
                missing.add(Messages.text("schema.missingColumn", table, column));
            } else if (!there.equals(wanted)) {
                changed.add(Messages.text("schema.changedColumn", table, column));
            }
        });
        if (columns.equals(found.columns) && !links.equals(found.links)) {
            changed.add(Messages.text("schema.changed", Messages.text("schema.kind.table"), table));
        }
    }

    private static List<List<String>> rows(Connection connection, String sql, String table) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, table);
            try (ResultSet r = s.executeQuery()) {
                int width = r.getMetaData().getColumnCount();
                List<List<String>> rows = new ArrayList<>();
                while (r.next()) {
                    String[] row = new String[width];
                    for (int i = 0; i < width; i++) {
                        row[i] = String.valueOf(r.getString(i + 1));
                    }
                    rows.add(List.of(row));
                }
                return rows;
            }
        }
    }
}
