package dev.onward.service.insight;

import java.time.LocalDate;

/**
 * Something coming up: a scheduled stage or a day to get back in touch with someone.
 *
 * @param day the day
 * @param kind a stage or a keep-in-touch day
 * @param title what it is ("Final round — Acme Rockets", "Dana Ruiz")
 * @param id the application's id for a stage, the contact's id for a keep-in-touch day
 */
public record UpcomingItem(LocalDate day, Kind kind, String title, long id) {
    /** What sort of item. */
    public enum Kind {
        /** A scheduled stage of an application. */
        STAGE,
        /** A day to get back in touch with a contact. */
        KEEP_IN_TOUCH
    }
}
