package dev.onward.service;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Opens the journal in a data folder: the one way the window, every command and the tests get a
 * {@link Journal}. The composition root implements it; the command line is handed one.
 */
public interface JournalOpener {

    /**
     * Opens (creating when needed) the journal in {@code folder}, checked for damage first;
     * {@code clock} says what "now" is.
     *
     * @throws JournalFileException when the file is refused; it has not been changed
     */
    Journal open(Path folder, Clock clock);

    /**
     * Opens the journal in {@code folder} like {@link #open}, but only when there is one: a command
     * that only reads creates nothing, not even the folder.
     *
     * @throws NoJournalException when {@code folder} holds no journal
     * @throws JournalFileException when the file is refused; it has not been changed
     */
    Journal openIfThere(Path folder, Clock clock);

    /**
     * The way out of a journal in {@code folder} that cannot be opened (damaged, or from a newer
     * Onward): a checked copy of {@code snapshot} goes in its place, the refused file is set aside
     * beside it, untouched, and the journal opens. Nothing has changed when it throws.
     *
     * @throws JournalFileException when {@code snapshot} is not a journal this Onward can open
     */
    RescuedJournal restoreInstead(Path folder, Path snapshot, Clock clock);
}
