package dev.onward.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * What the user would do differently.
 *
 * @param text the lesson, in the user's words
 * @param theme what it is about
 * @param inMyControl whether it lies in the user's control
 * @param stageKindId the kind of stage it applies to, when it applies to one
 * @param status new, practising or habit
 */
public record LessonDetails(String text, Theme theme, boolean inMyControl, Optional<Long> stageKindId,
        LessonStatus status) {
    /** Longest lesson. */
    public static final int MAX_TEXT = 2_000;

    /** Requires the text, a theme and a status. */
    public LessonDetails {
        text = Fields.required("lessonText", text, MAX_TEXT);
        if (theme == null) {
            throw new InvalidValueException("theme", Messages.text("field.theme.required"));
        }
        Objects.requireNonNull(stageKindId, "stageKindId");
        Objects.requireNonNull(status, "status");
    }

    /** A new lesson in the user's control, for any stage. */
    public static LessonDetails of(String text, Theme theme) {
        return new LessonDetails(text, theme, true, Optional.empty(), LessonStatus.NEW);
    }

    /** A copy with another status. */
    public LessonDetails withStatus(LessonStatus newStatus) {
        return new LessonDetails(text, theme, inMyControl, stageKindId, newStatus);
    }
}
