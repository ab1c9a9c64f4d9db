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
public final class Columns {
    private Columns() {
    }

    /** Binds {@code value} as text at {@code index}, or NULL when empty. */
    public static void text(PreparedStatement s, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            s.setString(index, value.get());
        } else {
            s.setNull(index, Types.VARCHAR);
        }
    }

    /** Binds {@code value} as an ISO day at {@code index}, or NULL when empty. */
    public static void day(PreparedStatement s, int index, Optional<LocalDate> value) throws SQLException {
        text(s, index, value.map(LocalDate::toString));
    }

    /** Binds {@code value} as an integer at {@code index}, or NULL when empty. */
    public static void integer(PreparedStatement s, int index, Optional<? extends Number> value) throws SQLException {
        if (value.isPresent()) {
            s.setLong(index, value.get().longValue());
        } else {
            s.setNull(index, Types.INTEGER);
        }
    }

    /** The text in {@code column}; empty when NULL. */
    public static Optional<String> text(ResultSet r, String column) throws SQLException {
        return Optional.ofNullable(r.getString(column));
    }

    /** The ISO day in {@code column}; empty when NULL. */
    public static Optional<LocalDate> day(ResultSet r, String column) throws SQLException {
        return text(r, column).map(IsoDates::day);
    }

    /** The ISO time of day in {@code column}; empty when NULL. */
    public static Optional<LocalTime> time(ResultSet r, String column) throws SQLException {
        return text(r, column).map(LocalTime::parse);
    }

    /** The ISO instant in {@code column}, which is never NULL. */
    public static Instant instant(ResultSet r, String column) throws SQLException {
        return IsoDates.instant(r.getString(column));
    }

    /** The integer in {@code column}; empty when NULL. */
    public static Optional<Long> integer(ResultSet r, String column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? Optional.empty() : Optional.of(value);
    }
}
