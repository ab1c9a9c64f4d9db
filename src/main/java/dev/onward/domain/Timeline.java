package dev.onward.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Builds an application's timeline: the applied day, stages, status changes and outcome in date order. */
public final class Timeline {
    private static final Comparator<TimelineEntry> ORDER = Comparator
            .comparing(TimelineEntry::date)
            .thenComparing(TimelineEntry::kind)
            .thenComparing(e -> e.time().orElse(LocalTime.MIN));

    private Timeline() {
    }

    /** The timeline of {@code application}, oldest first. */
    public static List<TimelineEntry> of(Application application, List<StageKind> kinds, ZoneId zone) {
        Map<Long, String> names = kinds.stream().collect(Collectors.toMap(StageKind::id, StageKind::name));
        List<TimelineEntry> entries = new ArrayList<>();
        application.details().applied().ifPresent(day -> entries.add(entry(day, TimelineEntry.Kind.APPLIED,
                Messages.text("timeline.applied"), Optional.empty(), Optional.empty())));
        for (Stage stage : application.stages()) {
            String name = names.getOrDefault(stage.details().kindId(), Messages.text("timeline.stage"));
            entries.add(new TimelineEntry(stage.details().date(), stage.details().time(), TimelineEntry.Kind.STAGE,
                    name, Optional.of(stage), Optional.empty()));
        }
        for (StatusChange change : changesToShow(application)) {
            entries.add(entry(LocalDate.ofInstant(change.at(), zone), TimelineEntry.Kind.STATUS,
                    statusTitle(change), Optional.empty(), Optional.empty()));
        }
        application.outcome().ifPresent(outcome -> entries.add(entry(outcome.date(), TimelineEntry.Kind.OUTCOME,
                outcomeTitle(outcome, names), Optional.empty(), Optional.of(outcome))));
        entries.sort(ORDER);
        return List.copyOf(entries);
    }

    /**
     * The status changes worth a line: not the first (the application being saved; the applied
     * line says it) and not the last when the outcome line already says it.
     */
    private static List<StatusChange> changesToShow(Application application) {
        List<StatusChange> history = application.statusHistory();
        int end = history.size();
        if (end > 1 && application.outcome().isPresent() && history.get(end - 1).status() == application.status()) {
            end--;
        }
        return end > 1 ? history.subList(1, end) : List.of();
    }

    private static String statusTitle(StatusChange change) {
        return change.status() == Status.ACTIVE ? Messages.text("timeline.reopened")
                : Messages.text("timeline.status", change.status().label());
    }

    private static String outcomeTitle(Outcome outcome, Map<Long, String> names) {
        return outcome.endedAtKindId().map(names::get)
                .map(stage -> Messages.text("timeline.outcomeAt", outcome.kind().label(), Messages.midSentence(stage)))
                .orElse(outcome.kind().label());
    }

    private static TimelineEntry entry(LocalDate day, TimelineEntry.Kind kind, String title,
            Optional<Stage> stage, Optional<Outcome> outcome) {
        return new TimelineEntry(day, Optional.empty(), kind, title, stage, outcome);
    }
}
