package dev.onward.service;

import java.nio.file.Path;

/**
 * The journal file cannot be opened as it is: it is not a database, it was written by a newer
 * Onward, or it cannot be read. The file has not been changed; the message says what to do.
 */
public final class JournalFileException extends StorageException {
    /** Why the file was refused. */
    public enum Reason {
        /** The file is not an SQLite database (or is damaged beyond opening). */
        NOT_A_JOURNAL,
        /** The file was written by a newer version of Onward. */
        TOO_NEW,
        /** The file or its folder cannot be read or written. */
        CANNOT_OPEN
    }

    private final Path file;
    private final Reason reason;

    /** Creates the exception for {@code file}. */
    public JournalFileException(Path file, Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.reason = reason;
    }

    /** The file that was refused. */
    public Path file() {
        return file;
    }

    /** Why it was refused. */
    public Reason reason() {
        return reason;
    }
}
