package dev.onward.domain;

/** How strong a feeling is, from 1 (faint) to 5 (overwhelming). */
public record Intensity(int value) {
    /** The faintest. */
    public static final int MIN = 1;
    /** The strongest. */
    public static final int MAX = 5;

    /** Refuses values outside 1–5. */
    public Intensity {
        if (value < MIN || value > MAX) {
            throw new InvalidValueException("intensity", Messages.text("field.intensity.range", MIN, MAX));
        }
    }
}
