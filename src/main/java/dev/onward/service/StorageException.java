package dev.onward.service;

/**
 * The journal file could not be read or written. The message is a sentence a user can read; the
 * cause keeps the technical detail for the log.
 */
public class StorageException extends RuntimeException {
    /** Creates the exception with a user-readable message and its technical cause. */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
