package dev.onward.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the company said, kept apart from what the user thinks: when feedback was asked for and
 * from whom, when it came and its words, verbatim.
 *
 * @param askedOn the day the user asked
 * @param askedFrom who the user asked
 * @param receivedOn the day it came
 * @param text the feedback, verbatim
 */
public record Feedback(Optional<LocalDate> askedOn, Optional<String> askedFrom, Optional<LocalDate> receivedOn,
        Optional<String> text) {
    /** No feedback asked for or received. */
    public static final Feedback NONE = new Feedback(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    /** Longest feedback kept. */
    public static final int MAX_TEXT = 20_000;
    /** Longest "asked from". */
    public static final int MAX_WHO = 200;

    /** Validates lengths and that feedback is not received before it was asked for. */
    public Feedback {
        Objects.requireNonNull(askedOn, "askedOn");
        Objects.requireNonNull(receivedOn, "receivedOn");
        askedFrom = Fields.optional("feedbackFrom", askedFrom, MAX_WHO);
        text = Fields.optional("feedbackText", text, MAX_TEXT);
        if (askedOn.isPresent() && receivedOn.isPresent() && receivedOn.get().isBefore(askedOn.get())) {
            StoredValues.refuse(receivedOn, new InvalidValueException("feedbackReceivedOn",
                    Messages.text("field.feedbackReceivedOn.beforeAsked")));
        }
    }
}
