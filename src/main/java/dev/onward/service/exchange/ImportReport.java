package dev.onward.service.exchange;

import java.util.List;

/**
 * What an import did (or, for a dry run, would do).
 *
 * @param added how many applications were (or would be) added
 * @param duplicates how many rows were skipped because the journal already had them
 * @param notes problems the import went ahead with, for the user to read
 * @param written whether anything was written; false for a dry run
 */
public record ImportReport(int added, int duplicates, List<ImportProblem> notes, boolean written) {
    /** Copies the notes. */
    public ImportReport {
        notes = List.copyOf(notes);
    }
}
