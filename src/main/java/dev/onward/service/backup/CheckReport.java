package dev.onward.service.backup;

import java.util.List;

/**
 * What {@code onward check} found.
 *
 * @param integrityProblems what {@code PRAGMA integrity_check} reported; empty when it said ok
 * @param foreignKeyProblems one line per row {@code PRAGMA foreign_key_check} reported
 * @param schemaDifferences one sentence for each way the schema differs from the one the
 *     migrations make (an object another program added, dropped or changed); empty when it is Onward's own
 * @param unreadableDates one sentence for each stored day, moment or time of day Onward cannot
 *     read, naming its table, row and column
 * @param schemaVersion the journal's schema version
 * @param latestVersion the newest schema version this Onward knows
 */
public record CheckReport(List<String> integrityProblems, List<String> foreignKeyProblems,
        List<String> schemaDifferences, List<String> unreadableDates, int schemaVersion, int latestVersion) {
    /** Copies the lists. */
    public CheckReport {
        integrityProblems = List.copyOf(integrityProblems);
        foreignKeyProblems = List.copyOf(foreignKeyProblems);
        schemaDifferences = List.copyOf(schemaDifferences);
        unreadableDates = List.copyOf(unreadableDates);
    }

    /** Whether every check found nothing wrong. */
    public boolean healthy() {
        return integrityProblems.isEmpty() && foreignKeyProblems.isEmpty() && schemaDifferences.isEmpty()
                && unreadableDates.isEmpty();
    }
}
