package dev.onward.ui;

import dev.onward.domain.InvalidValueException;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;

/**
 * The checking every form shares: it builds the form's value from what is typed, or shows every
 * wrong field's message at once (each field keeps its text), and keeps a message true while its
 * field is edited. A form's view model gives it the one function that reads its fields.
 *
 * @param <T> what the form makes, e.g. {@code StageDetails}
 */
public final class FormModel<T> {
    private final FieldErrors errors = new FieldErrors();
    private final Function<FormProblems, Optional<T>> build;

    /**
     * A form with {@code fields}, in reading order, that {@code build} reads: it gives the value as
     * typed and notes in the problems it is handed whatever is wrong.
     */
    public FormModel(Function<FormProblems, Optional<T>> build, FormField... fields) {
        this.build = build;
        errors.declare(fields);
    }

    /** The value as typed, or empty with every wrong field's message showing next to it at once. */
    public Optional<T> submit() {
        FormProblems problems = new FormProblems();
        Optional<T> value = build.apply(problems);
        errors.showAll(problems);
        return problems.isEmpty() ? value : Optional.empty();
    }

    /** What is wrong with the fields as typed; shows nothing. */
    public FormProblems check() {
        FormProblems problems = new FormProblems();
        build.apply(problems);
        return problems;
    }

    /** Keeps {@code field}'s message true while {@code value}, what the user edits in it, changes. */
    public void recheckOnEdit(FormField field, ObservableValue<?> value) {
        errors.recheckOnEdit(field, value, this::check);
    }

    /** Shows a problem the journal found when saving, next to the field it names. */
    public void show(InvalidValueException problem) {
        errors.show(problem);
    }

    /** The message next to each field. */
    public FieldErrors errors() {
        return errors;
    }
}
