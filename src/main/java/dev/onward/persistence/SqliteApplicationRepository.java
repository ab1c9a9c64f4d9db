package dev.onward.persistence;

import dev.onward.domain.Application;
import dev.onward.domain.ApplicationDetails;
import dev.onward.domain.Outcome;
import dev.onward.domain.Rating;
import dev.onward.domain.Stage;
import dev.onward.domain.StageDetails;
import dev.onward.domain.StageKind;
import dev.onward.domain.StatusChange;
import dev.onward.domain.Status;
import dev.onward.service.ApplicationRepository;
import dev.onward.service.ApplicationSummary;
import dev.onward.service.DeletedApplication;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Applications with their stages, outcome and status history, in SQLite. */
public final class SqliteApplicationRepository implements ApplicationRepository {
    private static final String APPLICATION_COLUMNS =
            "company, role, location, link, source, salary, applied, notes";
    private static final String STAGE_COLUMNS =
            "kind_id, day, time, people_met, preparation, how_it_went, notes";

    private final Database database;

    /** Creates the repository over an open journal. */
    public SqliteApplicationRepository(Database database) {
        this.database = database;
    }

    @Override
    public List<Application> findAll() {
        return database.read(c -> new ApplicationReader(c).read(Optional.empty()));
    }

    @Override
    public List<ApplicationSummary> summaries(List<StageKind> kinds, LocalDate today, ZoneId zone) {
        return database.read(c -> new SummaryReader(c).read(kinds, today, zone));
    }

    @Override
    public Optional<Application> find(long id) {
        return database.read(c -> new ApplicationReader(c).read(Optional.of(id)).stream().findFirst());
    }

    @Override
    public Application add(ApplicationDetails details, Instant now) {
        long id = database.write(c -> {
            long newId = insertApplication(c, Optional.empty(), details, now, now);
            insertStatus(c, newId, new StatusChange(Status.ACTIVE, now));
            return newId;
        });
        return find(id).orElseThrow();
    }

