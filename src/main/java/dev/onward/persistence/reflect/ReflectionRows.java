package dev.onward.persistence.reflect;

import dev.onward.domain.Arrival;
import dev.onward.domain.ChosenReason;
import dev.onward.domain.Feedback;
import dev.onward.domain.Feeling;
import dev.onward.domain.Intensity;
import dev.onward.domain.NamedFeeling;
import dev.onward.domain.Reason;
import dev.onward.domain.Reflection;
import dev.onward.domain.ReflectionStep;
import dev.onward.domain.StepState;
import dev.onward.domain.StoredValues;
import dev.onward.persistence.Columns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads and writes a reflection with its steps, feelings and reasons, inside a caller's transaction. */
public final class ReflectionRows {
    private ReflectionRows() {
    }

    /** The reflection on application {@code applicationId}; empty when there is none. */
    public static Optional<Reflection> read(Connection c, long applicationId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM reflection WHERE application_id = ?")) {
            s.setLong(1, applicationId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(reflection(new Children(c, Optional.of(applicationId)), r)) : Optional.empty();
            }
        }
    }

    /** Every reflection, the most recently saved first: four queries whatever their number. */
    public static List<Reflection> readAll(Connection c) throws SQLException {
        Children children = new Children(c, Optional.empty());
        List<Reflection> all = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM reflection ORDER BY updated DESC, application_id DESC");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                all.add(reflection(children, r));
            }
        }
        return all;
    }

    /** Writes {@code reflection} over whatever was stored for its application. */
    public static void write(Connection c, Reflection reflection) throws SQLException {
        long id = reflection.applicationId();
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO reflection (application_id, arrival, reframe,"
                + " feedback_asked_on, feedback_asked_from, feedback_received_on, feedback_text, gracious_reply_sent_on,"
                + " contact_id, current_step, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Feedback f = reflection.feedback();
            s.setLong(1, id);
            Columns.text(s, 2, reflection.arrival().map(ReflectionRows::key));
            Columns.text(s, 3, reflection.reframe());
            Columns.day(s, 4, f.askedOn());
            Columns.text(s, 5, f.askedFrom());
            Columns.day(s, 6, f.receivedOn());
            Columns.text(s, 7, f.text());
            Columns.day(s, 8, reflection.graciousReplySentOn());
            Columns.integer(s, 9, reflection.contactId());
            s.setString(10, key(reflection.currentStep()));
            s.setString(11, reflection.updated().toString());
            s.executeUpdate();
        }
        writeChildren(c, reflection);
    }

    private static void writeChildren(Connection c, Reflection reflection) throws SQLException {
        long id = reflection.applicationId();
        for (String table : new String[] {"reflection_step", "reflection_feeling", "reflection_reason"}) {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE application_id = ?")) {
                s.setLong(1, id);
                s.executeUpdate();
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO reflection_step (application_id, step, state) VALUES (?, ?, ?)")) {
            for (Map.Entry<ReflectionStep, StepState> e : reflection.steps().entrySet()) {
                s.setLong(1, id);
                s.setString(2, key(e.getKey()));
                s.setString(3, key(e.getValue()));
                s.executeUpdate();
            }
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO reflection_feeling (application_id, feeling, own_words, intensity) VALUES (?, ?, ?, ?)")) {
            for (NamedFeeling feeling : reflection.feelings()) {
                s.setLong(1, id);
                s.setString(2, key(feeling.feeling()));
                Columns.text(s, 3, feeling.ownWords());
                s.setInt(4, feeling.intensity().value());
                s.executeUpdate();
            }
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO reflection_reason (application_id, reason, note, in_my_control) VALUES (?, ?, ?, ?)")) {
            for (ChosenReason reason : reflection.reasons()) {
                s.setLong(1, id);
                s.setString(2, key(reason.reason()));
                Columns.text(s, 3, reason.note());
                s.setInt(4, reason.inMyControl() ? 1 : 0);
                s.executeUpdate();
            }
        }
    }

    private static Reflection reflection(Children children, ResultSet r) throws SQLException {
        try (StoredValues.Row row = StoredValues.at("reflection", r.getLong("application_id"))) {
            return reflectionRow(children, r);
        }
    }

    private static Reflection reflectionRow(Children children, ResultSet r) throws SQLException {
        long id = r.getLong("application_id");
        Feedback feedback = new Feedback(Columns.day(r, "feedback_asked_on"), Columns.text(r, "feedback_asked_from"),
                Columns.day(r, "feedback_received_on"), Columns.text(r, "feedback_text"));
        return new Reflection(id, Columns.text(r, "arrival").map(v -> value(Arrival.class, v)),
                children.feelings.getOrDefault(id, List.of()), children.reasons.getOrDefault(id, List.of()),
                Columns.text(r, "reframe"), feedback, Columns.day(r, "gracious_reply_sent_on"), Columns.integer(r, "contact_id"),
                children.steps.getOrDefault(id, Map.of()), value(ReflectionStep.class, r.getString("current_step")),
                Columns.instant(r, "updated"));
    }

    /** The feelings, reasons and steps of one reflection or of all, grouped by application. */
    private static final class Children {
        final Map<Long, List<NamedFeeling>> feelings = new HashMap<>();
        final Map<Long, List<ChosenReason>> reasons = new HashMap<>();
        final Map<Long, Map<ReflectionStep, StepState>> steps = new HashMap<>();

        Children(Connection c, Optional<Long> id) throws SQLException {
            String where = id.isPresent() ? " WHERE application_id = ?" : "";
            try (ResultSet r = query(c, "SELECT * FROM reflection_feeling" + where + " ORDER BY id", id)) {
                while (r.next()) {
                    try (StoredValues.Row row = StoredValues.at("reflection", r.getLong("application_id"))) {
                        feelings.computeIfAbsent(r.getLong("application_id"), k -> new ArrayList<>()).add(new NamedFeeling(
                                value(Feeling.class, r.getString("feeling")), Columns.text(r, "own_words"),
                                new Intensity(r.getInt("intensity"))));
                    }
                }
            }
            try (ResultSet r = query(c, "SELECT * FROM reflection_reason" + where + " ORDER BY id", id)) {
                while (r.next()) {
                    try (StoredValues.Row row = StoredValues.at("reflection", r.getLong("application_id"))) {
                        reasons.computeIfAbsent(r.getLong("application_id"), k -> new ArrayList<>()).add(new ChosenReason(
                                value(Reason.class, r.getString("reason")), Columns.text(r, "note"),
                                r.getInt("in_my_control") == 1));
                    }
                }
            }
            try (ResultSet r = query(c, "SELECT * FROM reflection_step" + where, id)) {
                while (r.next()) {
                    steps.computeIfAbsent(r.getLong("application_id"), k -> new EnumMap<>(ReflectionStep.class))
                            .put(value(ReflectionStep.class, r.getString("step")), value(StepState.class, r.getString("state")));
                }
            }
        }

        /** The statement closes with its result set (closeOnCompletion). */
        private static ResultSet query(Connection c, String sql, Optional<Long> id) throws SQLException {
            PreparedStatement s = c.prepareStatement(sql);
            s.closeOnCompletion();
            if (id.isPresent()) {
                s.setLong(1, id.get());
            }
            return s.executeQuery();
        }
    }

    /** How {@code value} is stored: its name in lower case. */
    public static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The constant of {@code type} stored as {@code key}. */
    public static <E extends Enum<E>> E value(Class<E> type, String key) {
        return Enum.valueOf(type, key.toUpperCase(Locale.ROOT));
    }
}
