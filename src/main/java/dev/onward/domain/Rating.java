package dev.onward.domain;

/** How the user thinks a stage went, from 1 (badly) to 5 (very well). */
public record Rating(int value) {
    /** The lowest rating. */
    public static final int MIN = 1;
    /** The highest rating. */
    public static final int MAX = 5;

    /** Refuses values outside 1–5. */
    public Rating {
        if (value < MIN || value > MAX) {
            throw new InvalidValueException("rating", Messages.text("field.rating.range", MIN, MAX));
        }
    }
}
