package dev.onward.service.exchange;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The whole journal at once, for exports and imports. Each method is one transaction: it all
 * lands or none of it does.
 */
public interface JournalContentsRepository {

    /** The file the journal is kept in. */
    Path file();

    /** Everything the journal holds, read in one consistent pass. */
    JournalContents readAll();

    /** How many things a user wrote the journal holds: applications, contacts and lessons. */
    int countEntries();

    /**
     * Replaces the kinds of stage and adds everything else {@code contents} holds with the ids it
     * carries. Only for a journal with no entries yet ({@link #countEntries()} is 0).
     */
    void replaceAll(JournalContents contents);

    /** Adds every application, each active from {@code now} and then ended as its outcome says. */
    void addAll(List<NewApplication> applications, Instant now);
}
