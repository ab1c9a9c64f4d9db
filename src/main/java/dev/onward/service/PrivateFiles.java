package dev.onward.service;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The one way Onward makes a file or folder that only the user may read: the journal, its
 * SQLite side files, snapshots and exports hold the journal's words. 0600 for files and 0700 for
 * folders where the file system has POSIX permissions; elsewhere the folder's own rules apply.
 */
public final class PrivateFiles {
    private static final String OWNER_ONLY_FILE = "rw-------";
    private static final String OWNER_ONLY_FOLDER = "rwx------";

    private PrivateFiles() {
    }

    /** Creates {@code file} empty, readable by the user only; it must not exist. */
    public static void create(Path file) throws IOException {
        Files.createFile(file, ownerOnly(OWNER_ONLY_FILE));
    }

    /** Creates {@code folder} and any missing parents, the folder itself open to the user only. */
    public static void createFolder(Path folder) throws IOException {
        Files.createDirectories(folder, ownerOnly(OWNER_ONLY_FOLDER));
    }

    /** Narrows an existing {@code file} to the user only; does nothing where there are no POSIX permissions. */
    public static void restrict(Path file) throws IOException {
        if (isPosix()) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(OWNER_ONLY_FILE));
        }
    }

    /** Narrows an existing {@code folder} to the user only; does nothing where there are no POSIX permissions. */
    public static void restrictFolder(Path folder) throws IOException {
        if (isPosix()) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString(OWNER_ONLY_FOLDER));
        }
    }

    /** Whether the default file system has POSIX permissions. */
    public static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static FileAttribute<?>[] ownerOnly(String permissions) {
        return isPosix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
                : new FileAttribute<?>[0];
    }
}
