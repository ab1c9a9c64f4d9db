package dev.onward.persistence;

import dev.onward.domain.Application;
import dev.onward.domain.Outcome;
import dev.onward.domain.Rating;
import dev.onward.domain.Stage;
import dev.onward.domain.StageDetails;
import dev.onward.domain.StageKind;
import dev.onward.domain.Status;
import dev.onward.domain.StatusChange;
import dev.onward.service.NewApplication;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Inserts many rows inside one transaction, reusing one prepared statement per table so that an
 * import of thousands of applications stays fast. Close it before the transaction ends.
 */
final class JournalRows implements AutoCloseable {
    private final PreparedStatement application;
    private final PreparedStatement stage;
    private final PreparedStatement outcome;
    private final PreparedStatement status;
    private final PreparedStatement kind;
    private long nextId;

    JournalRows(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM application")) {
            nextId = r.getLong(1);
        }
        application = c.prepareStatement("INSERT INTO application (company, role, location, link, source, salary,"
                + " applied, notes, created, updated, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
        stage = c.prepareStatement("INSERT INTO stage (kind_id, day, time, people_met, preparation, how_it_went,"
                + " notes, application_id, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        outcome = c.prepareStatement("INSERT INTO outcome (application_id, kind, day, ended_at_kind_id, message)"
                + " VALUES (?, ?, ?, ?, ?)");
        status = c.prepareStatement("INSERT INTO status_change (application_id, status, at) VALUES (?, ?, ?)");
        kind = c.prepareStatement("INSERT INTO stage_kind (id, name, position) VALUES (?, ?, ?)");
    }

    void insertKinds(List<StageKind> kinds) throws SQLException {
        for (StageKind k : kinds) {
            kind.setLong(1, k.id());
            kind.setString(2, k.name());
            kind.setInt(3, k.position());
            kind.executeUpdate();
        }
    }

    /** Inserts an application exactly as it is, with its ids. */
    void insertWhole(Application a) throws SQLException {
        long id = insertApplication(a, Optional.of(a.id()));
        for (Stage s : a.stages()) {
            insertStage(id, s.details(), Optional.of(s.id()));
        }
        if (a.outcome().isPresent()) {
            insertOutcome(id, a.outcome().get());
        }
        for (StatusChange change : a.statusHistory()) {
            insertStatus(id, change);
        }
    }

    /**
     * Inserts a new application: active from {@code now}, then ended as its outcome says. The ids
     * are counted here (inside the caller's transaction, so no one else can take them) and every
     * row is batched; {@link #flush()} sends what is left.
     */
    void insertNew(NewApplication a, Instant now) throws SQLException {
        long id = nextId++;
        Application row = new Application(id, a.details(), List.of(), Optional.empty(), List.of(), now, now);
        bindApplication(row, Optional.of(id));
        application.addBatch();
        batchStatus(id, new StatusChange(Status.ACTIVE, now));
        for (StageDetails details : a.stages()) {
            bindStage(id, details, Optional.empty());
            stage.addBatch();
        }
        if (a.outcome().isPresent()) {
            bindOutcome(id, a.outcome().get());
            outcome.addBatch();
            batchStatus(id, new StatusChange(a.outcome().get().kind().status(), now));
        }
    }

    /** Sends the batched rows, applications first so the others can refer to them. */
    void flush() throws SQLException {
        application.executeBatch();
        stage.executeBatch();
        outcome.executeBatch();
        status.executeBatch();
    }

    private void batchStatus(long id, StatusChange change) throws SQLException {
        bindStatus(id, change);
        status.addBatch();
    }

    private long insertApplication(Application a, Optional<Long> id) throws SQLException {
        bindApplication(a, id);
        application.executeUpdate();
        try (ResultSet keys = application.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private void bindApplication(Application a, Optional<Long> id) throws SQLException {
        var d = a.details();
        application.setString(1, d.company());
        application.setString(2, d.role());
        Columns.text(application, 3, d.location());
        Columns.text(application, 4, d.link());
        Columns.text(application, 5, d.source());
        Columns.text(application, 6, d.salary());
        Columns.day(application, 7, d.applied());
        Columns.text(application, 8, d.notes());
        application.setString(9, a.created().toString());
        application.setString(10, a.updated().toString());
        Columns.integer(application, 11, id);
    }

    private void insertStage(long applicationId, StageDetails d, Optional<Long> id) throws SQLException {
        bindStage(applicationId, d, id);
        stage.executeUpdate();
    }

    private void bindStage(long applicationId, StageDetails d, Optional<Long> id) throws SQLException {
        stage.setLong(1, d.kindId());
        stage.setString(2, d.date().toString());
        Columns.text(stage, 3, d.time().map(LocalTime::toString));
        Columns.text(stage, 4, d.peopleMet());
        Columns.text(stage, 5, d.preparation());
        Columns.integer(stage, 6, d.howItWent().map(Rating::value));
        Columns.text(stage, 7, d.notes());
        stage.setLong(8, applicationId);
        Columns.integer(stage, 9, id);
    }

    private void insertOutcome(long applicationId, Outcome o) throws SQLException {
        bindOutcome(applicationId, o);
        outcome.executeUpdate();
    }

    private void bindOutcome(long applicationId, Outcome o) throws SQLException {
        outcome.setLong(1, applicationId);
        outcome.setString(2, o.kind().name().toLowerCase(Locale.ROOT));
        outcome.setString(3, o.date().toString());
        Columns.integer(outcome, 4, o.endedAtKindId());
        Columns.text(outcome, 5, o.message());
    }

    private void insertStatus(long applicationId, StatusChange change) throws SQLException {
        bindStatus(applicationId, change);
        status.executeUpdate();
    }

    private void bindStatus(long applicationId, StatusChange change) throws SQLException {
        status.setLong(1, applicationId);
        status.setString(2, change.status().name().toLowerCase(Locale.ROOT));
        status.setString(3, change.at().toString());
    }

    @Override
    public void close() throws SQLException {
        try (application; stage; outcome; status; kind) {
            // closes all five, even when one fails
        }
    }
}
