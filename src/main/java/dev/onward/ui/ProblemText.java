package dev.onward.ui;

import dev.onward.domain.InvalidValueException;
import dev.onward.domain.Messages;
import dev.onward.service.JournalFileException;
import dev.onward.service.StorageException;
import dev.onward.service.exchange.ImportFileException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a screen says when work on the journal failed. Onward's own exceptions (a value it refuses,
 * a file it could not read or write, a file it cannot import or open) carry a sentence written for the
 * user, which shows as it is. Anything else is a bug or a technical fault whose text was not
 * written for the user: it goes to the log, and the user reads one plain sentence instead.
 */
public final class ProblemText {
    private static final Logger LOG = Logger.getLogger(ProblemText.class.getName());

    private ProblemText() {
    }

    /** The sentence to show for {@code failure}. */
    public static String of(Throwable failure) {
        if (isOurs(failure) && failure.getMessage() != null && !failure.getMessage().isBlank()) {
            return failure.getMessage();
        }
        LOG.log(Level.WARNING, "unexpected failure shown as a plain sentence", failure);
        return Messages.text("ui.problem.unknown");
    }

    /** Whether {@code failure} is one of Onward's own, whose message was written for the user. */
    public static boolean isOurs(Throwable failure) {
        return failure instanceof InvalidValueException || failure instanceof StorageException
                || failure instanceof ImportFileException || failure instanceof JournalFileException;
    }
}
