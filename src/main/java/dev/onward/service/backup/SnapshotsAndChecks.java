package dev.onward.service.backup;

import dev.onward.service.JournalFileException;
import java.nio.file.Path;

/**
 * The open journal as a file: online snapshots with SQLite's backup API, restoring one, and the
 * integrity check. Persistence implements it; {@link BackupService} owns when and where.
 */
public interface SnapshotsAndChecks {

    /** The journal file's path. */
    Path path();

    /**
     * Writes a consistent copy of the open journal to {@code target}, which must not exist yet or
     * be empty (made beforehand with the permissions the copy should have).
     */
    void snapshotTo(Path target);

    /**
     * Replaces the open journal's content with {@code source}'s, in place, and checks that the
     * journal then holds what {@code source} holds (brought up to date) before it returns.
     *
     * @throws JournalFileException when {@code source} is not a journal, is damaged or is too new;
     *     nothing has been changed then
     * @throws RestoreNotVerifiedException when the journal checked afterwards did not hold it; the
     *     exception says whether the journal is as it was
     */
    void restoreFrom(Path source);

    /** Runs SQLite's integrity and foreign key checks and reads the schema version. */
    CheckReport check();
}
