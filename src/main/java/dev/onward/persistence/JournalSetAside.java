package dev.onward.persistence;

import dev.onward.domain.Messages;
import dev.onward.persistence.backup.SqliteSnapshotsAndChecks;
import dev.onward.service.DataFolder;
import dev.onward.service.PrivateFiles;
import dev.onward.service.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Moves a journal file that cannot be opened (damaged, or written by a newer Onward) out of the
 * way, with its -wal and -shm files, so a snapshot can be restored in its place. Nothing is
 * deleted or changed: the file only gets a new name beside the old one, and can be put back.
 */
public final class JournalSetAside {
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmmss");

    private JournalSetAside() {
    }

    /** Renames {@code journal} to {@code onward.db.set-aside-YYYY-MM-DDTHHMMSS} and returns the new path. */
    public static Path setAside(Path journal, Clock clock) {
        Path aside = journal.resolveSibling(journal.getFileName() + ".set-aside-" + LocalDateTime.now(clock).format(MOMENT));
        move(journal, aside);
        return aside;
    }

    /**
     * Puts a copy of {@code snapshot} in the place of {@code journal}, a journal that cannot be
     * opened: the copy is checked (and brought up to date) first, then {@code journal} is set aside,
     * untouched, and the copy moved in. Returns where {@code journal} was set aside.
     *
     * @throws dev.onward.service.JournalFileException when {@code snapshot} is not a journal Onward
     *     can open; nothing has changed
     */
    public static Path replaceWith(Path journal, Path snapshot, Clock clock) {
        Path copy = journal.resolveSibling("." + journal.getFileName() + ".restoring");
        try {
            Files.copy(snapshot, copy, StandardCopyOption.REPLACE_EXISTING);
            PrivateFiles.restrict(copy);
            SqliteSnapshotsAndChecks.openCandidate(snapshot, copy);
            Path aside = setAside(journal, clock);
            try {
                move(copy, journal);
            } catch (StorageException e) {
                putBack(aside, journal);
                throw e;
            }
            return aside;
        } catch (IOException e) {
            throw new StorageException(Messages.text("backup.restoreFailed", snapshot), e);
        } finally {
            for (Path file : DataFolder.withSideFiles(copy)) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a leftover copy, hidden by its name, does no harm; the next rescue replaces it
                }
            }
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

    private static void move(Path from, Path to) {
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
}
