package dev.onward.persistence;

import dev.onward.domain.Messages;
import dev.onward.persistence.backup.JournalContent;
import dev.onward.persistence.backup.SqliteSnapshotsAndChecks;
import dev.onward.service.DataFolder;
import dev.onward.service.DiskFull;
import dev.onward.service.PrivateFiles;
import dev.onward.service.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Moves a journal file that cannot be opened (damaged, or written by a newer Onward) out of the
 * way, with its -wal and -shm files, so a snapshot can be restored in its place. Nothing is
 * deleted or changed: the file only gets a new name beside the old one, and can be put back.
 *
 * <p>The snapshot goes in through two hidden copies beside the journal: {@link #preparingCopy}
 * while it is copied, opened and checked (it may be cut short), then {@link #readyCopy} once it
 * holds what the snapshot holds. Only a ready copy is ever moved in, in one rename; a start after
 * a restore was cut short finds what was left ({@link InterruptedRestore}).
 */
public final class JournalSetAside {
    /** What a journal set aside is named after: {@code onward.db.set-aside-YYYY-MM-DDTHHMMSS}. */
    static final String SET_ASIDE = ".set-aside-";
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmmss");

    private JournalSetAside() {
    }

    /** The hidden copy of a snapshot being made and checked to go in place of {@code journal}: may be cut short. */
    public static Path preparingCopy(Path journal) {
        return journal.resolveSibling("." + journal.getFileName() + ".restoring");
    }

    /** The hidden copy of a snapshot that has been checked and is ready to go in place of {@code journal}. */
    public static Path readyCopy(Path journal) {
        return journal.resolveSibling("." + journal.getFileName() + ".restored");
    }

    /** Renames {@code journal} to {@code onward.db.set-aside-YYYY-MM-DDTHHMMSS} and returns the new path. */
    public static Path setAside(Path journal, Clock clock) {
        Path aside = journal.resolveSibling(journal.getFileName() + SET_ASIDE + LocalDateTime.now(clock).format(MOMENT));
        move(journal, aside);
        return aside;
    }

    /**
     * Puts a copy of {@code snapshot} in the place of {@code journal}, a journal that cannot be
     * opened: the copy is checked (and brought up to date) first, then {@code journal} is set aside,
     * untouched, the copy moved in, and the journal checked to hold what the copy held. Returns
     * where {@code journal} was set aside.
     *
     * @throws dev.onward.service.JournalFileException when {@code snapshot} is not a journal Onward
     *     can open; nothing has changed
     * @throws StorageException when the copy could not be made or put in place; {@code journal} is as it was
     */
    public static Path replaceWith(Path journal, Path snapshot, Clock clock) {
        Path preparing = preparingCopy(journal);
        Path ready = readyCopy(journal);
        try {
            deleteWithSideFiles(preparing);
            deleteWithSideFiles(ready);
            Files.copy(snapshot, preparing, StandardCopyOption.REPLACE_EXISTING);
            PrivateFiles.restrict(preparing);
            SqliteSnapshotsAndChecks.openCandidate(snapshot, preparing);
            JournalContent expected = JournalContent.of(preparing);
            move(preparing, ready);
            Path aside = setAside(journal, clock);
            StorageException failed = null;
            try {
                move(ready, journal);
            } catch (StorageException e) {
                failed = e; // unless another Onward, starting just now, has moved the ready copy in: see below
            }
            if (!holds(journal, expected)) {
                putBack(aside, journal);
                throw failed != null ? failed : new StorageException(Messages.text("backup.rescueNotTaken", snapshot), null);
            }
            return aside;
        } catch (IOException e) {
            throw DiskFull.named(new StorageException(Messages.text("backup.restoreFailed", snapshot), e), journal.toAbsolutePath().getParent());
        } catch (RuntimeException e) {
            throw DiskFull.named(e, journal.toAbsolutePath().getParent());
        } finally {
            deleteQuietly(preparing);
            deleteQuietly(ready);
        }
    }

    /** Whether {@code journal}, just moved in, is intact and holds {@code expected}. */
    static boolean holds(Path journal, JournalContent expected) {
        if (!Files.isRegularFile(journal)) {
            return false;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + journal.toAbsolutePath() + "?open_mode=1")) {
            return JournalContent.of(c).equals(expected) && JournalContent.intact(c);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Puts a journal set aside by {@link #setAside} back as {@code journal}, replacing what is there. */
    public static void putBack(Path aside, Path journal) {
        for (Path file : DataFolder.withSideFiles(journal)) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new StorageException(Messages.text("backup.setAsideFailed", journal), e);
            }
        }
        move(aside, journal);
    }

    /** Moves {@code from} and the files SQLite keeps beside it to {@code to}, each in one rename. */
    static void move(Path from, Path to) {
        try {
            List<Path> sources = DataFolder.withSideFiles(from);
            List<Path> targets = DataFolder.withSideFiles(to);
            for (int i = 0; i < sources.size(); i++) {
                if (Files.exists(sources.get(i))) {
                    Files.move(sources.get(i), targets.get(i), StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (IOException e) {
            throw new StorageException(Messages.text("backup.setAsideFailed", from), e);
        }
    }

    /** Deletes {@code copy} and the files SQLite keeps beside it. */
    static void deleteWithSideFiles(Path copy) throws IOException {
        for (Path file : DataFolder.withSideFiles(copy)) {
            Files.deleteIfExists(file);
        }
    }

    private static void deleteQuietly(Path copy) {
        try {
            deleteWithSideFiles(copy);
        } catch (IOException e) {
            // a leftover copy, hidden by its name, does no harm; the next start or rescue removes it
        }
    }
}
