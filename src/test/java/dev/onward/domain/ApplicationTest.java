package dev.onward.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onward.testutil.ApplicationDetailsBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApplicationTest {
    static final List<StageKind> KINDS = List.of(new StageKind(1, "Applied", 1), new StageKind(2, "Recruiter screen", 2),
            new StageKind(8, "Final round", 8), new StageKind(9, "Offer", 9));
    static final Instant CREATED = Instant.parse("2026-03-07T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    static Stage stage(long id, long kind, LocalDate day) {
        return new Stage(id, 1, StageDetails.of(kind, day));
    }

    static Application application(List<Stage> stages, Optional<Outcome> outcome) {
        return new Application(1, ApplicationDetailsBuilder.anApplication().build(), stages, outcome,
                List.of(new StatusChange(Status.ACTIVE, CREATED)), CREATED, CREATED);
    }

    @Test
    void furthestStage_rejectedAfterFinalRound_isFinalRound() {
        Outcome rejected = new Outcome(OutcomeKind.REJECTED, LocalDate.of(2026, 4, 2), Optional.of(8L), Optional.empty());
        Application a = application(List.of(stage(10, 8, LocalDate.of(2026, 3, 26)), stage(11, 2, LocalDate.of(2026, 3, 12))),
                Optional.of(rejected));
        assertEquals(Status.REJECTED, a.status());
        assertEquals("Final round", a.furthestStage(KINDS, TODAY).orElseThrow().name());
    }

    @Test
    void furthestStage_stageScheduledInTheFuture_isNotReachedYet() {
        Application a = application(List.of(stage(10, 2, LocalDate.of(2026, 11, 1)), stage(11, 8, LocalDate.of(2026, 12, 1))),
                Optional.empty());
        assertEquals("Recruiter screen", a.furthestStage(KINDS, TODAY).orElseThrow().name());
    }

    @Test
    void furthestStage_noStages_isEmpty() {
        assertEquals(Optional.empty(), application(List.of(), Optional.empty()).furthestStage(KINDS, TODAY));
    }

    @Test
    void stages_givenOutOfOrder_areSortedByDateThenTime() {
        Stage late = new Stage(3, 1, new StageDetails(2, LocalDate.of(2026, 3, 12), Optional.of(LocalTime.of(15, 0)),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        Stage early = new Stage(4, 1, new StageDetails(2, LocalDate.of(2026, 3, 12), Optional.of(LocalTime.of(9, 0)),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        Stage first = stage(5, 1, LocalDate.of(2026, 3, 7));
        assertEquals(List.of(5L, 4L, 3L), application(List.of(late, early, first), Optional.empty()).stages().stream()
                .map(Stage::id).toList());
    }

    @Test
    void timeline_fullApplication_isInDateOrderWithOutcomeLast() {
        Outcome rejected = new Outcome(OutcomeKind.REJECTED, LocalDate.of(2026, 4, 2), Optional.of(8L), Optional.of("We chose someone else."));
        Application a = new Application(1, ApplicationDetailsBuilder.anApplication().build(),
                List.of(stage(10, 8, LocalDate.of(2026, 3, 26)), stage(11, 2, LocalDate.of(2026, 3, 12))),
                Optional.of(rejected),
                List.of(new StatusChange(Status.ACTIVE, CREATED), new StatusChange(Status.REJECTED, Instant.parse("2026-04-02T18:00:00Z"))),
                CREATED, CREATED);
        List<TimelineEntry> timeline = Timeline.of(a, KINDS, ZoneOffset.UTC);
        assertEquals(List.of("Applied", "Recruiter screen", "Final round", "Rejected after final round"),
                timeline.stream().map(TimelineEntry::title).toList());
        assertEquals(List.of(LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 26),
                LocalDate.of(2026, 4, 2)), timeline.stream().map(TimelineEntry::date).toList());
    }

    @Test
    void lastActivity_isTheLatestOfStagesOutcomeAndStatus() {
        Application a = application(List.of(stage(10, 2, LocalDate.of(2026, 3, 12))), Optional.empty());
        assertEquals(LocalDate.of(2026, 3, 12), a.lastActivity(ZoneOffset.UTC));
    }
}
