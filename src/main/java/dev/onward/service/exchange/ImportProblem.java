package dev.onward.service.exchange;

import java.util.Objects;
import java.util.Optional;

/**
 * Something wrong or worth knowing in a file being imported.
 *
 * @param line the line in the file (from 1), or 0 for the file as a whole
 * @param column the column's header it concerns, when one
 * @param message what is wrong and what to do, a sentence a user can read
 * @param blocking whether the import cannot go ahead until it is resolved
 */
public record ImportProblem(int line, Optional<String> column, String message, boolean blocking) {
    /** Checks every part is present. */
    public ImportProblem {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(message, "message");
    }

    /** A problem that stops the import. */
    public static ImportProblem blocking(int line, String column, String message) {
        return new ImportProblem(line, Optional.ofNullable(column), message, true);
    }

    /** A problem the import can go ahead with; the user should still know. */
    public static ImportProblem note(int line, String column, String message) {
        return new ImportProblem(line, Optional.ofNullable(column), message, false);
    }
}
