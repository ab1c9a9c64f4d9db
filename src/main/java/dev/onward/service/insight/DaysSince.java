package dev.onward.service.insight;

import dev.onward.domain.Application;
import dev.onward.domain.Outcome;
import dev.onward.domain.OutcomeKind;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;

/** Counts what has happened after a given day (applications sent, stages reached, offers), by binary search. */
final class DaysSince {
    private final List<LocalDate> sent;
    private final List<LocalDate> stages;
    private final List<LocalDate> offers;

    DaysSince(List<Application> applications, ZoneId zone, LocalDate today) {
        sent = applications.stream().map(a -> Momentum.sentOn(a, zone)).sorted().toList();
        stages = applications.stream().flatMap(a -> a.stages().stream()).map(s -> s.details().date())
                .filter(day -> !day.isAfter(today)).sorted().toList();
        offers = applications.stream().flatMap(a -> a.outcome().stream()).filter(o -> o.kind() == OutcomeKind.OFFER)
                .map(Outcome::date).sorted().toList();
    }

    OnThisDayItem item(LocalDate day, String what, Application about) {
        return new OnThisDayItem(day, what, about.id(), after(sent, day), after(stages, day), after(offers, day));
    }

    /** How many of the sorted {@code days} fall after {@code day}. */
    private static int after(List<LocalDate> days, LocalDate day) {
        int index = Collections.binarySearch(days, day.plusDays(1));
        int firstAfter = index >= 0 ? index : -index - 1;
        while (firstAfter > 0 && days.get(firstAfter - 1).isAfter(day)) {
            firstAfter--;
        }
        return days.size() - firstAfter;
    }
}
