package dev.onward.service.search;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One item a {@link SearchIndex} found, with what a result needs to be shown and opened.
 *
 * @param kind what kind of item it is
 * @param itemId the item's id (for an outcome, a reflection or feedback: its application's id)
 * @param applicationId the application the item belongs to, when it belongs to one
 * @param company that application's company
 * @param role that application's role
 * @param heading a stage's kind, an outcome's kind key, a lesson's theme key, a contact's name
 * @param day the item's day, used to put the most recent first among equal matches
 * @param snippet the text around the match, marked
 */
public record SearchHit(
        SearchKind kind,
        long itemId,
        Optional<Long> applicationId,
        Optional<String> company,
        Optional<String> role,
        Optional<String> heading,
        Optional<LocalDate> day,
        Snippet snippet) {

    /** Requires every part; optional parts are {@code Optional}, never null. */
    public SearchHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(snippet, "snippet");
    }
}
