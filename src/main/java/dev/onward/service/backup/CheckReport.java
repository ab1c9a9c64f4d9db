package dev.onward.service.backup;

import java.util.List;

/**
 * What {@code onward check} found.
 *
 * @param integrityProblems what {@code PRAGMA integrity_check} reported; empty when it said ok
 * @param foreignKeyProblems one line per row {@code PRAGMA foreign_key_check} reported
 * @param schemaVersion the journal's schema version
 * @param latestVersion the newest schema version this Onward knows
 */
public record CheckReport(List<String> integrityProblems, List<String> foreignKeyProblems, int schemaVersion,
        int latestVersion) {
    /** Copies the lists. */
    public CheckReport {
        integrityProblems = List.copyOf(integrityProblems);
        foreignKeyProblems = List.copyOf(foreignKeyProblems);
    }

    /** Whether both checks found nothing wrong. */
    public boolean healthy() {
        return integrityProblems.isEmpty() && foreignKeyProblems.isEmpty();
    }
}
