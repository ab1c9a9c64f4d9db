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

    /** Validates every field; when several are wrong, the exception lists them all. */
    public Outcome {
        Problems problems = new Problems();
        if (kind == null) {
            problems.add(new InvalidValueException("outcomeKind", Messages.text("field.outcomeKind.required")));
        }
        if (date == null) {
            problems.add(new InvalidValueException("outcomeDate", Messages.text("field.outcomeDate.required")));
        }
        Objects.requireNonNull(endedAtKindId, "endedAtKindId");
        message = problems.check(v -> Fields.optional("message", v, MAX_MESSAGE), message, Optional.empty());
        problems.throwIfAny();
    }
}
