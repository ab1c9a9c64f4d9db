package dev.onward.service;

import dev.onward.domain.LessonStatus;
import dev.onward.domain.Theme;
import java.util.Map;

/**
 * A theme the user has noted lessons about often enough to work on.
 *
 * @param theme the theme
 * @param lessons how many lessons have it
 * @param byStatus how many of them are new, practising or a habit
 */
public record FocusArea(Theme theme, int lessons, Map<LessonStatus, Integer> byStatus) {
    /** How many lessons of one theme make it a focus area. */
    public static final int THRESHOLD = 3;

    /** Copies the map. */
    public FocusArea {
        byStatus = Map.copyOf(byStatus);
    }
}
