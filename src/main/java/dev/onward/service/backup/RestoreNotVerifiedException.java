package dev.onward.service.backup;

import dev.onward.service.StorageException;

/**
 * A restore ran, but the journal checked afterwards did not hold what the snapshot holds. The
 * message is a sentence a user can read.
 */
public final class RestoreNotVerifiedException extends StorageException {
    private final boolean journalChanged;

    /**
     * Creates it; {@code journalChanged} says whether the journal no longer holds what it held
     * before the restore either (when false, it is as it was).
     */
    public RestoreNotVerifiedException(String message, boolean journalChanged) {
        super(message, null);
        this.journalChanged = journalChanged;
    }

    /** Whether the journal is neither as it was nor as the snapshot: it must be put back from the copy taken before. */
    public boolean journalChanged() {
        return journalChanged;
    }
}
