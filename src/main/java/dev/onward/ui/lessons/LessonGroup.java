package dev.onward.ui.lessons;

import dev.onward.domain.Theme;
import java.util.List;

/**
 * The lessons of one theme on the Lessons screen.
 *
 * @param theme the theme
 * @param focusArea whether the theme is seen often enough to be a focus area
 * @param themeCount how many lessons have the theme, filters aside
 * @param rows the lessons shown, newest first
 */
public record LessonGroup(Theme theme, boolean focusArea, int themeCount, List<LessonRow> rows) {
    /** Copies the rows. */
    public LessonGroup {
        rows = List.copyOf(rows);
    }
}
