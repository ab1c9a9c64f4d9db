package dev.onward.ui;

import dev.onward.domain.InvalidValueException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The message shown next to each field of a form, keyed by the field's name as the domain names
 * it ({@code "company"}, {@code "applied"}, ...). A field with no problem has an empty message.
 * A problem with no field of its own goes to {@link #FORM}.
 */
public final class FieldErrors {
    /** The key for a message about the whole form rather than one field. */
    public static final String FORM = "form";

    private final Map<String, ReadOnlyStringWrapper> messages = new HashMap<>();
    private final ReadOnlyIntegerWrapper shown = new ReadOnlyIntegerWrapper(this, "shown", 0);

    /** The message for {@code field}; empty when there is none. */
    public ReadOnlyStringProperty of(String field) {
        return wrapper(field).getReadOnlyProperty();
    }

    /** The message for {@code field}; empty when there is none. */
    public ReadOnlyStringProperty of(FormField field) {
        return of(field.key());
    }

    /** The message about the whole form rather than one field; empty when there is none. */
    public ReadOnlyStringProperty ofForm() {
        return of(FORM);
    }

    /** Shows {@code message} next to {@code field}, or next to the form when the form has no such field. */
    public void show(String field, String message) {
        set(field, message);
        shown.set(shown.get() + 1);
    }

    /** Shows {@code message} next to {@code field}. */
    public void show(FormField field, String message) {
        show(field.key(), message);
    }

    /** Shows every problem the domain found next to the field it names. */
    public void show(InvalidValueException problem) {
        problem.problems().forEach(p -> set(p.field(), p.getMessage()));
        shown.set(shown.get() + 1);
    }

    /**
     * Replaces every message by {@code problems} (in reading order), all at once,
     * so the user sees each wrong field after one save.
     */
    public void showAll(FormProblems problems) {
        clear();
        problems.asMap().forEach(this::set);
        shown.set(shown.get() + 1);
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

    /**
     * Keeps {@code field}'s message true while the user edits it: whenever {@code value} changes
     * and a message shows, {@code check} runs again and the message becomes what it finds for the
     * field, or disappears when the field is now right.
     */
    public void recheckOnEdit(FormField field, ObservableValue<?> value, Supplier<FormProblems> check) {
        value.addListener((obs, old, now) -> {
            ReadOnlyStringWrapper message = wrapper(field.key());
            if (!message.get().isEmpty()) {
                message.set(check.get().of(field).orElse(""));
            }
        });
    }

    /** Whether a message shows next to {@code field}. */
    public boolean showing(String field) {
        return !of(field).get().isEmpty();
    }

    /** Whether a message shows next to {@code field}. */
    public boolean showing(FormField field) {
        return showing(field.key());
    }

    /** Removes every message. */
    public void clear() {
        messages.values().forEach(m -> m.set(""));
    }

    /** Whether any message is showing. */
    public boolean any() {
        return messages.values().stream().anyMatch(m -> !m.get().isEmpty());
    }

    /** Counts the times messages were shown after a save, so a view can put the cursor in the first wrong field. */
    public ReadOnlyIntegerProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Declares the fields the form has, so messages for them show beside them. */
    public FieldErrors declare(String... fields) {
        for (String field : fields) {
            wrapper(field);
        }
        wrapper(FORM);
        return this;
    }

    /** Declares the fields the form has, so messages for them show beside them. */
    public FieldErrors declare(FormField... fields) {
        for (FormField field : fields) {
            wrapper(field.key());
        }
        wrapper(FORM);
        return this;
    }

    private void set(String field, String message) {
        String key = messages.containsKey(field) ? field : FORM;
        ReadOnlyStringWrapper target = wrapper(key);
        boolean more = key.equals(FORM) && !target.get().isEmpty() && !target.get().equals(message);
        target.set(more ? target.get() + "\n" + message : message);
    }

    private ReadOnlyStringWrapper wrapper(String field) {
        return messages.computeIfAbsent(field, f -> new ReadOnlyStringWrapper(this, f, ""));
    }
}
