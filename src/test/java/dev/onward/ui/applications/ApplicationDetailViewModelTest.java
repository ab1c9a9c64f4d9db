package dev.onward.ui.applications;

import static dev.onward.testutil.ApplicationDetailsBuilder.anApplication;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.Application;
import dev.onward.domain.Messages;
import dev.onward.domain.OutcomeKind;
import dev.onward.domain.StageKind;
import dev.onward.domain.Status;
import dev.onward.domain.TimelineEntry;
import dev.onward.service.applications.ApplicationService;
import dev.onward.testutil.TestJournal;
import dev.onward.ui.DateText;
import dev.onward.ui.FormField;
import dev.onward.ui.SameThreadTaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplicationDetailViewModelTest {
    @TempDir
    Path folder;

    private TestJournal testJournal;
    private ApplicationService journal;
    private ApplicationDetailViewModel model;
    private final List<Long> changed = new ArrayList<>();
    private Application acme;

    @BeforeEach
    void open() {
        testJournal = TestJournal.open(folder);
        journal = testJournal.journal();
        model = new ApplicationDetailViewModel(journal, new SameThreadTaskRunner(), TestJournal.FIXED_CLOCK,
                new DateText(Locale.UK), changed::add);
        acme = journal.add(anApplication().company("Acme").role("Junior Developer")
                .applied(LocalDate.of(2026, 3, 7)).build());
    }

    @AfterEach
    void close() {
        testJournal.close();
    }

    @Test
    void load_savedApplication_showsHeadingFieldsAndTimeline() {
        model.load(acme.id());

        assertEquals("Acme", model.headingProperty().get());
        assertEquals("Junior Developer \u00b7 Applied 7 Mar 2026", model.summaryProperty().get());
        assertEquals("Acme", model.form().companyProperty().get());
        assertEquals("07/03/2026", model.form().appliedProperty().get());
        assertEquals(List.of(Messages.text("timeline.applied")), titles());
        assertEquals(Status.ACTIVE, model.statusProperty().get());
        assertFalse(model.endedProperty().get());
    }

    @Test
    void load_missingApplication_showsNothing() {
        model.load(acme.id() + 100);

        assertEquals(null, model.applicationProperty().get());
        assertEquals("", model.headingProperty().get());
    }

    @Test
    void save_editedRole_savedAndListTold() {
        model.load(acme.id());
        model.form().roleProperty().set("Senior Developer");

        model.save();

        assertEquals("Senior Developer", journal.find(acme.id()).orElseThrow().details().role());
        assertEquals(List.of(acme.id()), changed);
        assertEquals(Messages.text("ui.detail.saved"), model.noticeProperty().get());
    }

    @Test
    void save_blankRole_showsMessageKeepsStoredRole() {
        model.load(acme.id());
        model.form().roleProperty().set(" ");
        model.form().notesProperty().set("Keep this");

        model.save();

        assertEquals(Messages.text("field.role.required"), model.form().errors().of(FormField.ROLE).get());
        assertEquals("Junior Developer", journal.find(acme.id()).orElseThrow().details().role());
        assertEquals("Keep this", model.form().notesProperty().get());
        assertTrue(changed.isEmpty());
    }

    @Test
    void addStage_kindDateTimeRating_appearsInTimelineAndFormEmpties() {
        model.load(acme.id());
        model.stageForm().kindProperty().set(kind("Phone screen"));
        model.stageForm().dateProperty().set("12/03/2026");
        model.stageForm().timeProperty().set("9:30");
        model.stageForm().howItWentProperty().set(3);
        model.stageForm().peopleMetProperty().set("Sam, recruiter");

        model.addStage();

        Application saved = journal.find(acme.id()).orElseThrow();
        assertEquals(1, saved.stages().size());
        assertEquals(LocalTime.of(9, 30), saved.stages().get(0).details().time().orElseThrow());
        assertEquals(3, saved.stages().get(0).details().howItWent().orElseThrow().value());
        assertEquals(List.of(Messages.text("timeline.applied"), "Phone screen"), titles());
        assertEquals("", model.stageForm().peopleMetProperty().get());
        assertTrue(model.summaryProperty().get().endsWith("reached Phone screen"));
    }

    @Test
    void save_details_keepsWhatIsTypedInTheStageForm() {
        model.load(acme.id());
        model.stageForm().notesProperty().set("Half written");
        model.form().locationProperty().set("Leeds");

        model.save();

        assertEquals("Leeds", journal.find(acme.id()).orElseThrow().details().location().orElseThrow());
        assertEquals("Half written", model.stageForm().notesProperty().get());
    }

    @Test
    void addStage_valid_closesTheFormAndKeepsUnsavedDetails() {
        model.load(acme.id());
        model.stageFormOpenProperty().set(true);
        model.form().notesProperty().set("Not saved yet");

        addStage("Phone screen", "12/03/2026");

        assertFalse(model.stageFormOpenProperty().get());
        assertEquals("Not saved yet", model.form().notesProperty().get());
        assertEquals(kind("Phone screen"), model.outcomeForm().endedAtProperty().get());
    }

    @Test
    void load_otherApplication_refillsEveryForm() {
        Application orchard = journal.add(anApplication().company("Orchard").build());
        model.load(acme.id());
        model.stageForm().notesProperty().set("For Acme");

        model.load(orchard.id());

        assertEquals("Orchard", model.form().companyProperty().get());
        assertEquals("", model.stageForm().notesProperty().get());
    }

    @Test
    void addStage_timeThatIsNotATime_showsMessageWritesNothing() {
        model.load(acme.id());
        model.stageForm().kindProperty().set(kind("Phone screen"));
        model.stageForm().timeProperty().set("half past");
        model.stageForm().notesProperty().set("Went fine");

        model.addStage();

        assertEquals(Messages.text("ui.stage.time.invalid"), model.stageForm().errors().of(FormField.STAGE_TIME).get());
        assertTrue(journal.find(acme.id()).orElseThrow().stages().isEmpty());
        assertEquals("Went fine", model.stageForm().notesProperty().get());
    }

    @Test
    void addStage_emptyDate_showsDateMessage() {
        model.load(acme.id());
        model.stageForm().dateProperty().set("");

        model.addStage();

        assertEquals(Messages.text("field.stageDate.required"), model.stageForm().errors().of(FormField.STAGE_DATE).get());
        assertTrue(journal.find(acme.id()).orElseThrow().stages().isEmpty());
    }

    @Test
    void recordOutcome_afterFinalRound_endedAtDefaultsToFurthestStage() {
        model.load(acme.id());
        addStage("Phone screen", "12/03/2026");
        addStage("Final round", "26/03/2026");

        assertEquals(kind("Final round"), model.outcomeForm().endedAtProperty().get());
        model.outcomeForm().kindProperty().set(OutcomeKind.REJECTED);
        model.outcomeForm().dateProperty().set("02/04/2026");
        model.outcomeForm().messageProperty().set("We went with another candidate.");
        model.recordOutcome();

        Application saved = journal.find(acme.id()).orElseThrow();
        assertEquals(Status.REJECTED, saved.status());
        assertEquals(kind("Final round").id(), saved.outcome().orElseThrow().endedAtKindId().orElseThrow());
        assertEquals(Status.REJECTED, model.statusProperty().get());
        assertTrue(model.endedProperty().get());
        assertTrue(titles().contains(Messages.text("timeline.outcomeAt", OutcomeKind.REJECTED.label(), "final round")),
                titles().toString());
    }

    @Test
    void load_sameApplicationAgainAfterOutcomeRecorded_clearsTheNotice() {
        model.load(acme.id());
        model.outcomeForm().kindProperty().set(OutcomeKind.REJECTED);
        model.outcomeForm().dateProperty().set("02/04/2026");
        model.recordOutcome();
        assertEquals(Messages.text("ui.outcome.recorded"), model.noticeProperty().get());

        model.load(acme.id());

        assertEquals("", model.noticeProperty().get());
    }

    @Test
    void save_appliedDayAfterTheGivenClocksToday_isRefusedInTheForm() {
        java.time.Clock lastYear = java.time.Clock.fixed(java.time.Instant.parse("2025-06-01T10:00:00Z"),
                java.time.ZoneOffset.UTC);
        ApplicationDetailViewModel pastModel = new ApplicationDetailViewModel(journal, new SameThreadTaskRunner(),
                lastYear, new DateText(Locale.UK), changed::add);
        pastModel.load(acme.id());
        pastModel.form().appliedProperty().set("02/06/2025");

        pastModel.save();

        assertEquals(Messages.text("field.applied.future"), pastModel.form().errors().of(FormField.APPLIED).get());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 7)), journal.find(acme.id()).orElseThrow().details().applied());
    }

    @Test
    void recordOutcome_noKindChosen_showsMessageWritesNothing() {
        model.load(acme.id());

        model.recordOutcome();

        assertEquals(Messages.text("field.outcomeKind.required"), model.outcomeForm().errors().of(FormField.OUTCOME_KIND).get());
        assertEquals(Status.ACTIVE, journal.find(acme.id()).orElseThrow().status());
    }

    @Test
    void reopen_rejectedApplication_activeAgain() {
        model.load(acme.id());
        model.outcomeForm().kindProperty().set(OutcomeKind.GHOSTED);
        model.recordOutcome();

        model.reopen();

        assertEquals(Status.ACTIVE, journal.find(acme.id()).orElseThrow().status());
        assertEquals(Status.ACTIVE, model.statusProperty().get());
    }

    private void addStage(String kindName, String day) {
        model.stageForm().kindProperty().set(kind(kindName));
        model.stageForm().dateProperty().set(day);
        model.addStage();
    }

    private StageKind kind(String name) {
        return journal.stageKinds().stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
    }

    private List<String> titles() {
        return model.timeline().stream().map(TimelineEntry::title).toList();
    }
}
