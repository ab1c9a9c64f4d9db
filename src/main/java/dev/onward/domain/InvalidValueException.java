package dev.onward.domain;

import java.util.List;

/**
 * A value a user typed (or a file held) that Onward will not store; the message says what is
 * wrong and what to do, and {@link #field()} names the field it belongs to. When a record finds
 * several fields wrong at once, the exception names the first and {@link #problems()} lists all
 * of them, so a form can show every message in one go.
 */
public final class InvalidValueException extends IllegalArgumentException {
    private final String field;
    private final transient List<InvalidValueException> problems;

    /**
     * Creates the exception.
     *
     * @param field the field's key, e.g. {@code "company"}
     * @param message a sentence a user can read
     */
    public InvalidValueException(String field, String message) {
        super(message);
        this.field = field;
        this.problems = List.of(this);
    }

    private InvalidValueException(List<InvalidValueException> problems) {
        super(problems.get(0).getMessage());
        this.field = problems.get(0).field();
        this.problems = List.copyOf(problems);
    }

    /**
     * One exception for {@code problems}, in the order the fields were checked: the first names
     * the field and gives the message; {@link #problems()} keeps them all.
     *
     * @throws IllegalArgumentException when {@code problems} is empty
     */
    public static InvalidValueException of(List<InvalidValueException> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems to report");
        }
        return problems.size() == 1 ? problems.get(0) : new InvalidValueException(problems);
    }

    /** The key of the field the problem belongs to, e.g. {@code "company"} or {@code "link"}. */
    public String field() {
        return field;
    }

    /** Every field found wrong, in the order checked; just this one when there was one. */
    public List<InvalidValueException> problems() {
        return problems;
    }
}
