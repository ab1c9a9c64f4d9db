package dev.onward.ui.lessons;

import dev.onward.domain.Lesson;
import java.util.Optional;

/**
 * One lesson as the Lessons screen lists it.
 *
 * @param lesson the lesson
 * @param timesNoted how many times it was noted: itself and the repeats linked to it
 * @param stageName the kind of stage it applies to, if any
 */
public record LessonRow(Lesson lesson, int timesNoted, Optional<String> stageName) {
}
