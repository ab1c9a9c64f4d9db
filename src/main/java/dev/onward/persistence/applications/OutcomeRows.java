package dev.onward.persistence.applications;

import dev.onward.domain.Outcome;
import dev.onward.domain.OutcomeKind;
import dev.onward.domain.StoredValues;
import dev.onward.persistence.Columns;
import dev.onward.persistence.reflect.ReflectionRows;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The columns of the {@code outcome} table: one statement text and binding for every writer, and reading a row. */
public final class OutcomeRows {
    private static final String INTO = " INTO outcome (application_id, kind, day, ended_at_kind_id, message)"
            + " VALUES (?, ?, ?, ?, ?)";
    /** Inserts a row for an application that has none; bind it with {@link #bind}. */
    public static final String INSERT = "INSERT" + INTO;
    /** Inserts a row or replaces the application's outcome; bind it with {@link #bind}. */
    static final String REPLACE = "INSERT OR REPLACE" + INTO;

    private OutcomeRows() {
    }

    /** Binds {@link #INSERT} or {@link #REPLACE}. */
    public static void bind(PreparedStatement s, long applicationId, Outcome outcome) throws SQLException {
        s.setLong(1, applicationId);
        s.setString(2, ReflectionRows.key(outcome.kind()));
        s.setString(3, outcome.date().toString());
        Columns.integer(s, 4, outcome.endedAtKindId());
        Columns.text(s, 5, outcome.message());
    }

    /** The outcome in the current row of {@code r}. */
    static Outcome read(ResultSet r) throws SQLException {
        try (StoredValues.Row row = StoredValues.at("outcome", r.getLong("application_id"))) {
            return new Outcome(ReflectionRows.value(OutcomeKind.class, r.getString("kind")),
                    Columns.day(r, "day").orElseThrow(), Columns.integer(r, "ended_at_kind_id"),
                    Columns.text(r, "message"));
        }
    }
}
