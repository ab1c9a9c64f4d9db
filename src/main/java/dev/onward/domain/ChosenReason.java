package dev.onward.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A reason the user thinks may lie behind the outcome, with an optional note.
 *
 * @param reason which reason
 * @param note the user's note; for {@link Reason#OTHER} the reason itself, required
 * @param inMyControl for {@link Reason#OTHER}, whether the user thinks it was in their control;
 *     ignored for the listed reasons
 */
public record ChosenReason(Reason reason, Optional<String> note, boolean inMyControl) {
    /** Longest note. */
    public static final int MAX_NOTE = 2_000;

    /** Requires the note for "other". */
    public ChosenReason {
        Objects.requireNonNull(reason, "reason");
        note = Fields.optional("reasonNote", note, MAX_NOTE);
        if (reason == Reason.OTHER && note.isEmpty()) {
            StoredValues.refuse(note, new InvalidValueException("reasonNote", Messages.text("field.reasonNote.required")));
        }
        if (reason != Reason.OTHER) {
            inMyControl = !reason.outsideMyControl();
        }
    }

    /** A listed reason without a note. */
    public static ChosenReason of(Reason reason) {
        return new ChosenReason(reason, Optional.empty(), !reason.outsideMyControl());
    }

    /** Whether this reason lies outside the user's control. */
    public boolean outsideMyControl() {
        return !inMyControl;
    }
}
