package dev.onward.ui.reflect;

import dev.onward.domain.InvalidValueException;
import dev.onward.domain.Reflection;
import dev.onward.ui.FieldErrors;
import dev.onward.ui.FormField;
import java.util.Optional;

/** The reframe the user typed, checked as the journal checks it before the reflection to save takes it. */
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
            return base.withReframe(Optional.ofNullable(typed)).reframe();
        } catch (InvalidValueException e) {
            errors.show(FormField.REFRAME, e.getMessage());
            return base.reframe();
        }
    }
}
