package dev.onward.service.lessons;

import dev.onward.domain.Lesson;
import java.util.List;
import java.util.Objects;

/**
 * What deleting a lesson removed, so that undo puts it back as it was: the lesson, and the lessons
 * that were linked to it as repeats (the delete unlinks them).
 *
 * @param lesson the lesson removed
 * @param repeats the ids of the lessons that repeated it
 */
public record DeletedLesson(Lesson lesson, List<Long> repeats) {
    /** Copies the ids. */
    public DeletedLesson {
        Objects.requireNonNull(lesson, "lesson");
        repeats = List.copyOf(repeats);
    }
}
