package dev.onward.domain;

/**
 * A kind of stage (recruiter screen, final round, ...). {@code position} orders the kinds from
 * the first step of a hiring process to the offer; it decides the furthest stage reached.
 */
public record StageKind(long id, String name, int position) {
    /** The longest name a kind may have. */
    public static final int MAX_NAME = 80;

    /** Refuses a blank or over-long name and a negative position. */
    public StageKind {
        name = Fields.required("stageKind", name, MAX_NAME);
        if (position < 0) {
            throw new IllegalArgumentException("position must not be negative: " + position);
        }
    }
}
