package dev.onward.domain;

import java.util.Locale;

/** How far a lesson has come: noted, being practised, or a habit now. */
public enum LessonStatus {
    /** Just noted. */
    NEW,
    /** Being practised. */
    PRACTISING,
    /** A habit now. */
    HABIT;

    /** The word the user sees. */
    public String label() {
        return Messages.text("lessonStatus." + name().toLowerCase(Locale.ROOT));
    }
}
