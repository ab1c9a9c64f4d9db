package dev.onward.service.insight;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Weeks in a row (Monday to Sunday) with at least one application. A week still under way does not
 * break the streak until it ends empty.
 */
final class Streak {
    private Streak() {
    }

    /** The Monday of the week holding {@code day}. */
    static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static int weeks(Collection<LocalDate> sentDays, LocalDate today) {
        Set<LocalDate> weeks = sentDays.stream().map(Streak::weekOf).collect(Collectors.toSet());
        LocalDate week = weekOf(today);
        if (!weeks.contains(week)) {
            week = week.minusWeeks(1);
        }
        int streak = 0;
        while (weeks.contains(week)) {
            streak++;
            week = week.minusWeeks(1);
        }
        return streak;
    }
}
