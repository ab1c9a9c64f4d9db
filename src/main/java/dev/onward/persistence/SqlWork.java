package dev.onward.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of work done with the journal's connection. */
@FunctionalInterface
public interface SqlWork<T> {
    /** Does the work; may throw what JDBC throws. */
    T run(Connection connection) throws SQLException;
}
