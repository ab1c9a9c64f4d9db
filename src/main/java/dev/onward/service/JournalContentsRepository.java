package dev.onward.service;

import java.time.Instant;
import java.util.List;

/**
 * The whole journal at once, for exports and imports. Each method is one transaction: it all
 * lands or none of it does.
 */
public interface JournalContentsRepository {

    /** Everything the journal holds, read in one consistent pass. */
    JournalContents readAll();

    /** How many applications the journal holds. */
    int countApplications();

    /**
     * Replaces the kinds of stage and adds every application with the ids, stages, outcomes and
     * status history it carries. Only for a journal that holds no application yet.
     */
    void replaceAll(JournalContents contents);

    /** Adds every application, each active from {@code now} and then ended as its outcome says. */
    void addAll(List<NewApplication> applications, Instant now);
}
