package dev.onward.persistence;

import dev.onward.domain.Messages;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Every column in which the journal stores a day, a moment or a time of day, and the check that
 * each value there reads as the repositories read it ({@link IsoDates}, {@link LocalTime#parse}).
 * Onward writes only what it can read back; another program, or an old bug, may not have.
 */
public final class StoredDates {
    /** How a column's values are written, and how they are read back. */
    enum Form {
        DAY("day", "2026-03-14", IsoDates::day),
        MOMENT("moment", "2026-03-14T09:30:00Z", IsoDates::instant),
        TIME("time", "09:30", LocalTime::parse);

        private final String key;
        private final String example;
        private final Consumer<String> reader;

        Form(String key, String example, Consumer<String> reader) {
            this.key = key;
            this.example = example;
            this.reader = reader;
        }

        boolean reads(String value) {
            try {
                reader.accept(value);
                return true;
            } catch (DateTimeException e) {
                return false;
            }
        }
    }

    /** One column that holds days, moments or times of day. */
    record DateColumn(String table, String column, Form form) {
    }

    /** The columns, as the migrations make them (search_text's days are copied from these). */
    static final List<DateColumn> COLUMNS = List.of(
            new DateColumn("application", "applied", Form.DAY),
            new DateColumn("application", "created", Form.MOMENT),
            new DateColumn("application", "updated", Form.MOMENT),
            new DateColumn("stage", "day", Form.DAY),
            new DateColumn("stage", "time", Form.TIME),
            new DateColumn("outcome", "day", Form.DAY),
            new DateColumn("status_change", "at", Form.MOMENT),
            new DateColumn("contact", "keep_in_touch_on", Form.DAY),
            new DateColumn("contact", "created", Form.MOMENT),
            new DateColumn("contact", "updated", Form.MOMENT),
            new DateColumn("reflection", "feedback_asked_on", Form.DAY),
            new DateColumn("reflection", "feedback_received_on", Form.DAY),
            new DateColumn("reflection", "gracious_reply_sent_on", Form.DAY),
            new DateColumn("reflection", "updated", Form.MOMENT),
            new DateColumn("lesson", "created", Form.MOMENT),
            new DateColumn("lesson", "updated", Form.MOMENT));

    private StoredDates() {
    }

    /**
     * One sentence for each stored value Onward cannot read as the day, moment or time its column
     * holds, naming the table, the row's id and the column; empty when every one reads. Tables the
     * file does not have are left out (the schema check reports those). Reads only.
     */
    public static List<String> unreadable(Connection connection) throws SQLException {
        Map<String, List<DateColumn>> byTable = COLUMNS.stream()
                .collect(Collectors.groupingBy(DateColumn::table, LinkedHashMap::new, Collectors.toList()));
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<DateColumn>> table : byTable.entrySet()) {
            if (exists(connection, table.getKey())) {
                unreadable(connection, table.getKey(), table.getValue(), problems);
            }
        }
        return List.copyOf(problems);
    }

    private static void unreadable(Connection connection, String table, List<DateColumn> columns, List<String> problems)
            throws SQLException {
        String names = columns.stream().map(DateColumn::column).collect(Collectors.joining(", "));
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT rowid, " + names + " FROM " + table + " ORDER BY rowid")) {
            while (r.next()) {
                for (int i = 0; i < columns.size(); i++) {
                    String value = r.getString(i + 2);
                    DateColumn column = columns.get(i);
                    if (value != null && !column.form().reads(value)) {
                        problems.add(Messages.text("check.unreadableDate", table, Long.toString(r.getLong(1)),
                                column.column(), value, Messages.text("check.form." + column.form().key),
                                column.form().example));
                    }
                }
            }
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            s.setString(1, table);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getInt(1) == 1;
            }
        }
    }
}
