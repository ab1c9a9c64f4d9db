package dev.onward.persistence.applications;

import dev.onward.domain.Rating;
import dev.onward.domain.Stage;
import dev.onward.domain.StageDetails;
import dev.onward.domain.StoredValues;
import dev.onward.persistence.Columns;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.Optional;

/** The columns of the {@code stage} table: one statement text and binding for every writer, and reading a row. */
public final class StageRows {
    /** Inserts a row; bind it with {@link #bindInsert}. */
    public static final String INSERT = "INSERT INTO stage (kind_id, day, time, people_met, preparation, how_it_went, notes,"
            + " application_id, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** Changes a row's details; bind it with {@link #bindUpdate}. */
    static final String UPDATE = "UPDATE stage SET kind_id = ?, day = ?, time = ?, people_met = ?, preparation = ?,"
            + " how_it_went = ?, notes = ? WHERE id = ?";

    private StageRows() {
    }

    /** Binds {@link #INSERT}; an empty {@code id} lets SQLite choose one. */
    public static void bindInsert(PreparedStatement s, long applicationId, StageDetails details, Optional<Long> id)
            throws SQLException {
        bindDetails(s, details);
        s.setLong(8, applicationId);
        Columns.integer(s, 9, id);
    }

    /** Binds {@link #UPDATE}. */
    static void bindUpdate(PreparedStatement s, long stageId, StageDetails details) throws SQLException {
        bindDetails(s, details);
        s.setLong(8, stageId);
    }

    /** The stage in the current row of {@code r}. */
    static Stage read(ResultSet r) throws SQLException {
        try (StoredValues.Row row = StoredValues.at("stage", r.getLong("id"))) {
            return stage(r);
        }
    }

    private static Stage stage(ResultSet r) throws SQLException {
        StageDetails details = new StageDetails(r.getLong("kind_id"), Columns.day(r, "day").orElseThrow(),
                Columns.time(r, "time"), Columns.text(r, "people_met"), Columns.text(r, "preparation"),
                Columns.integer(r, "how_it_went").map(v -> new Rating(v.intValue())), Columns.text(r, "notes"));
        return new Stage(r.getLong("id"), r.getLong("application_id"), details);
    }

    private static void bindDetails(PreparedStatement s, StageDetails d) throws SQLException {
        s.setLong(1, d.kindId());
        s.setString(2, d.date().toString());
        Columns.text(s, 3, d.time().map(LocalTime::toString));
        Columns.text(s, 4, d.peopleMet());
        Columns.text(s, 5, d.preparation());
        Columns.integer(s, 6, d.howItWent().map(Rating::value));
        Columns.text(s, 7, d.notes());
    }
}
