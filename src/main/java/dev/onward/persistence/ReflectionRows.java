package dev.onward.persistence;

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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads and writes a reflection with its steps, feelings and reasons, inside a caller's transaction. */
final class ReflectionRows {
    private ReflectionRows() {
    }

    static Optional<Reflection> read(Connection c, long applicationId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM reflection WHERE application_id = ?")) {
            s.setLong(1, applicationId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(reflection(c, r)) : Optional.empty();
            }
        }
    }

    static List<Long> applicationIds(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT application_id FROM reflection ORDER BY updated DESC");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    static void write(Connection c, Reflection reflection) throws SQLException {
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

    private static Reflection reflection(Connection c, ResultSet r) throws SQLException {
        long id = r.getLong("application_id");
        Feedback feedback = new Feedback(Columns.day(r, "feedback_asked_on"), Columns.text(r, "feedback_asked_from"),
                Columns.day(r, "feedback_received_on"), Columns.text(r, "feedback_text"));
        return new Reflection(id, Columns.text(r, "arrival").map(v -> value(Arrival.class, v)), feelings(c, id),
                reasons(c, id), Columns.text(r, "reframe"), feedback, Columns.day(r, "gracious_reply_sent_on"),
                Columns.integer(r, "contact_id"), steps(c, id), value(ReflectionStep.class, r.getString("current_step")),
                Columns.instant(r, "updated"));
    }

    private static List<NamedFeeling> feelings(Connection c, long id) throws SQLException {
        List<NamedFeeling> feelings = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM reflection_feeling WHERE application_id = ? ORDER BY id")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    feelings.add(new NamedFeeling(value(Feeling.class, r.getString("feeling")), Columns.text(r, "own_words"),
                            new Intensity(r.getInt("intensity"))));
                }
            }
        }
        return feelings;
    }

    private static List<ChosenReason> reasons(Connection c, long id) throws SQLException {
        List<ChosenReason> reasons = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM reflection_reason WHERE application_id = ? ORDER BY id")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    reasons.add(new ChosenReason(value(Reason.class, r.getString("reason")), Columns.text(r, "note"),
                            r.getInt("in_my_control") == 1));
                }
            }
        }
        return reasons;
    }

    private static Map<ReflectionStep, StepState> steps(Connection c, long id) throws SQLException {
        Map<ReflectionStep, StepState> steps = new EnumMap<>(ReflectionStep.class);
        try (PreparedStatement s = c.prepareStatement("SELECT step, state FROM reflection_step WHERE application_id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    steps.put(value(ReflectionStep.class, r.getString(1)), value(StepState.class, r.getString(2)));
                }
            }
        }
        return steps;
    }

    static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E value(Class<E> type, String key) {
        return Enum.valueOf(type, key.toUpperCase(Locale.ROOT));
    }
}
