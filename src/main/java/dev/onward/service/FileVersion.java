package dev.onward.service;

/**
 * Whether someone else has written to the journal file: a number that changes whenever another
 * connection to it (a command in another process, say) commits, and stays the same for the
 * journal's own writes. Only a change means anything; the number itself says nothing.
 */
@FunctionalInterface
public interface FileVersion {
    /**
     * The number now.
     *
     * @throws StorageException when the file cannot be read (e.g. the journal has closed)
     */
    long read();
}
