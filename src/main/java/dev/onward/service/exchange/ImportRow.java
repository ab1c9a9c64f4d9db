package dev.onward.service.exchange;

import java.util.Objects;
import java.util.Optional;

/**
 * One row of a spreadsheet that can be imported.
 *
 * @param line the line it starts on in the file (from 1)
 * @param application the application it becomes
 * @param status the status word as written, when there was one
 * @param duplicate whether the journal (or an earlier row) already has the same company, role
 *     and applied day; a duplicate is skipped
 */
public record ImportRow(int line, NewApplication application, Optional<String> status, boolean duplicate) {
    /** Checks every part is present. */
    public ImportRow {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(status, "status");
    }

    /** A copy marked as a duplicate. */
    public ImportRow asDuplicate() {
        return new ImportRow(line, application, status, true);
    }
}
