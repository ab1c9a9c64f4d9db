package dev.onward.service.search;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One search result as the user sees it, with the ids a screen needs to open the item.
 *
 * @param kind what kind of item it is
 * @param itemId the item's id (for an outcome, a reflection or feedback: its application's id)
 * @param applicationId the application to open, when the item belongs to one
 * @param title what the result is about, e.g. "Acme Rockets — Junior Developer"
 * @param detail which part of it, e.g. "Team interview" for a stage or "Rejected" for an outcome
 * @param day the item's day
 * @param snippet the text around the match, with the match marked
 */
public record SearchResult(
        SearchKind kind,
        long itemId,
        Optional<Long> applicationId,
        String title,
        Optional<String> detail,
        Optional<LocalDate> day,
        Snippet snippet) {

    /** Requires every part; optional parts are {@code Optional}, never null. */
    public SearchResult {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(snippet, "snippet");
    }
}
