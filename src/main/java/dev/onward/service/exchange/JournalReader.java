package dev.onward.service.exchange;

import java.nio.file.Path;

/** Reads a whole-journal file (the JSON export) back into the journal's contents. */
public interface JournalReader {

    /**
     * Reads and checks every value of {@code file}.
     *
     * @throws ImportFileException when the file cannot be imported; it names the line and field
     */
    JournalContents read(Path file);
}
