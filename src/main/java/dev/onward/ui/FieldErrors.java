package dev.onward.ui;

import dev.onward.domain.InvalidValueException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The message shown next to each field of a form, keyed by the field's name as the domain names
 * it ({@code "company"}, {@code "applied"}, ...). A field with no problem has an empty message.
 * A problem with no field of its own goes to {@link #FORM}.
 */
public final class FieldErrors {
    /** The key for a message about the whole form rather than one field. */
    public static final String FORM = "form";

    private final Map<String, ReadOnlyStringWrapper> messages = new HashMap<>();

    /** The message for {@code field}; empty when there is none. */
    public ReadOnlyStringProperty of(String field) {
        return wrapper(field).getReadOnlyProperty();
    }

    /** Shows {@code message} next to {@code field}, or next to the form when the form has no such field. */
    public void show(String field, String message) {
        String key = messages.containsKey(field) ? field : FORM;
        wrapper(key).set(message);
    }

    /** Shows the domain's refusal next to the field it names. */
    public void show(InvalidValueException problem) {
        show(problem.field(), problem.getMessage());
    }

    /**
     * The value {@code build} makes, or empty when the domain refuses it; the refusal's message is
     * then shown next to the field it names. Forms build their records through this.
     */
    public <T> Optional<T> attempt(Supplier<T> build) {
        try {
            return Optional.of(build.get());
        } catch (InvalidValueException e) {
            show(e);
            return Optional.empty();
        }
    }

    /** Removes every message. */
    public void clear() {
        messages.values().forEach(m -> m.set(""));
    }

    /** Whether any message is showing. */
    public boolean any() {
        return messages.values().stream().anyMatch(m -> !m.get().isEmpty());
    }

    /** Declares the fields the form has, so messages for them show beside them. */
    public FieldErrors declare(String... fields) {
        for (String field : fields) {
            wrapper(field);
        }
        wrapper(FORM);
        return this;
    }

    private ReadOnlyStringWrapper wrapper(String field) {
        return messages.computeIfAbsent(field, f -> new ReadOnlyStringWrapper(this, f, ""));
    }
}
