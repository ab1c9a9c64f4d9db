package dev.onward.persistence.lessons;

import dev.onward.domain.Lesson;
import dev.onward.domain.LessonDetails;
import dev.onward.domain.LessonStatus;
import dev.onward.domain.StoredValues;
import dev.onward.domain.Theme;
import dev.onward.persistence.Columns;
import dev.onward.persistence.Database;
import dev.onward.persistence.reflect.ReflectionRows;
import dev.onward.service.lessons.LessonRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lessons in SQLite. */
public final class SqliteLessonRepository implements LessonRepository {
    private static final String INSERT = "INSERT INTO lesson (text, theme, in_my_control, stage_kind_id, status,"
            + " application_id, repeat_of, created, updated, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Database database;

    /** Creates the repository over an open journal. */
    public SqliteLessonRepository(Database database) {
        this.database = database;
    }

    @Override
    public List<Lesson> findAll() {
        return database.read(c -> select(c, "SELECT * FROM lesson ORDER BY created DESC, id DESC", Optional.empty()));
    }

    @Override
    public List<Lesson> findFrom(long applicationId) {
        return database.read(c -> select(c,
                "SELECT * FROM lesson WHERE application_id = ? ORDER BY created DESC, id DESC", Optional.of(applicationId)));
    }

    @Override
    public Optional<Lesson> find(long id) {
        return database.read(c -> select(c, "SELECT * FROM lesson WHERE id = ?", Optional.of(id)).stream().findFirst());
    }

    @Override
    public Lesson add(LessonDetails details, Optional<Long> applicationId, Optional<Long> repeatOf, Instant now) {
        Lesson draft = new Lesson(0, details, applicationId, repeatOf, now, now);
        long id = database.write(c -> insert(c, draft, Optional.empty()));
        return new Lesson(id, details, applicationId, repeatOf, now, now);
    }

    @Override
    public void update(long id, LessonDetails details, Instant now) {
        database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE lesson SET text = ?, theme = ?, in_my_control = ?,"
                    + " stage_kind_id = ?, status = ?, updated = ? WHERE id = ?")) {
                bindDetails(s, details);
                s.setString(6, now.toString());
                s.setLong(7, id);
                return s.executeUpdate();
            }
        });
    }

    @Override
    public void linkRepeat(long id, Optional<Long> repeatOf, Instant now) {
        database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE lesson SET repeat_of = ?, updated = ? WHERE id = ?")) {
                Columns.integer(s, 1, repeatOf);
                s.setString(2, now.toString());
                s.setLong(3, id);
                return s.executeUpdate();
            }
        });
    }

    @Override
    public void delete(long id) {
        database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM lesson WHERE id = ?")) {
                s.setLong(1, id);
                return s.executeUpdate();
            }
        });
    }

    @Override
    public void restore(Lesson lesson) {
        database.write(c -> insert(c, lesson, Optional.of(lesson.id())));
    }

    /** Inserts {@code lesson} on {@code c}, with {@code id} when given (an undo, an import); gives its id. */
    public static long insert(Connection c, Lesson lesson, Optional<Long> id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            bindDetails(s, lesson.details());
            Columns.integer(s, 6, lesson.applicationId());
            Columns.integer(s, 7, lesson.repeatOf());
            s.setString(8, lesson.created().toString());
            s.setString(9, lesson.updated().toString());
            Columns.integer(s, 10, id);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void bindDetails(PreparedStatement s, LessonDetails d) throws SQLException {
        s.setString(1, d.text());
        s.setString(2, ReflectionRows.key(d.theme()));
        s.setInt(3, d.inMyControl() ? 1 : 0);
        Columns.integer(s, 4, d.stageKindId());
        s.setString(5, ReflectionRows.key(d.status()));
    }

    /** The lessons {@code sql} selects, bound to {@code id} when given. */
    public static List<Lesson> select(Connection c, String sql, Optional<Long> id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (id.isPresent()) {
                s.setLong(1, id.get());
            }
            try (ResultSet r = s.executeQuery()) {
                List<Lesson> lessons = new ArrayList<>();
                while (r.next()) {
                    LessonDetails details;
                    try (StoredValues.Row row = StoredValues.at("lesson", r.getLong("id"))) {
                        details = new LessonDetails(r.getString("text"), ReflectionRows.value(Theme.class,
                                r.getString("theme")), r.getInt("in_my_control") == 1, Columns.integer(r, "stage_kind_id"),
                                ReflectionRows.value(LessonStatus.class, r.getString("status")));
                    }
                    lessons.add(new Lesson(r.getLong("id"), details, Columns.integer(r, "application_id"),
                            Columns.integer(r, "repeat_of"), Columns.instant(r, "created"), Columns.instant(r, "updated")));
                }
                return lessons;
            }
        }
    }
}
