package dev.onward.persistence.exchange;

import dev.onward.domain.Application;
import dev.onward.domain.Lesson;
import dev.onward.domain.Reflection;
import dev.onward.domain.StageKind;
import dev.onward.persistence.Database;
import dev.onward.persistence.applications.ApplicationReader;
import dev.onward.persistence.lessons.SqliteLessonRepository;
import dev.onward.persistence.reflect.ReflectionRows;
import dev.onward.service.exchange.JournalContents;
import dev.onward.service.exchange.JournalContentsRepository;
import dev.onward.service.exchange.NewApplication;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The whole journal at once, in SQLite: read in one pass, written in one transaction. */
public final class SqliteJournalContents implements JournalContentsRepository {
    private final Database database;

    /** Creates the repository over an open journal. */
    public SqliteJournalContents(Database database) {
        this.database = database;
    }

    @Override
    public Path file() {
        return database.file();
    }

    @Override
    public JournalContents readAll() {
        return database.write(c -> {
            // a write transaction, so kinds and applications are read from one state of the file
            List<StageKind> kinds = stageKinds(c);
            List<Application> applications = new ArrayList<>(new ApplicationReader(c).read(Optional.empty()));
            applications.sort(Comparator.comparingLong(Application::id));
            List<Reflection> reflections = new ArrayList<>(ReflectionRows.readAll(c));
            reflections.sort(Comparator.comparingLong(Reflection::applicationId));
            return new JournalContents(kinds, applications, ContactRows.readAll(c),
                    SqliteLessonRepository.select(c, "SELECT * FROM lesson ORDER BY id", Optional.empty()), reflections,
                    settings(c));
        });
    }

    @Override
    public int countEntries() {
        return database.read(SqliteJournalContents::count);
    }

    @Override
    public void replaceAll(JournalContents contents) {
        database.write(c -> {
            if (count(c) > 0) {
                throw new IllegalStateException("replaceAll needs a journal with no entries");
            }
            try (Statement s = c.createStatement()) {
                // lessons may name a later lesson as the one they repeat: check references at commit
                s.execute("PRAGMA defer_foreign_keys = ON");
                s.executeUpdate("DELETE FROM stage_kind");
            }
            try (BatchInsert rows = new BatchInsert(c)) {
                rows.insertKinds(contents.stageKinds());
                for (Application application : contents.applications()) {
                    rows.insertWhole(application);
                }
            }
            ContactRows.insertAll(c, contents.contacts());
            for (Lesson lesson : contents.lessons()) {
                SqliteLessonRepository.insert(c, lesson, Optional.of(lesson.id()));
            }
            for (Reflection reflection : contents.reflections()) {
                ReflectionRows.write(c, reflection);
            }
            try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)")) {
                for (Map.Entry<String, String> setting : contents.settings().entrySet()) {
                    s.setString(1, setting.getKey());
                    s.setString(2, setting.getValue());
                    s.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public void addAll(List<NewApplication> applications, Instant now) {
        database.write(c -> {
            try (BatchInsert rows = new BatchInsert(c)) {
                for (NewApplication application : applications) {
                    rows.insertNew(application, now);
                }
                rows.flush();
            }
            return null;
        });
    }

    private static Map<String, String> settings(Connection c) throws SQLException {
        Map<String, String> settings = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT key, value FROM setting ORDER BY key")) {
            while (r.next()) {
                settings.put(r.getString(1), r.getString(2));
            }
        }
        return settings;
    }

    private static List<StageKind> stageKinds(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id, name, position FROM stage_kind ORDER BY position, id")) {
            List<StageKind> kinds = new ArrayList<>();
            while (r.next()) {
                kinds.add(new StageKind(r.getLong(1), r.getString(2), r.getInt(3)));
            }
            return kinds;
        }
    }

    /** What a user wrote: applications, contacts and lessons (the kinds of stage come with every journal). */
    private static int count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM application)"
                + " + (SELECT count(*) FROM contact) + (SELECT count(*) FROM lesson)")) {
            r.next();
            return r.getInt(1);
        }
    }
}
