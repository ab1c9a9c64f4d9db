package dev.onward.service.insight;

import dev.onward.domain.Application;
import dev.onward.domain.Outcome;
import dev.onward.domain.OutcomeKind;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Days from each rejection to the next new application, and the rejections not yet followed by one. */
final class Momentum {
    private Momentum() {
    }

    /** The day an application was sent: the applied day, else the day it was saved. */
    static LocalDate sentOn(Application a, ZoneId zone) {
        return a.details().applied().orElse(LocalDate.ofInstant(a.created(), zone));
    }

    /** Days from each rejection dated on or after {@code since} to the next application sent on or after it. */
    static List<Long> gaps(List<Application> applications, ZoneId zone, Optional<LocalDate> since) {
        NavigableSet<LocalDate> sent = applications.stream().map(a -> sentOn(a, zone))
                .collect(Collectors.toCollection(TreeSet::new));
        List<Long> gaps = new ArrayList<>();
        for (LocalDate rejection : rejectionDays(applications, since)) {
            LocalDate next = sent.ceiling(rejection);
            if (next != null) {
                gaps.add(ChronoUnit.DAYS.between(rejection, next));
            }
        }
        return gaps;
    }

    /** Rejections with no application sent on or after their day. */
    static int unanswered(List<Application> applications, ZoneId zone) {
        LocalDate lastSent = applications.stream().map(a -> sentOn(a, zone)).max(LocalDate::compareTo).orElse(LocalDate.MIN);
        return (int) rejectionDays(applications, Optional.empty()).stream().filter(day -> day.isAfter(lastSent)).count();
    }

    /** The median of {@code values}, or empty when there are none. */
    static OptionalDouble median(List<Long> values) {
        if (values.isEmpty()) {
            return OptionalDouble.empty();
        }
        List<Long> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return OptionalDouble.of(sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2.0);
    }

    private static List<LocalDate> rejectionDays(List<Application> applications, Optional<LocalDate> since) {
        return applications.stream().flatMap(a -> a.outcome().stream())
                .filter(o -> o.kind() == OutcomeKind.REJECTED)
                .map(Outcome::date)
                .filter(day -> since.map(s -> !day.isBefore(s)).orElse(true))
                .sorted().toList();
    }
}
