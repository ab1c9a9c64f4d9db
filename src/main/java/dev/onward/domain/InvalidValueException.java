package dev.onward.domain;

/**
 * A value a user typed (or a file held) that Onward will not store; the message says what is
 * wrong and what to do, and {@link #field()} names the field it belongs to.
 */
public final class InvalidValueException extends IllegalArgumentException {
    private final String field;

    /**
     * Creates the exception.
     *
     * @param field the field's key, e.g. {@code "company"}
     * @param message a sentence a user can read
     */
    public InvalidValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The key of the field the problem belongs to, e.g. {@code "company"} or {@code "link"}. */
    public String field() {
        return field;
    }
}
