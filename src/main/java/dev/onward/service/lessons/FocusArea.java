package dev.onward.service.lessons;

import dev.onward.domain.Lesson;
import dev.onward.domain.LessonStatus;
import dev.onward.domain.Theme;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    /** The themes of {@code lessons} seen {@value #THRESHOLD} times or more, the most frequent first. */
    public static List<FocusArea> from(List<Lesson> lessons) {
        Map<Theme, List<Lesson>> byTheme = lessons.stream().collect(Collectors.groupingBy(l -> l.details().theme()));
        return byTheme.entrySet().stream()
                .filter(e -> e.getValue().size() >= THRESHOLD)
                .map(e -> new FocusArea(e.getKey(), e.getValue().size(), statusMix(e.getValue())))
                .sorted(Comparator.comparingInt(FocusArea::lessons).reversed().thenComparing(FocusArea::theme))
                .toList();
    }

    private static Map<LessonStatus, Integer> statusMix(List<Lesson> lessons) {
        Map<LessonStatus, Integer> mix = new EnumMap<>(LessonStatus.class);
        for (LessonStatus status : LessonStatus.values()) {
            mix.put(status, (int) lessons.stream().filter(l -> l.details().status() == status).count());
        }
        return mix;
    }
}
