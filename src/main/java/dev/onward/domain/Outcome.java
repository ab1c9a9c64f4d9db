package dev.onward.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How an application ended.
 *
 * @param kind offer, rejected, ghosted or withdrew
 * @param date the day it ended (for no reply: the day the user gave up waiting)
 * @param endedAtKindId the kind of stage it ended at, when known
 * @param message the message received, verbatim
 */
public record Outcome(OutcomeKind kind, LocalDate date, Optional<Long> endedAtKindId, Optional<String> message) {
    /** Longest message kept. */
    public static final int MAX_MESSAGE = 20_000;

    /** Validates every field. */
    public Outcome {
        if (kind == null) {
            throw new InvalidValueException("outcomeKind", Messages.text("field.outcomeKind.required"));
        }
        if (date == null) {
            throw new InvalidValueException("outcomeDate", Messages.text("field.outcomeDate.required"));
        }
        Objects.requireNonNull(endedAtKindId, "endedAtKindId");
        message = Fields.optional("message", message, MAX_MESSAGE);
    }
}
