package dev.onward.service.insight;

import dev.onward.domain.Application;
import dev.onward.domain.ChosenReason;
import dev.onward.domain.Messages;
import dev.onward.domain.NamedFeeling;
import dev.onward.domain.Outcome;
import dev.onward.domain.OutcomeKind;
import dev.onward.domain.Reason;
import dev.onward.domain.Reflection;
import dev.onward.domain.StageKind;
import dev.onward.domain.Status;
import dev.onward.service.lessons.FocusArea;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Computes every dashboard figure from data read once: pure functions of the data and the day. */
final class DashboardFigures {
    static final int UPCOMING_DAYS = 14;
    static final int ON_THIS_DAY_SLACK = 3;

    private final JournalData data;
    private final LocalDate today;
    private final ZoneId zone;

    DashboardFigures(JournalData data, LocalDate today, ZoneId zone) {
        this.data = data;
        this.today = today;
        this.zone = zone;
    }

    Insights compute(InsightSettings settings, ChartRange range) {
        List<Application> apps = data.applications();
        List<LocalDate> sent = apps.stream().map(a -> Momentum.sentOn(a, zone)).toList();
        LocalDate week = Streak.weekOf(today);
        int thisWeek = (int) sent.stream().filter(d -> !d.isBefore(week) && !d.isAfter(today)).count();
        List<Application> inRange = range.since(today)
                .map(since -> apps.stream().filter(a -> !Momentum.sentOn(a, zone).isBefore(since)).toList()).orElse(apps);
        return new Insights(apps.size(), count(Status.ACTIVE), count(Status.OFFER), count(Status.REJECTED),
                count(Status.GHOSTED), count(Status.WITHDREW), data.lessons().size(), thisWeek, settings.weeklyTarget(),
                Streak.weeks(sent, today), Momentum.median(Momentum.gaps(apps, zone, Optional.empty())),
                Momentum.median(Momentum.gaps(apps, zone, Optional.of(today.minusDays(89)))), Momentum.unanswered(apps, zone),
                quietWeek(), suspectedGhosts(settings.ghostDays()), upcoming(), Funnel.of(inRange, data.kinds(), today),
                reasons(inRange), feelings(inRange), Calibration.of(inRange, data.kinds()), FocusArea.from(data.lessons()),
                onThisDay());
    }

    private int count(Status status) {
        return (int) data.applications().stream().filter(a -> a.status() == status).count();
    }

    private boolean quietWeek() {
        return data.applications().stream().map(a -> a.lastActivity(zone)).noneMatch(d -> !d.isBefore(today.minusDays(6)));
    }

    private List<SuspectedGhost> suspectedGhosts(int ghostDays) {
        return data.applications().stream().filter(a -> a.status() == Status.ACTIVE)
                .map(a -> new SuspectedGhost(a.id(), a.details().company(), a.details().role(), a.lastActivity(zone),
                        ChronoUnit.DAYS.between(a.lastActivity(zone), today)))
                .filter(g -> g.quietDays() >= ghostDays)
                .sorted(Comparator.comparingLong(SuspectedGhost::quietDays).reversed())
                .toList();
    }

    private List<UpcomingItem> upcoming() {
        LocalDate last = today.plusDays(UPCOMING_DAYS);
        Map<Long, String> kindNames = data.kinds().stream().collect(Collectors.toMap(StageKind::id, StageKind::name));
        List<UpcomingItem> items = new ArrayList<>();
        for (Application a : data.applications()) {
            a.stages().stream().filter(s -> !s.details().date().isBefore(today) && !s.details().date().isAfter(last))
                    .forEach(s -> items.add(new UpcomingItem(s.details().date(), UpcomingItem.Kind.STAGE,
                            Messages.text("insight.upcoming.stage", kindNames.getOrDefault(s.details().kindId(), ""),
                                    a.details().company()), a.id(), Optional.of(s.details().kindId()))));
        }
        data.contacts().stream().filter(c -> c.details().keepInTouchOn().filter(d -> !d.isBefore(today) && !d.isAfter(last)).isPresent())
                .forEach(c -> items.add(new UpcomingItem(c.details().keepInTouchOn().orElseThrow(), UpcomingItem.Kind.KEEP_IN_TOUCH,
                        c.details().name(), c.id())));
        items.sort(Comparator.comparing(UpcomingItem::day).thenComparing(UpcomingItem::title));
        return items;
    }

    private List<Reflection> reflectionsOf(List<Application> apps) {
        var ids = apps.stream().map(Application::id).collect(Collectors.toSet());
        return data.reflections().stream().filter(r -> ids.contains(r.applicationId())).toList();
    }

    private List<ReasonCount> reasons(List<Application> apps) {
        List<ChosenReason> chosen = reflectionsOf(apps).stream().flatMap(r -> r.reasons().stream()).toList();
        List<ReasonCount> counts = new ArrayList<>();
        for (Reason reason : Reason.values()) {
            List<ChosenReason> these = chosen.stream().filter(c -> c.reason() == reason).toList();
            if (!these.isEmpty()) {
                counts.add(new ReasonCount(reason, these.size(), (int) these.stream().filter(ChosenReason::outsideMyControl).count()));
            }
        }
        return counts;
    }

    private List<FeelingMonth> feelings(List<Application> apps) {
        Map<Long, Application> byId = apps.stream().collect(Collectors.toMap(Application::id, Function.identity()));
        Map<YearMonth, List<NamedFeeling>> byMonth = new TreeMap<>();
        for (Reflection r : reflectionsOf(apps)) {
            LocalDate day = byId.get(r.applicationId()).outcome().map(Outcome::date)
                    .orElse(LocalDate.ofInstant(r.updated(), zone));
            byMonth.computeIfAbsent(YearMonth.from(day), m -> new ArrayList<>()).addAll(r.feelings());
        }
        List<FeelingMonth> months = new ArrayList<>();
        byMonth.forEach((month, feelings) -> feelings.stream()
                .collect(Collectors.groupingBy(NamedFeeling::feeling, TreeMap::new, Collectors.toList()))
                .forEach((feeling, named) -> months.add(new FeelingMonth(month, feeling, named.size(),
                        named.stream().mapToInt(n -> n.intensity().value()).average().orElse(0)))));
        return months;
    }

    private List<OnThisDayItem> onThisDay() {
        LocalDate yearAgo = today.minusYears(1);
        LocalDate from = yearAgo.minusDays(ON_THIS_DAY_SLACK);
        LocalDate to = yearAgo.plusDays(ON_THIS_DAY_SLACK);
        List<OnThisDayItem> items = new ArrayList<>();
        DaysSince since = new DaysSince(data.applications(), zone, today);
        for (Application a : data.applications()) {
            LocalDate sentOn = Momentum.sentOn(a, zone);
            if (!sentOn.isBefore(from) && !sentOn.isAfter(to)) {
                items.add(since.item(sentOn, Messages.text("insight.onThisDay.applied", a.details().company(), a.details().role()), a));
            }
            a.outcome().filter(o -> o.kind() == OutcomeKind.REJECTED && !o.date().isBefore(from) && !o.date().isAfter(to))
                    .ifPresent(o -> items.add(since.item(o.date(), Messages.text("insight.onThisDay.rejected", a.details().company()), a)));
        }
        items.sort(Comparator.comparing(OnThisDayItem::day));
        return items;
    }
}
