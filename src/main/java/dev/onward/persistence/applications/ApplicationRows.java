package dev.onward.persistence.applications;

import dev.onward.domain.ApplicationDetails;
import dev.onward.domain.StoredValues;
import dev.onward.persistence.Columns;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The columns of the {@code application} table: one statement text and binding for every writer, and reading a row. */
public final class ApplicationRows {
    /** Inserts a row; bind it with {@link #bindInsert}. */
    public static final String INSERT = "INSERT INTO application (company, role, location, link, source, salary, applied,"
            + " notes, created, updated, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** Changes a row's details; bind it with {@link #bindUpdate}. */
    static final String UPDATE = "UPDATE application SET company = ?, role = ?, location = ?, link = ?, source = ?,"
            + " salary = ?, applied = ?, notes = ?, updated = ? WHERE id = ?";

    private ApplicationRows() {
    }

    /** Binds {@link #INSERT}; an empty {@code id} lets SQLite choose one. */
    public static void bindInsert(PreparedStatement s, ApplicationDetails details, Instant created, Instant updated,
            Optional<Long> id) throws SQLException {
        bindDetails(s, details);
        s.setString(9, created.toString());
        s.setString(10, updated.toString());
        Columns.integer(s, 11, id);
    }

    /** Binds {@link #UPDATE}. */
    static void bindUpdate(PreparedStatement s, long id, ApplicationDetails details, Instant updated)
            throws SQLException {
        bindDetails(s, details);
        s.setString(9, updated.toString());
        s.setLong(10, id);
    }

    /** The details in the current row of {@code r}. */
    static ApplicationDetails details(ResultSet r) throws SQLException {
        try (StoredValues.Row row = StoredValues.at("application", r.getLong("id"))) {
            return new ApplicationDetails(r.getString("company"), r.getString("role"), Columns.text(r, "location"),
                    Columns.text(r, "link"), Columns.text(r, "source"), Columns.text(r, "salary"),
                    Columns.day(r, "applied"), Columns.text(r, "notes"));
        }
    }

    private static void bindDetails(PreparedStatement s, ApplicationDetails d) throws SQLException {
        s.setString(1, d.company());
        s.setString(2, d.role());
        Columns.text(s, 3, d.location());
        Columns.text(s, 4, d.link());
        Columns.text(s, 5, d.source());
        Columns.text(s, 6, d.salary());
        Columns.day(s, 7, d.applied());
        Columns.text(s, 8, d.notes());
    }
}
