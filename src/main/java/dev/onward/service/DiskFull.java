package dev.onward.service;

import dev.onward.domain.Messages;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Tells a full disk from other failures to write, so the user is told to make room instead of
 * to try again: the operating system's "No space left on device" (or Windows' "not enough space
 * on the disk") on a file, or SQLite's {@code SQLITE_FULL}, anywhere among the causes.
 */
public final class DiskFull {
    private DiskFull() {
    }

    /** Whether {@code failure}, or anything that caused it, says the disk is full. */
    public static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String said = t instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : t.getMessage();
            if (said != null && saysFull(said.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code failure} as the user should hear it: that the disk holding {@code folder} is full when
     * it is, else {@code failure} itself.
     */
    public static RuntimeException named(RuntimeException failure, Path folder) {
        return causes(failure) ? new StorageException(Messages.text("backup.diskFull", folder), failure) : failure;
    }

    private static boolean saysFull(String said) {
        return said.contains("no space left on device") || said.contains("not enough space on the disk")
                || said.contains("sqlite_full") || said.contains("database or disk is full")
                || said.contains("disk quota exceeded");
    }
}
