package dev.onward.service.backup;

import dev.onward.domain.Messages;
import dev.onward.service.DataFolderGuard;
import dev.onward.service.DiskFull;
import dev.onward.service.JournalChange;
import dev.onward.service.JournalChanges;
import dev.onward.service.JournalFileException;
import dev.onward.service.PrivateFiles;
import dev.onward.service.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Snapshots of the journal in {@code backups/} beside it: one a day the journal is used
 * ({@code onward-YYYY-MM-DD.db}), one whenever the user asks ({@code onward-YYYY-MM-DDTHHMMSS.db}),
 * the newest {@value #KEEP} of those kept, and a restore that snapshots the current journal first
 * ({@code onward-YYYY-MM-DDTHHMMSS-before-restore.db}, never removed by the rotation).
 */
public final class BackupService {
    /** How many snapshots are kept, besides those taken before a restore. */
    public static final int KEEP = 14;
    /** The folder, inside the data folder, that holds the snapshots. */
    public static final String FOLDER = "backups";

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmmss");

    private final SnapshotsAndChecks journal;
    private final Path folder;
    private final Clock clock;
    private final JournalChanges changes;
    private final SnapshotFolder snapshots;

    /**
     * Creates the service; snapshots go to {@code backups/} beside the journal file, and a restore
     * is announced to {@code changes} as a change of everything.
     */
    public BackupService(SnapshotsAndChecks journal, Clock clock, JournalChanges changes) {
        this.journal = journal;
        this.folder = journal.path().toAbsolutePath().resolveSibling(FOLDER);
        this.clock = clock;
        this.changes = changes;
        this.snapshots = new SnapshotFolder(folder, clock);
    }

    /** The backups folder. */
    public Path folder() {
        return folder;
    }

    /** Takes today's snapshot unless there is one already; returns it when one was taken. */
    public Optional<Snapshot> snapshotIfDue() {
        snapshots.removeLeftParts(); // also when none is due: the window asks at every start
        LocalDate day = LocalDate.now(clock);
        Path today = folder.resolve("onward-" + day + ".db");
        if (Files.isRegularFile(today, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (Files.exists(today, LinkOption.NOFOLLOW_LINKS)) {
            // Something that is not Onward's has the day's name (a folder, a link): the day's first
            // snapshot gets a name with the time instead, once.
            boolean taken = list().stream().anyMatch(s -> s.day().equals(day) && !s.beforeRestore());
            return taken ? Optional.empty() : Optional.of(snapshotNow());
        }
        return Optional.of(take(today, true));
    }

    /**
     * Takes a snapshot now, whether or not today has one, into the backups folder; returns it. A
     * second one within the same second replaces the first: the journal may have changed between.
     */
    public Snapshot snapshotNow() {
        return take(folder.resolve("onward-" + LocalDateTime.now(clock).format(MOMENT) + ".db"), true);
    }

    /**
     * Takes a snapshot now into {@code target} (outside the rotation), which must not exist and
     * must not be in the journal's own folder.
     */
    public void snapshotTo(Path target) {
        DataFolderGuard.refuseInside(target, journal.path());
        if (Files.exists(target)) {
            throw new StorageException(Messages.text("backup.exists", target), null);
        }
        Path part = partFor(target.toAbsolutePath());
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            throw new StorageException(Messages.text("backup.snapshotFailed", target), e);
        }
        writeWhole(part, target.toAbsolutePath(), false);
    }

    /**
     * Replaces the journal with {@code file}, after snapshotting the current journal into the
     * backups folder. Returns that snapshot.
     *
     * @throws JournalFileException when {@code file} is not a journal or is too new; nothing changed
     * @throws StorageException when it could not be restored, or the journal checked afterwards did
     *     not hold it; the journal is then as it was (or, should even putting it back fail, the
     *     message names the copy taken before)
     */
    public Snapshot restore(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new JournalFileException(file, JournalFileException.Reason.CANNOT_OPEN,
                    Messages.text("backup.missing", file), null);
        }
        String moment = LocalDateTime.now(clock).format(MOMENT);
        // Not rotated yet: the oldest snapshot may be the very file being restored.
        Snapshot before = take(folder.resolve("onward-" + moment + "-before-restore.db"), false);
        try {
            journal.restoreFrom(file.toAbsolutePath());
        } catch (RestoreNotVerifiedException e) {
            if (e.journalChanged()) {
                putBack(file, before);
            }
            deleteQuietly(before.file());
            throw e;
        } catch (StorageException e) {
            // the journal is unchanged: a copy of it would only pile up, as the rotation keeps such copies
            deleteQuietly(before.file());
            throw DiskFull.named(e, journal.path().toAbsolutePath().getParent());
        }
        snapshots.keepNewest(before.file());
        changes.announce(JournalChange.everything());
        return before;
    }

    /**
     * The restore of {@code file} left the journal holding neither the snapshot nor what it held:
     * puts {@code before}, taken just before, back (checked the same way) and says so. Always throws.
     */
    private void putBack(Path file, Snapshot before) {
        try {
            journal.restoreFrom(before.file());
        } catch (StorageException e) {
            throw new StorageException(Messages.text("backup.restoreNotPutBack", file.toAbsolutePath(), before.file()), e);
        } finally {
            changes.announce(JournalChange.everything());
        }
        throw new StorageException(Messages.text("backup.restoreUndone", file.toAbsolutePath()), null);
    }

    /** Every snapshot in the backups folder, newest first (by when each was taken, see ADR 0053). */
    public List<Snapshot> list() {
        return snapshots.list();
    }

    /**
     * The newest snapshot in the backups folder beside {@code journal}, if there is one and it can
     * be listed: also when the journal itself cannot be opened, to offer it instead.
     */
    public static Optional<Snapshot> newestBeside(Path journal) {
        try {
            return listIn(journal.toAbsolutePath().resolveSibling(FOLDER)).stream().findFirst();
        } catch (StorageException e) {
            return Optional.empty();
        }
    }

    /**
     * Every snapshot in {@code folder}, newest first, "now" being the system clock's: also when the
     * journal beside it cannot be opened, to offer one instead.
     */
    public static List<Snapshot> listIn(Path folder) {
        return new SnapshotFolder(folder, Clock.systemDefaultZone()).list();
    }

    /**
     * Snapshots the journal into {@code target}, replacing it if it is there. The snapshot is
     * written beside it and moved into place whole, so a snapshot cut short is never listed.
     */
    private Snapshot take(Path target, boolean rotate) {
        Path part = partFor(target);
        try {
            PrivateFiles.createFolder(folder);
            PrivateFiles.restrictFolder(folder); // one made before Onward did this was open to all
            Files.deleteIfExists(part);
        } catch (IOException e) {
            throw DiskFull.named(new StorageException(Messages.text("backup.folderFailed", folder), e), folder);
        }
        snapshots.removeLeftParts();
        writeWhole(part, target, true);
        if (rotate) {
            snapshots.keepNewest(target);
        }
        return snapshots.described(target);
    }

    private static Path partFor(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".part");
    }

    /**
     * Snapshots the journal into {@code part}, made first for the user's eyes only, then moves it
     * to {@code target} whole (over an older one only when {@code replace}).
     */
    private void writeWhole(Path part, Path target, boolean replace) {
        try {
            PrivateFiles.create(part);
            journal.snapshotTo(part);
            if (replace) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.move(part, target);
            }
        } catch (IOException e) {
            deleteQuietly(part);
            throw DiskFull.named(new StorageException(Messages.text("backup.snapshotFailed", target), e), target.getParent());
        } catch (RuntimeException e) {
            deleteQuietly(part);
            throw DiskFull.named(e, target.getParent());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // an extra snapshot is harmless; the rotation removes it in time
        }
    }

}
