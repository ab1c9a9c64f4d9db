package dev.onward.testutil;

import dev.onward.domain.Outcome;
import dev.onward.domain.OutcomeKind;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Builds {@link Outcome}s for tests: valid by default (a rejection on 2 April 2026, after
 * {@link ApplicationDetailsBuilder}'s applied day, with no stage and no message), change only what matters.
 */
public final class OutcomeBuilder {
    private OutcomeKind kind = OutcomeKind.REJECTED;
    private LocalDate date = LocalDate.of(2026, 4, 2);
    private Optional<Long> endedAtKindId = Optional.empty();
    private Optional<String> message = Optional.empty();

    /** Starts from a valid rejection. */
    public static OutcomeBuilder anOutcome() {
        return new OutcomeBuilder();
    }

    /** Sets how it ended. */
    public OutcomeBuilder kind(OutcomeKind value) {
        kind = value;
        return this;
    }

    /** Ends with an offer. */
    public OutcomeBuilder offer() {
        return kind(OutcomeKind.OFFER);
    }

    /** Ends with a rejection. */
    public OutcomeBuilder rejected() {
        return kind(OutcomeKind.REJECTED);
    }

    /** Ends with no reply. */
    public OutcomeBuilder ghosted() {
        return kind(OutcomeKind.GHOSTED);
    }

    /** Ends with the user withdrawing. */
    public OutcomeBuilder withdrew() {
        return kind(OutcomeKind.WITHDREW);
    }

    /** Sets the day it ended. */
    public OutcomeBuilder on(LocalDate day) {
        date = day;
        return this;
    }

    /** Sets the kind of stage it ended at; null for not known. */
    public OutcomeBuilder endedAt(Long kindId) {
        endedAtKindId = Optional.ofNullable(kindId);
        return this;
    }

    /** Sets the message received; null for none. */
    public OutcomeBuilder message(String value) {
        message = Optional.ofNullable(value);
        return this;
    }

    /** The outcome; throws like the record would for invalid values. */
    public Outcome build() {
        return new Outcome(kind, date, endedAtKindId, message);
    }
}
