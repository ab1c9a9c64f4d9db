package dev.onward.persistence.exchange;

import dev.onward.domain.Application;
import dev.onward.domain.Stage;
import dev.onward.domain.StageDetails;
import dev.onward.domain.StageKind;
import dev.onward.domain.Status;
import dev.onward.domain.StatusChange;
import dev.onward.persistence.applications.ApplicationRows;
import dev.onward.persistence.applications.OutcomeRows;
import dev.onward.persistence.applications.StageRows;
import dev.onward.persistence.applications.StatusChangeRows;
import dev.onward.service.exchange.NewApplication;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Inserts many rows inside one transaction, reusing one prepared statement per table so that an
 * import of thousands of applications stays fast. Close it before the transaction ends.
 */
final class BatchInsert implements AutoCloseable {
    private final PreparedStatement application;
    private final PreparedStatement stage;
    private final PreparedStatement outcome;
    private final PreparedStatement status;
    private final PreparedStatement kind;
    private long nextId;

    BatchInsert(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM application")) {
            nextId = r.getLong(1);
        }
        application = c.prepareStatement(ApplicationRows.INSERT, Statement.RETURN_GENERATED_KEYS);
        stage = c.prepareStatement(StageRows.INSERT);
        outcome = c.prepareStatement(OutcomeRows.INSERT);
        status = c.prepareStatement(StatusChangeRows.INSERT);
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
            StageRows.bindInsert(stage, id, s.details(), Optional.of(s.id()));
            stage.executeUpdate();
        }
        if (a.outcome().isPresent()) {
            OutcomeRows.bind(outcome, id, a.outcome().get());
            outcome.executeUpdate();
        }
        for (StatusChange change : a.statusHistory()) {
            StatusChangeRows.bind(status, id, change);
            status.executeUpdate();
        }
    }

    /**
     * Inserts a new application: active from {@code now}, then ended as its outcome says. The ids
     * are counted here (inside the caller's transaction, so no one else can take them) and every
     * row is batched; {@link #flush()} sends what is left.
     */
    void insertNew(NewApplication a, Instant now) throws SQLException {
        long id = nextId++;
        ApplicationRows.bindInsert(application, a.details(), now, now, Optional.of(id));
        application.addBatch();
        batchStatus(id, new StatusChange(Status.ACTIVE, now));
        for (StageDetails details : a.stages()) {
            StageRows.bindInsert(stage, id, details, Optional.empty());
            stage.addBatch();
        }
        if (a.outcome().isPresent()) {
            OutcomeRows.bind(outcome, id, a.outcome().get());
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
        StatusChangeRows.bind(status, id, change);
        status.addBatch();
    }

    private long insertApplication(Application a, Optional<Long> id) throws SQLException {
        ApplicationRows.bindInsert(application, a.details(), a.created(), a.updated(), id);
        application.executeUpdate();
        try (ResultSet keys = application.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        try (application; stage; outcome; status; kind) {
            // closes all five, even when one fails
        }
    }
}
