package dev.onward.service.insight;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Something coming up: a scheduled stage or a day to get back in touch with someone.
 *
 * @param day the day
 * @param kind a stage or a keep-in-touch day
 * @param title what it is ("Final round — Acme Rockets", "Dana Ruiz")
 * @param id the application's id for a stage, the contact's id for a keep-in-touch day
 * @param stageKindId the kind of stage, for a stage
 */
public record UpcomingItem(LocalDate day, Kind kind, String title, long id, Optional<Long> stageKindId) {
    /** Checks every part is present. */
    public UpcomingItem {
        Objects.requireNonNull(stageKindId, "stageKindId");
    }

    /** A keep-in-touch day, or a stage whose kind does not matter here. */
    public UpcomingItem(LocalDate day, Kind kind, String title, long id) {
        this(day, kind, title, id, Optional.empty());
    }

    /** What sort of item. */
    public enum Kind {
        /** A scheduled stage of an application. */
        STAGE,
        /** A day to get back in touch with a contact. */
        KEEP_IN_TOUCH
    }
}
