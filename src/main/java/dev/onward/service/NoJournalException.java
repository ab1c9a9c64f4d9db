package dev.onward.service;

import dev.onward.domain.Messages;
import java.nio.file.Path;

/** There is no journal in the folder a command that only reads was given; nothing was created. */
public final class NoJournalException extends StorageException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception for {@code folder}. */
    public NoJournalException(Path folder) {
        super(Messages.text("storage.noJournal", folder), null);
    }
}
