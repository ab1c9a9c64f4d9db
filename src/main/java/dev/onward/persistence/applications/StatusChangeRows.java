package dev.onward.persistence.applications;

import dev.onward.domain.Status;
import dev.onward.domain.StatusChange;
import dev.onward.persistence.Columns;
import dev.onward.persistence.reflect.ReflectionRows;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The columns of the {@code status_change} table: one statement text and binding for every writer, and reading a row. */
public final class StatusChangeRows {
    /** Inserts a row; bind it with {@link #bind}. */
    public static final String INSERT = "INSERT INTO status_change (application_id, status, at) VALUES (?, ?, ?)";

    private StatusChangeRows() {
    }

    /** Binds {@link #INSERT}. */
    public static void bind(PreparedStatement s, long applicationId, StatusChange change) throws SQLException {
        s.setLong(1, applicationId);
        s.setString(2, ReflectionRows.key(change.status()));
        s.setString(3, change.at().toString());
    }

    /** The status change in the current row of {@code r}. */
    static StatusChange read(ResultSet r) throws SQLException {
        return new StatusChange(ReflectionRows.value(Status.class, r.getString("status")), Columns.instant(r, "at"));
    }
}
