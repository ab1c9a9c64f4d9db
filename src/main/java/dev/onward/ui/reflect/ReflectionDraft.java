package dev.onward.ui.reflect;

import dev.onward.domain.InvalidValueException;
import dev.onward.domain.Reflection;
import dev.onward.ui.FieldErrors;
import java.util.List;
import java.util.Optional;

/** Small pieces of building the reflection to save from what the user typed. */
final class ReflectionDraft {
    private ReflectionDraft() {
    }

    /**
     * The reframe {@code typed}, checked as the journal would check it; when it is refused (too long)
     * the message goes to {@code errors} and the saved one in {@code base} is kept.
     */
    static Optional<String> reframe(Reflection base, String typed, FieldErrors errors) {
        errors.clear();
        try {
            return new Reflection(base.applicationId(), base.arrival(), List.of(), List.of(), Optional.ofNullable(typed),
                    base.feedback(), Optional.empty(), Optional.empty(), base.steps(), base.currentStep(),
                    base.updated()).reframe();
        } catch (InvalidValueException e) {
            errors.show("reframe", e.getMessage());
            return base.reframe();
        }
    }

    /** {@code r} linked to contact {@code contactId}. */
    static Reflection withContact(Reflection r, long contactId) {
        return new Reflection(r.applicationId(), r.arrival(), r.feelings(), r.reasons(), r.reframe(), r.feedback(),
                r.graciousReplySentOn(), Optional.of(contactId), r.steps(), r.currentStep(), r.updated());
    }
}
