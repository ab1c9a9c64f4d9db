package dev.onward.persistence;

import dev.onward.domain.Application;
import dev.onward.domain.ApplicationDetails;
import dev.onward.domain.Outcome;
import dev.onward.domain.OutcomeKind;
import dev.onward.domain.Rating;
import dev.onward.domain.Stage;
import dev.onward.domain.StageDetails;
import dev.onward.domain.Status;
import dev.onward.domain.StatusChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads applications with their stages, outcomes and status history: four queries, whatever
 * the number of applications, grouped in memory.
 */
final class ApplicationReader {
    private final Connection connection;

    ApplicationReader(Connection connection) {
        this.connection = connection;
    }

    /** Every application, or only {@code id} when given. */
    List<Application> read(Optional<Long> id) throws SQLException {
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
                applications.add(new Application(appId, details(r), stages.getOrDefault(appId, List.of()),
                        Optional.ofNullable(outcomes.get(appId)), history.getOrDefault(appId, List.of()),
                        Columns.instant(r, "created"), Columns.instant(r, "updated")));
            }
        }
        return applications;
    }

    private static ApplicationDetails details(ResultSet r) throws SQLException {
        return new ApplicationDetails(r.getString("company"), r.getString("role"), Columns.text(r, "location"),
                Columns.text(r, "link"), Columns.text(r, "source"), Columns.text(r, "salary"),
                Columns.day(r, "applied"), Columns.text(r, "notes"));
    }

    private Map<Long, List<Stage>> stages(String where, Optional<Long> id) throws SQLException {
        Map<Long, List<Stage>> byApplication = new HashMap<>();
        try (PreparedStatement s = prepare("SELECT * FROM stage" + where, id); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                StageDetails details = new StageDetails(r.getLong("kind_id"), Columns.day(r, "day").orElseThrow(),
                        Columns.time(r, "time"), Columns.text(r, "people_met"), Columns.text(r, "preparation"),
                        Columns.integer(r, "how_it_went").map(v -> new Rating(v.intValue())), Columns.text(r, "notes"));
                long appId = r.getLong("application_id");
                byApplication.computeIfAbsent(appId, k -> new ArrayList<>()).add(new Stage(r.getLong("id"), appId, details));
            }
        }
        return byApplication;
    }

    private Map<Long, Outcome> outcomes(String where, Optional<Long> id) throws SQLException {
        Map<Long, Outcome> byApplication = new HashMap<>();
        try (PreparedStatement s = prepare("SELECT * FROM outcome" + where, id); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                OutcomeKind kind = OutcomeKind.valueOf(r.getString("kind").toUpperCase(Locale.ROOT));
                byApplication.put(r.getLong("application_id"), new Outcome(kind, Columns.day(r, "day").orElseThrow(),
                        Columns.integer(r, "ended_at_kind_id"), Columns.text(r, "message")));
            }
        }
        return byApplication;
    }

    private Map<Long, List<StatusChange>> history(String where, Optional<Long> id) throws SQLException {
        Map<Long, List<StatusChange>> byApplication = new HashMap<>();
        try (PreparedStatement s = prepare("SELECT * FROM status_change" + where + " ORDER BY at, id", id);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Status status = Status.valueOf(r.getString("status").toUpperCase(Locale.ROOT));
                byApplication.computeIfAbsent(r.getLong("application_id"), k -> new ArrayList<>())
                        .add(new StatusChange(status, Columns.instant(r, "at")));
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
