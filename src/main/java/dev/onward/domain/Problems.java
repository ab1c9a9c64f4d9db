package dev.onward.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Collects what is wrong while a record checks its fields one by one, so that every wrong field is
 * reported at once rather than only the first.
 */
final class Problems {
    private final List<InvalidValueException> found = new ArrayList<>();

    /** {@code rule} applied to {@code value}; when it refuses, the refusal is kept and {@code whenRefused} given. */
    <T, R> R check(Function<T, R> rule, T value, R whenRefused) {
        try {
            return rule.apply(value);
        } catch (InvalidValueException e) {
            found.addAll(e.problems());
            return whenRefused;
        }
    }

    /** Keeps {@code problem}. */
    void add(InvalidValueException problem) {
        found.addAll(problem.problems());
    }

    /**
     * Throws one exception holding every problem kept, if any.
     *
     * @throws InvalidValueException naming the first wrong field, listing all in {@link InvalidValueException#problems()}
     */
    void throwIfAny() {
        if (!found.isEmpty()) {
            throw InvalidValueException.of(found);
        }
    }
}