    @Override
    public void update(long id, ApplicationDetails details, Instant now) {
        database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE application SET company = ?, role = ?, location = ?,"
                    + " link = ?, source = ?, salary = ?, applied = ?, notes = ?, updated = ? WHERE id = ?")) {
                bindDetails(s, details);
                s.setString(9, now.toString());
                s.setLong(10, id);
                return s.executeUpdate();
            }
        });
    }

    @Override
    public DeletedApplication delete(long id) {
        return database.write(c -> {
            Application application = new ApplicationReader(c).read(Optional.of(id)).stream().findFirst().orElseThrow();
            DeletedApplication deleted = new DeletedApplication(application, ReflectionRows.read(c, id), lessonIds(c, id));
            execute(c, "DELETE FROM application WHERE id = ?", id);
            return deleted;
        });
    }

    @Override
    public void restore(DeletedApplication deleted) {
        database.write(c -> {
            insertAll(c, deleted.application());
            if (deleted.reflection().isPresent()) {
                ReflectionRows.write(c, deleted.reflection().get());
            }
            for (long lessonId : deleted.lessonIds()) {
                try (PreparedStatement s = c.prepareStatement("UPDATE lesson SET application_id = ? WHERE id = ?")) {
                    s.setLong(1, deleted.application().id());
                    s.setLong(2, lessonId);
                    s.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public void restore(Application application) {
        database.write(c -> {
            insertAll(c, application);
            return null;
        });
    }

    private static void insertAll(Connection c, Application application) throws SQLException {
        insertApplication(c, Optional.of(application.id()), application.details(), application.created(),
                application.updated());
        for (Stage stage : application.stages()) {
            insertStage(c, Optional.of(stage.id()), application.id(), stage.details());
        }
        if (application.outcome().isPresent()) {
            upsertOutcome(c, application.id(), application.outcome().get());
        }
        for (StatusChange change : application.statusHistory()) {
            insertStatus(c, application.id(), change);
        }
    }

    private static List<Long> lessonIds(Connection c, long applicationId) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM lesson WHERE application_id = ?")) {
            s.setLong(1, applicationId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    @Override
    public Stage addStage(long applicationId, StageDetails details, Instant now) {
        long id = database.write(c -> {
            long stageId = insertStage(c, Optional.empty(), applicationId, details);
            touch(c, applicationId, now);
            return stageId;
        });
        return new Stage(id, applicationId, details);
    }

    @Override
    public void updateStage(long stageId, StageDetails details, Instant now) {
        database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE stage SET kind_id = ?, day = ?, time = ?,"
                    + " people_met = ?, preparation = ?, how_it_went = ?, notes = ? WHERE id = ?")) {
                bindStage(s, details);
                s.setLong(8, stageId);
                s.executeUpdate();
            }
            touchByStage(c, stageId, now);
            return null;
        });
    }

    @Override
    public void removeStage(long stageId, Instant now) {
        database.write(c -> {
            touchByStage(c, stageId, now);
            return execute(c, "DELETE FROM stage WHERE id = ?", stageId);
        });
    }

    @Override
    public void recordOutcome(long id, Outcome outcome, StatusChange change) {
        database.write(c -> {
            upsertOutcome(c, id, outcome);
            // Correcting an outcome's day or message is not a change of status: keep the history as it was.
            if (!change.status().equals(lastStatus(c, id))) {
                insertStatus(c, id, change);
            }
            touch(c, id, change.at());
            return null;
        });
    }

    @Override
    public void clearOutcome(long id, StatusChange change) {
        database.write(c -> {
            execute(c, "DELETE FROM outcome WHERE application_id = ?", id);
            insertStatus(c, id, change);
            touch(c, id, change.at());
            return null;
        });
    }

    private static long insertApplication(Connection c, Optional<Long> id, ApplicationDetails details,
            Instant created, Instant updated) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO application (" + APPLICATION_COLUMNS
                + ", created, updated, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            bindDetails(s, details);
            s.setString(9, created.toString());
            s.setString(10, updated.toString());
            Columns.integer(s, 11, id);
            s.executeUpdate();
            return generatedKey(s);
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

    private static long insertStage(Connection c, Optional<Long> id, long applicationId, StageDetails details)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO stage (" + STAGE_COLUMNS
                + ", application_id, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            bindStage(s, details);
            s.setLong(8, applicationId);
            Columns.integer(s, 9, id);
            s.executeUpdate();
            return generatedKey(s);
        }
    }

    private static void bindStage(PreparedStatement s, StageDetails d) throws SQLException {
        s.setLong(1, d.kindId());
        s.setString(2, d.date().toString());
        Columns.text(s, 3, d.time().map(LocalTime::toString));
        Columns.text(s, 4, d.peopleMet());
        Columns.text(s, 5, d.preparation());
        Columns.integer(s, 6, d.howItWent().map(Rating::value));
        Columns.text(s, 7, d.notes());
    }

    private static void upsertOutcome(Connection c, long id, Outcome outcome) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO outcome"
                + " (application_id, kind, day, ended_at_kind_id, message) VALUES (?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setString(2, outcome.kind().name().toLowerCase(Locale.ROOT));
            s.setString(3, outcome.date().toString());
            Columns.integer(s, 4, outcome.endedAtKindId());
            Columns.text(s, 5, outcome.message());
            s.executeUpdate();
        }
    }

    private static void insertStatus(Connection c, long id, StatusChange change) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO status_change (application_id, status, at) VALUES (?, ?, ?)")) {
            s.setLong(1, id);
            s.setString(2, change.status().name().toLowerCase(Locale.ROOT));
            s.setString(3, change.at().toString());
            s.executeUpdate();
        }
    }

    private static Status lastStatus(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT status FROM status_change WHERE application_id = ? ORDER BY at DESC, id DESC LIMIT 1")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Status.valueOf(r.getString(1).toUpperCase(Locale.ROOT)) : null;
            }
        }
    }

    private static void touch(Connection c, long id, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE application SET updated = ? WHERE id = ?")) {
            s.setString(1, now.toString());
            s.setLong(2, id);
            s.executeUpdate();
        }
    }

    private static void touchByStage(Connection c, long stageId, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE application SET updated = ? WHERE id = (SELECT application_id FROM stage WHERE id = ?)")) {
            s.setString(1, now.toString());
            s.setLong(2, stageId);
            s.executeUpdate();
        }
    }

    private static int execute(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            return s.executeUpdate();
        }
    }

    private static long generatedKey(PreparedStatement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
