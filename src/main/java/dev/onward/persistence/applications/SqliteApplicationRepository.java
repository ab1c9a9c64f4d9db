package dev.onward.persistence.applications;

import dev.onward.domain.Application;
import dev.onward.domain.ApplicationDetails;
import dev.onward.domain.Outcome;
import dev.onward.domain.Stage;
import dev.onward.domain.StageDetails;
import dev.onward.domain.StageKind;
import dev.onward.domain.Status;
import dev.onward.domain.StatusChange;
import dev.onward.persistence.Database;
import dev.onward.persistence.reflect.ReflectionRows;
import dev.onward.service.applications.ApplicationRepository;
import dev.onward.service.applications.ApplicationSummary;
import dev.onward.service.applications.DeletedApplication;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Applications with their stages, outcome and status history, in SQLite. */
public final class SqliteApplicationRepository implements ApplicationRepository {
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
            try (PreparedStatement s = c.prepareStatement(ApplicationRows.UPDATE)) {
                ApplicationRows.bindUpdate(s, id, details, now);
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
            try (PreparedStatement s = c.prepareStatement(StageRows.UPDATE)) {
                StageRows.bindUpdate(s, stageId, details);
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
        try (PreparedStatement s = c.prepareStatement(ApplicationRows.INSERT, Statement.RETURN_GENERATED_KEYS)) {
            ApplicationRows.bindInsert(s, details, created, updated, id);
            s.executeUpdate();
            return generatedKey(s);
        }
    }

    private static long insertStage(Connection c, Optional<Long> id, long applicationId, StageDetails details)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(StageRows.INSERT, Statement.RETURN_GENERATED_KEYS)) {
            StageRows.bindInsert(s, applicationId, details, id);
            s.executeUpdate();
            return generatedKey(s);
        }
    }

    private static void upsertOutcome(Connection c, long id, Outcome outcome) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(OutcomeRows.REPLACE)) {
            OutcomeRows.bind(s, id, outcome);
            s.executeUpdate();
        }
    }

    private static void insertStatus(Connection c, long id, StatusChange change) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(StatusChangeRows.INSERT)) {
            StatusChangeRows.bind(s, id, change);
            s.executeUpdate();
        }
    }

    private static Status lastStatus(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT status FROM status_change WHERE application_id = ? ORDER BY at DESC, id DESC LIMIT 1")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? ReflectionRows.value(Status.class, r.getString(1)) : null;
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
