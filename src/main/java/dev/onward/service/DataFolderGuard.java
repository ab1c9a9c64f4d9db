package dev.onward.service;

import dev.onward.domain.Messages;
import dev.onward.service.backup.BackupService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps exports and snapshots out of the folder that holds the journal: written there, a file the
 * user chose could replace the journal itself, its write-ahead log, the lock or a snapshot (an
 * export named {@code onward.db} once replaced a whole journal with a spreadsheet).
 */
public final class DataFolderGuard {
    private DataFolderGuard() {
    }

    /**
     * Refuses {@code target} when it would go in the folder of {@code journal} or in its
     * {@code backups} folder, links followed.
     *
     * @throws StorageException naming {@code target}; nothing has been written
     */
    public static void refuseInside(Path target, Path journal) {
        Path folder = real(journal.toAbsolutePath().getParent());
        Path parent = target.toAbsolutePath().normalize().getParent();
        if (parent == null) {
            return;
        }
        Path where = real(parent);
        if (where.equals(folder) || where.equals(folder.resolve(BackupService.FOLDER))) {
            throw new StorageException(Messages.text("exchange.export.inDataFolder", target.toAbsolutePath().normalize()), null);
        }
    }

    /** {@code folder} with links resolved, or as written when it does not exist (yet). */
    private static Path real(Path folder) {
        try {
            return Files.exists(folder) ? folder.toRealPath() : folder.normalize();
        } catch (IOException e) {
            return folder.normalize();
        }
    }
}
