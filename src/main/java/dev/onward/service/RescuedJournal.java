package dev.onward.service;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A journal opened again from a snapshot after its file was refused, and where that file went.
 *
 * @param journal the journal, open on the restored snapshot
 * @param setAside the refused file, renamed beside it and left as it was
 */
public record RescuedJournal(Journal journal, Path setAside) {
    /** Both parts are required. */
    public RescuedJournal {
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(setAside, "setAside");
    }
}
