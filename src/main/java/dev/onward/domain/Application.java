package dev.onward.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One job application with everything logged about it: the details, the stages in date order,
 * the outcome once it has ended, and every status change with its moment.
 *
 * @param id the stored id
 * @param details what the user typed
 * @param stages the stages, sorted by date and time
 * @param outcome how it ended, when it has
 * @param statusHistory every status change, oldest first
 * @param created when it was first saved
 * @param updated when it was last changed
 */
public record Application(
        long id,
        ApplicationDetails details,
        List<Stage> stages,
        Optional<Outcome> outcome,
        List<StatusChange> statusHistory,
        Instant created,
        Instant updated) {

    private static final Comparator<Stage> BY_DATE = Comparator
            .comparing((Stage s) -> s.details().date())
            .thenComparing(s -> s.details().time().orElse(java.time.LocalTime.MIN))
            .thenComparingLong(Stage::id);

    /** Copies the lists, sorts the stages and checks every part is present. */
    public Application {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        stages = stages.stream().sorted(BY_DATE).toList();
        statusHistory = List.copyOf(statusHistory);
    }

    /** Where the application stands now: the outcome's status, or active. */
    public Status status() {
        return outcome.map(o -> o.kind().status()).orElse(Status.ACTIVE);
    }

    /**
     * The furthest stage reached: of the stages dated on or before {@code today}, the one whose
     * kind comes last in the kinds' order. It comes from the stage log, never from the status, so
     * a rejection after a final round still counts as a final round.
     */
    public Optional<StageKind> furthestStage(List<StageKind> kinds, LocalDate today) {
        Map<Long, StageKind> byId = kinds.stream().collect(Collectors.toMap(StageKind::id, Function.identity()));
        return stages.stream()
                .filter(s -> !s.details().date().isAfter(today))
                .map(s -> byId.get(s.details().kindId()))
                .filter(Objects::nonNull)
                .max(Comparator.comparingInt(StageKind::position).thenComparingLong(StageKind::id));
    }

    /**
     * The last day anything happened, by the user's own dates: the latest stage, the outcome or the
     * applied day. The day it was saved counts only when there is none of those, so logging old
     * applications today does not make them look active today.
     */
    public LocalDate lastActivity(ZoneId zone) {
        Stream<LocalDate> days = Stream.of(
                stages.stream().map(s -> s.details().date()),
                outcome.stream().map(Outcome::date),
                details.applied().stream()).flatMap(Function.identity());
        return days.max(Comparator.naturalOrder()).orElseGet(() -> LocalDate.ofInstant(created, zone));
    }
}
