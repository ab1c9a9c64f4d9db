package dev.onward.service.lessons;

import dev.onward.domain.Lesson;
import dev.onward.domain.LessonStatus;
import java.util.Optional;

/**
 * Which lessons the Lessons screen shows.
 *
 * @param inMyControl only lessons in (true) or out of (false) the user's control, or all
 * @param status only lessons with this status, or all
 * @param stageKindId only lessons for this kind of stage, or all
 */
public record LessonFilter(Optional<Boolean> inMyControl, Optional<LessonStatus> status, Optional<Long> stageKindId) {
    /** Every lesson. */
    public static final LessonFilter ALL = new LessonFilter(Optional.empty(), Optional.empty(), Optional.empty());

    /** Whether {@code lesson} passes. */
    public boolean accepts(Lesson lesson) {
        return inMyControl.map(v -> v == lesson.details().inMyControl()).orElse(true)
                && status.map(v -> v == lesson.details().status()).orElse(true)
                && stageKindId.map(v -> lesson.details().stageKindId().equals(Optional.of(v))).orElse(true);
    }
}
