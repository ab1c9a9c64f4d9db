package dev.onward.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/** Turns domain values into SQLite columns and back: text, ISO-8601 dates and instants. */
final class Columns {
    private Columns() {
    }

    static void text(PreparedStatement s, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            s.setString(index, value.get());
        } else {
            s.setNull(index, Types.VARCHAR);
        }
    }

    static void day(PreparedStatement s, int index, Optional<LocalDate> value) throws SQLException {
        text(s, index, value.map(LocalDate::toString));
    }

    static void integer(PreparedStatement s, int index, Optional<? extends Number> value) throws SQLException {
        if (value.isPresent()) {
            s.setLong(index, value.get().longValue());
        } else {
            s.setNull(index, Types.INTEGER);
        }
    }

    static Optional<String> text(ResultSet r, String column) throws SQLException {
        return Optional.ofNullable(r.getString(column));
    }

    static Optional<LocalDate> day(ResultSet r, String column) throws SQLException {
        return text(r, column).map(IsoDates::day);
    }

    static Optional<LocalTime> time(ResultSet r, String column) throws SQLException {
        return text(r, column).map(LocalTime::parse);
    }

    static Instant instant(ResultSet r, String column) throws SQLException {
        return IsoDates.instant(r.getString(column));
    }

    static Optional<Long> integer(ResultSet r, String column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? Optional.empty() : Optional.of(value);
    }
}
