package dev.onward.service.applications;

import static dev.onward.testutil.ApplicationDetailsBuilder.anApplication;
import static dev.onward.testutil.OutcomeBuilder.anOutcome;
import static dev.onward.testutil.StageBuilder.aStage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.Application;
import dev.onward.domain.InvalidValueException;
import dev.onward.domain.Rating;
import dev.onward.domain.Stage;
import dev.onward.domain.StageDetails;
import dev.onward.domain.StageKind;
import dev.onward.domain.Status;
import dev.onward.domain.TimelineEntry;
import dev.onward.testutil.TestJournal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplicationServiceTest {
    @TempDir
    Path temp;
    TestJournal testJournal;
    ApplicationService journal;

    @BeforeEach
    void open() {
        testJournal = TestJournal.open(temp);
        journal = testJournal.journal();
    }

    @AfterEach
    void close() {
        testJournal.close();
    }

    @Test
    void add_validApplication_isListedActiveWithEveryFieldKept() {
        Application added = journal.add(anApplication().company("Café Lumière").notes("Ask about the 4-day week").build());
        Application found = journal.find(added.id()).orElseThrow();
        assertEquals(added.details(), found.details());
        assertEquals(Status.ACTIVE, found.status());
        assertEquals(List.of(Status.ACTIVE), found.statusHistory().stream().map(c -> c.status()).toList());
        assertEquals(List.of("Café Lumière"), journal.list(ApplicationFilter.ALL).stream().map(ApplicationSummary::company).toList());
    }

    @Test
    void add_appliedTomorrow_isRefusedAndNothingWritten() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> journal.add(anApplication().applied(LocalDate.of(2026, 11, 25)).build()));
        assertEquals("applied", e.field());
        assertEquals(List.of(), journal.list(ApplicationFilter.ALL));
    }

    @Test
    void furthestStage_rejectionAfterFinalRound_staysFinalRound() {
        long id = journal.add(anApplication().build()).id();
        journal.addStage(id, StageDetails.of(testJournal.stageKind("Recruiter screen"), LocalDate.of(2026, 3, 12)));
        journal.addStage(id, StageDetails.of(testJournal.stageKind("Final round"), LocalDate.of(2026, 3, 26)));
        journal.recordOutcome(id, anOutcome().rejected().on(LocalDate.of(2026, 4, 2))
                .endedAt(testJournal.stageKind("Final round")).message("We went with a candidate whose experience was closer.").build());
        ApplicationSummary row = journal.list(ApplicationFilter.ALL).get(0);
        assertEquals(Status.REJECTED, row.status());
        assertEquals("Final round", row.furthestStage().map(StageKind::name).orElseThrow());
        assertEquals(LocalDate.of(2026, 4, 2), row.lastActivity(), "the outcome day, not the day it was typed in");
    }

    @Test
    void timeline_stagesAddedOutOfOrder_comeBackInDateOrderWithOutcome() {
        long id = journal.add(anApplication().build()).id();
        journal.addStage(id, StageDetails.of(testJournal.stageKind("Final round"), LocalDate.of(2026, 3, 26)));
        journal.addStage(id, aStage(testJournal.stageKind("Recruiter screen")).on(LocalDate.of(2026, 3, 12))
                .at(LocalTime.of(9, 30)).peopleMet("Jo, recruiter").howItWent(3).build());
        journal.recordOutcome(id, anOutcome().rejected().on(LocalDate.of(2026, 4, 2)).build());
        List<TimelineEntry> timeline = journal.timeline(id);
        assertEquals(List.of("Applied", "Recruiter screen", "Final round", "Rejected"),
                timeline.stream().map(TimelineEntry::title).toList());
        assertEquals(Optional.of(new Rating(3)), timeline.get(1).stage().orElseThrow().details().howItWent());
    }

    @Test
    void recordOutcome_thenReopen_keepsEveryStatusChangeWithItsMoment() {
        long id = journal.add(anApplication().build()).id();
        journal.recordOutcome(id, anOutcome().ghosted().on(LocalDate.of(2026, 11, 20)).build());
        Application reopened = journal.reopen(id);
        assertEquals(Status.ACTIVE, reopened.status());
        assertEquals(Optional.empty(), reopened.outcome());
        assertEquals(List.of(Status.ACTIVE, Status.GHOSTED, Status.ACTIVE),
                reopened.statusHistory().stream().map(c -> c.status()).toList());
        assertTrue(journal.timeline(id).stream().anyMatch(e -> e.title().equals("Reopened")));
    }

    @Test
    void recordOutcome_sameKindCorrected_messageUpdatedWithoutASecondStatusChange() {
        long id = journal.add(anApplication().build()).id();
        journal.recordOutcome(id, anOutcome().rejected().on(LocalDate.of(2026, 11, 20)).build());

        Application corrected = journal.recordOutcome(id, anOutcome().rejected().on(LocalDate.of(2026, 11, 19))
                .message("We chose someone else.").build());

        assertEquals(Optional.of("We chose someone else."), corrected.outcome().orElseThrow().message());
        assertEquals(List.of(Status.ACTIVE, Status.REJECTED),
                corrected.statusHistory().stream().map(c -> c.status()).toList());
        Application ghosted = journal.recordOutcome(id, anOutcome().ghosted().on(LocalDate.of(2026, 11, 20)).build());
        assertEquals(3, ghosted.statusHistory().size());
    }

    @Test
    void delete_thenUndo_bringsBackApplicationWithStagesAndOutcome() {
        long id = journal.add(anApplication().build()).id();
        Stage stage = journal.addStage(id, StageDetails.of(testJournal.stageKind("Phone screen"),
                LocalDate.of(2026, 3, 10)));
        journal.recordOutcome(id, anOutcome().withdrew().on(LocalDate.of(2026, 3, 20)).build());
        Application before = journal.find(id).orElseThrow();

        DeletedApplication removed = journal.delete(id);
        assertEquals(List.of(), journal.list(ApplicationFilter.ALL));

        journal.undoDelete(removed);
        Application after = journal.find(id).orElseThrow();
        assertEquals(before, after);
        assertEquals(stage.id(), after.stages().get(0).id());
    }

    @Test
    void editAndRemoveStage_changesAreKept() {
        long id = journal.add(anApplication().build()).id();
        Stage stage = journal.addStage(id, StageDetails.of(testJournal.stageKind("Phone screen"),
                LocalDate.of(2026, 3, 10)));
        journal.editStage(stage.id(), StageDetails.of(testJournal.stageKind("Onsite"), LocalDate.of(2026, 3, 11)));
        assertEquals("Onsite", journal.furthestStage(id).orElseThrow().name());
        journal.removeStage(stage.id());
        assertEquals(List.of(), journal.find(id).orElseThrow().stages());
    }

    @Test
    void list_filterByTextAndStatus_ignoresCaseAndAccents() {
        journal.add(anApplication().company("München Labs").role("Analyst").build());
        long other = journal.add(anApplication().company("Orchard").role("Designer").build()).id();
        journal.recordOutcome(other, anOutcome().offer().on(LocalDate.of(2026, 4, 1)).build());
        assertEquals(List.of("München Labs"), companies(new ApplicationFilter("munchen", Optional.empty())));
        assertEquals(List.of("Orchard"), companies(new ApplicationFilter("", Optional.of(Status.OFFER))));
        assertEquals(List.of(), companies(new ApplicationFilter("orchard", Optional.of(Status.ACTIVE))));
    }

    @Test
    void list_newestAppliedFirst() {
        journal.add(anApplication().company("Old").applied(LocalDate.of(2025, 1, 1)).build());
        journal.add(anApplication().company("New").applied(LocalDate.of(2026, 6, 1)).build());
        journal.add(anApplication().company("Middle").applied(LocalDate.of(2026, 1, 1)).build());
        assertEquals(List.of("New", "Middle", "Old"), companies(ApplicationFilter.ALL));
    }

    @Test
    void addStageKind_placedBeforeFinalRound_isInOrderAndCountsForFurthest() {
        int finalPosition = journal.stageKinds().stream().filter(k -> k.name().equals("Final round")).findFirst().orElseThrow().position();
        StageKind panel = journal.addStageKind("Panel with founders", finalPosition);
        List<String> names = journal.stageKinds().stream().map(StageKind::name).toList();
        assertEquals(names.indexOf("Final round") - 1, names.indexOf("Panel with founders"));
        assertThrows(InvalidValueException.class, () -> journal.addStageKind("final ROUND", 1));
        assertEquals(panel.id(), journal.stageKinds().get(names.indexOf("Panel with founders")).id());
    }

    @Test
    void addStage_unknownKind_isRefused() {
        long id = journal.add(anApplication().build()).id();
        assertThrows(InvalidValueException.class, () -> journal.addStage(id, StageDetails.of(999, LocalDate.of(2026, 3, 1))));
        assertEquals(List.of(), journal.find(id).orElseThrow().stages());
    }

    @Test
    void journal_reopenedFromTheSameFolder_findsEverything() {
        long id = journal.add(anApplication().company("東京ロケット 🚀").build()).id();
        journal.addStage(id, StageDetails.of(testJournal.stageKind("Team interview"), LocalDate.of(2026, 3, 19)));
        testJournal.close();
        testJournal = TestJournal.open(temp);
        journal = testJournal.journal();
        Application found = journal.find(id).orElseThrow();
        assertEquals("東京ロケット 🚀", found.details().company());
        assertEquals(1, found.stages().size());
    }

    List<String> companies(ApplicationFilter filter) {
        return journal.list(filter).stream().map(ApplicationSummary::company).toList();
    }
}
