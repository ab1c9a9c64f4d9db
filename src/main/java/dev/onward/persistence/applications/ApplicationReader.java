package dev.onward.persistence.applications;

import dev.onward.domain.Application;
import dev.onward.domain.Outcome;
import dev.onward.domain.Stage;
import dev.onward.domain.StatusChange;
import dev.onward.persistence.Columns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads applications with their stages, outcomes and status history: four queries, whatever
 * the number of applications, grouped in memory.
 */
public final class ApplicationReader {
    private final Connection connection;

    /** Reads over {@code connection}, inside the caller's read or write. */
    public ApplicationReader(Connection connection) {
        this.connection = connection;
    }

    /** Every application, or only {@code id} when given. */
    public List<Application> read(Optional<Long> id) throws SQLException {
        String where = id.isPresent() ? " WHERE application_id = ?" : "";
        Map<Long, List<Stage>> stages = stages(where, id);
        Map<Long, Outcome> outcomes = outcomes(where, id);
        Map<Long, List<StatusChange>> history = history(where, id);
        List<Application> applications = new ArrayList<>();
        try (PreparedStatement s = prepare("SELECT * FROM application" + (id.isPresent() ? " WHERE id = ?" : "")
                + " ORDER BY coalesce(applied, substr(created, 1, 10)) DESC, id DESC", id);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                long appId = r.getLong("id");
                applications.add(new Application(appId, ApplicationRows.details(r), stages.getOrDefault(appId, List.of()),
                        Optional.ofNullable(outcomes.get(appId)), history.getOrDefault(appId, List.of()),
                        Columns.instant(r, "created"), Columns.instant(r, "updated")));
            }
        }
        return applications;
    }

    private Map<Long, List<Stage>> stages(String where, Optional<Long> id) throws SQLException {
        Map<Long, List<Stage>> byApplication = new HashMap<>();
        try (PreparedStatement s = prepare("SELECT * FROM stage" + where, id); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Stage stage = StageRows.read(r);
                byApplication.computeIfAbsent(stage.applicationId(), k -> new ArrayList<>()).add(stage);
            }
        }
        return byApplication;
    }

    private Map<Long, Outcome> outcomes(String where, Optional<Long> id) throws SQLException {
        Map<Long, Outcome> byApplication = new HashMap<>();
        try (PreparedStatement s = prepare("SELECT * FROM outcome" + where, id); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                byApplication.put(r.getLong("application_id"), OutcomeRows.read(r));
            }
        }
        return byApplication;
    }

    private Map<Long, List<StatusChange>> history(String where, Optional<Long> id) throws SQLException {
        Map<Long, List<StatusChange>> byApplication = new HashMap<>();
        try (PreparedStatement s = prepare("SELECT * FROM status_change" + where + " ORDER BY at, id", id);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                byApplication.computeIfAbsent(r.getLong("application_id"), k -> new ArrayList<>())
                        .add(StatusChangeRows.read(r));
            }
        }
        return byApplication;
    }

    private PreparedStatement prepare(String sql, Optional<Long> id) throws SQLException {
        PreparedStatement s = connection.prepareStatement(sql);
        if (id.isPresent()) {
            s.setLong(1, id.get());
        }
        return s;
    }
}
