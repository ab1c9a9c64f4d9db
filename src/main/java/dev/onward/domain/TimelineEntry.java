package dev.onward.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of an application's timeline: the day it was sent, a stage, a status change, or the
 * outcome.
 *
 * @param date the day
 * @param time the time of day, when known
 * @param kind what sort of line it is
 * @param title what happened, in words ("Final round", "Rejected")
 * @param stage the stage, for a stage line
 * @param outcome the outcome, for an outcome line
 */
public record TimelineEntry(
        LocalDate date,
        Optional<LocalTime> time,
        Kind kind,
        String title,
        Optional<Stage> stage,
        Optional<Outcome> outcome) {

    /** The sorts of line, in the order they are shown when they fall on the same day. */
    public enum Kind {
        /** The day the application was sent. */
        APPLIED,
        /** A logged stage. */
        STAGE,
        /** A change of status. */
        STATUS,
        /** How it ended. */
        OUTCOME
    }

    /** Checks every part is present. */
    public TimelineEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(outcome, "outcome");
    }
}
