package dev.onward.service.lessons;

import dev.onward.domain.Lesson;
import dev.onward.domain.Theme;
import java.util.List;

/**
 * What to go over before a stage: the lessons noted for that kind of stage, then those of the
 * themes that keep coming up (the focus areas). Lessons that have become a habit are left out.
 *
 * @param forTheStage lessons for this kind of stage, newest first
 * @param focusAreas the focus areas' themes, the most frequent first
 * @param fromFocusAreas a few lessons of each focus area not already in {@code forTheStage}
 */
public record PrepareChecklist(List<Lesson> forTheStage, List<Theme> focusAreas, List<Lesson> fromFocusAreas) {
    /** Copies the lists. */
    public PrepareChecklist {
        forTheStage = List.copyOf(forTheStage);
        focusAreas = List.copyOf(focusAreas);
        fromFocusAreas = List.copyOf(fromFocusAreas);
    }

    /** Whether there is nothing to go over yet. */
    public boolean isEmpty() {
        return forTheStage.isEmpty() && fromFocusAreas.isEmpty();
    }
}
