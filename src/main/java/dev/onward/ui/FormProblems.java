package dev.onward.ui;

import dev.onward.domain.InvalidValueException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** What is wrong with a form as typed, field to message, in the order the fields were checked. */
public final class FormProblems {
    private final Map<String, String> messages = new LinkedHashMap<>();

    /** Notes {@code message} for {@code field}, in place of one noted before. */
    public void add(FormField field, String message) {
        messages.put(field.key(), message);
    }

    /** Notes {@code message} for {@code field} unless the field has one already. */
    public void addIfNone(FormField field, String message) {
        messages.putIfAbsent(field.key(), message);
    }

    /** The day {@code typed} holds, noting its problem for {@code field} when it has one. */
    public Optional<LocalDate> day(FormField field, DateField.Typed typed) {
        typed.problem().ifPresent(message -> add(field, message));
        return typed.day();
    }

    /**
     * The value {@code build} makes, or empty when the domain refuses it; then each of its
     * problems is noted, keeping a message already there for the same field.
     */
    public <T> Optional<T> build(Supplier<T> build) {
        try {
            return Optional.of(build.get());
        } catch (InvalidValueException e) {
            e.problems().forEach(p -> messages.putIfAbsent(p.field(), p.getMessage()));
            return Optional.empty();
        }
    }

    /** Whether nothing is wrong. */
    public boolean isEmpty() {
        return messages.isEmpty();
    }

    /** The message for {@code field}; empty when it has none. */
    public Optional<String> of(FormField field) {
        return Optional.ofNullable(messages.get(field.key()));
    }

    /** Field key to message, in the order checked. */
    Map<String, String> asMap() {
        return Collections.unmodifiableMap(messages);
    }
}
