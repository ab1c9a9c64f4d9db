package dev.onward.persistence;

import dev.onward.domain.Messages;
import dev.onward.service.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Moves a journal file that cannot be opened (damaged, or written by a newer Onward) out of the
 * way, with its -wal and -shm files, so a snapshot can be restored in its place. Nothing is
 * deleted or changed: the file only gets a new name beside the old one, and can be put back.
 */
public final class JournalSetAside {
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmmss");
    private static final String[] SIDECARS = {"", "-wal", "-shm"};

    private JournalSetAside() {
    }

    /** Renames {@code journal} to {@code onward.db.set-aside-YYYY-MM-DDTHHMMSS} and returns the new path. */
    public static Path setAside(Path journal, Clock clock) {
        Path aside = journal.resolveSibling(journal.getFileName() + ".set-aside-" + LocalDateTime.now(clock).format(MOMENT));
        move(journal, aside);
        return aside;
    }

    /** Puts a journal set aside by {@link #setAside} back as {@code journal}, replacing what is there. */
    public static void putBack(Path aside, Path journal) {
        for (String suffix : SIDECARS) {
            try {
                Files.deleteIfExists(journal.resolveSibling(journal.getFileName() + suffix));
            } catch (IOException e) {
                throw new StorageException(Messages.text("backup.setAsideFailed", journal), e);
            }
        }
        move(aside, journal);
    }

    private static void move(Path from, Path to) {
        try {
            for (String suffix : SIDECARS) {
                Path source = from.resolveSibling(from.getFileName() + suffix);
                if (Files.exists(source)) {
                    Files.move(source, to.resolveSibling(to.getFileName() + suffix), StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (IOException e) {
            throw new StorageException(Messages.text("backup.setAsideFailed", from), e);
        }
    }
}
