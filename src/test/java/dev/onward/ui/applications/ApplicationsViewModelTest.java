package dev.onward.ui.applications;

import static dev.onward.testutil.ApplicationDetailsBuilder.anApplication;
import static dev.onward.testutil.OutcomeBuilder.anOutcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.Application;
import dev.onward.domain.Messages;
import dev.onward.domain.OutcomeKind;
import dev.onward.domain.StageKind;
import dev.onward.domain.Status;
import dev.onward.service.applications.ApplicationFilter;
import dev.onward.service.applications.ApplicationService;
import dev.onward.service.applications.ApplicationSummary;
import dev.onward.service.insight.ChartRange;
import dev.onward.service.insight.InsightSettings;
import dev.onward.testutil.TestJournal;
import dev.onward.ui.DateText;
import dev.onward.ui.FormField;
import dev.onward.ui.SameThreadTaskRunner;
import dev.onward.ui.TaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplicationsViewModelTest {
    @TempDir
    Path folder;

    private TestJournal testJournal;
    private ApplicationService journal;
    private ApplicationsViewModel model;

    @BeforeEach
    void open() {
        testJournal = TestJournal.open(folder);
        journal = testJournal.journal();
        model = new ApplicationsViewModel(journal, new SameThreadTaskRunner(), TestJournal.FIXED_CLOCK,
                new DateText(Locale.UK));
    }

    @AfterEach
    void close() {
        testJournal.close();
    }

    @Test
    void load_emptyJournal_saysJournalIsEmpty() {
        model.load();

        assertTrue(model.loadedProperty().get());
        assertTrue(model.journalEmptyProperty().get());
        assertTrue(model.rows().isEmpty());
    }

    @Test
    void load_threeApplications_newestAppliedFirst() {
        journal.add(anApplication().company("Old").applied(LocalDate.of(2026, 1, 5)).build());
        journal.add(anApplication().company("New").applied(LocalDate.of(2026, 6, 1)).build());
        journal.add(anApplication().company("Middle").applied(LocalDate.of(2026, 3, 9)).build());

        model.load();

        assertEquals("New,Middle,Old", companies());
        assertFalse(model.journalEmptyProperty().get());
    }

    @Test
    void startNew_anyTime_opensBlankFormDatedToday() {
        model.startNew();

        assertEquals(ApplicationsViewModel.Pane.NEW, model.paneProperty().get());
        assertEquals("", model.newForm().companyProperty().get());
        assertEquals("24/11/2026", model.newForm().appliedProperty().get());
    }

    @Test
    void startNew_formAlreadyOpen_keepsWhatIsTyped() {
        model.startNew();
        model.newForm().companyProperty().set("Orchard");

        model.startNew();

        assertEquals("Orchard", model.newForm().companyProperty().get());
    }

    @Test
    void startNew_afterCancel_blankAgain() {
        model.startNew();
        model.newForm().companyProperty().set("Orchard");
        model.cancelNew();

        model.startNew();

        assertEquals("", model.newForm().companyProperty().get());
    }

    @Test
    void startNew_afterGoingToAnotherApplicationUnsaved_keepsWhatIsTyped() {
        long earlier = journal.add(anApplication().company("Orchard").role("Analyst").build()).id();
        model.load();
        model.startNew();
        model.newForm().companyProperty().set("Orchard");
        model.newForm().roleProperty().set("Data Analyst");

        model.select(earlier);   // e.g. the earlier application at the same company, from the history shown
        model.startNew();

        assertEquals("Orchard", model.newForm().companyProperty().get());
        assertEquals("Data Analyst", model.newForm().roleProperty().get());
    }

    @Test
    void startNew_afterSaving_blankAgain() {
        model.load();
        model.startNew();
        model.newForm().companyProperty().set("Orchard");
        model.newForm().roleProperty().set("Analyst");
        model.saveNew();

        model.startNew();

        assertEquals("", model.newForm().companyProperty().get());
    }

    @Test
    void saveNew_companyAndRole_savesListsAndShowsIt() {
        model.load();
        model.startNew();
        model.newForm().companyProperty().set("  Café Lumière ");
        model.newForm().roleProperty().set("Designer");

        model.saveNew();

        assertEquals(1, journal.list(ApplicationFilter.ALL).size());
        assertEquals("Café Lumière", model.rows().get(0).company());
        assertEquals(LocalDate.of(2026, 11, 24), model.rows().get(0).applied().orElseThrow());
        assertEquals(ApplicationsViewModel.Pane.DETAIL, model.paneProperty().get());
        assertEquals(model.rows().get(0).id(), model.selectedIdProperty().get());
        assertEquals("Café Lumière", model.detail().headingProperty().get());
        assertFalse(model.journalEmptyProperty().get());
    }

    @Test
    void saveNew_emptyCompany_showsMessageWritesNothingKeepsTyping() {
        model.load();
        model.startNew();
        model.newForm().roleProperty().set("Analyst");
        model.newForm().locationProperty().set("Leeds");

        model.saveNew();

        assertEquals(Messages.text("field.company.required"), model.newForm().errors().of(FormField.COMPANY).get());
        assertEquals("", model.newForm().errors().of(FormField.ROLE).get());
        assertTrue(journal.list(ApplicationFilter.ALL).isEmpty());
        assertEquals("Analyst", model.newForm().roleProperty().get());
        assertEquals("Leeds", model.newForm().locationProperty().get());
        assertEquals(ApplicationsViewModel.Pane.NEW, model.paneProperty().get());
    }

    @Test
    void saveNew_dayThatDoesNotExist_showsDateMessageWritesNothing() {
        model.startNew();
        model.newForm().companyProperty().set("Orchard");
        model.newForm().roleProperty().set("Analyst");
        model.newForm().appliedProperty().set("31/02/2026");

        model.saveNew();

        assertTrue(model.newForm().errors().of(FormField.APPLIED).get().startsWith("This date does not exist"));
        assertTrue(journal.list(ApplicationFilter.ALL).isEmpty());
        assertEquals("31/02/2026", model.newForm().appliedProperty().get());
    }

    @Test
    void saveNew_appliedTomorrow_showsJournalMessageNextToDate() {
        model.startNew();
        model.newForm().companyProperty().set("Orchard");
        model.newForm().roleProperty().set("Analyst");
        model.newForm().appliedProperty().set("25/11/2026");

        model.saveNew();

        assertEquals(Messages.text("field.applied.future"), model.newForm().errors().of(FormField.APPLIED).get());
        assertTrue(journal.list(ApplicationFilter.ALL).isEmpty());
    }

    @Test
    void saveNew_badLink_showsLinkMessage() {
        model.startNew();
        model.newForm().companyProperty().set("Orchard");
        model.newForm().roleProperty().set("Analyst");
        model.newForm().linkProperty().set("not a link");

        model.saveNew();

        assertEquals(Messages.text("field.link.invalid"), model.newForm().errors().of(FormField.LINK).get());
        assertTrue(journal.list(ApplicationFilter.ALL).isEmpty());
    }

    @Test
    void cancelNew_nothingChosen_showsNothingAndWritesNothing() {
        model.startNew();
        model.newForm().companyProperty().set("Orchard");

        model.cancelNew();

        assertEquals(ApplicationsViewModel.Pane.NONE, model.paneProperty().get());
        assertTrue(journal.list(ApplicationFilter.ALL).isEmpty());
    }

    @Test
    void filterText_accentlessPartOfCompany_keepsOnlyThatApplication() {
        journal.add(anApplication().company("Café Lumière").build());
        journal.add(anApplication().company("Orchard").build());
        model.load();

        model.filterTextProperty().set("cafe");

        assertEquals("Café Lumière", companies());
        model.filterTextProperty().set("");
        assertEquals(2, model.rows().size());
    }

    @Test
    void statusFilter_rejected_keepsOnlyRejected() {
        Application acme = journal.add(anApplication().company("Acme").build());
        journal.add(anApplication().company("Orchard").build());
        journal.recordOutcome(acme.id(), anOutcome().rejected().on(LocalDate.of(2026, 4, 2)).build());
        model.load();

        model.statusFilterProperty().set(Optional.of(Status.REJECTED));

        assertEquals("Acme", companies());
        assertFalse(model.journalEmptyProperty().get());
    }

    @Test
    void statusChoices_always_allThenEveryStatus() {
        assertEquals(Status.values().length + 1, model.statusChoices().size());
        assertEquals(Messages.text("ui.filter.allStatuses"), ApplicationsViewModel.choiceLabel(Optional.empty()));
    }

    @Test
    void deleteSelected_chosenApplication_removesAndOffersUndo() {
        Application acme = journal.add(anApplication().company("Acme").build());
        model.load();
        model.select(acme.id());

        model.deleteSelected();

        assertTrue(journal.list(ApplicationFilter.ALL).isEmpty());
        assertTrue(model.rows().isEmpty());
        assertEquals(Messages.text("ui.undo.deleted", "Acme"), model.undoMessageProperty().get());
        assertNull(model.selectedIdProperty().get());
        assertEquals(ApplicationsViewModel.Pane.NONE, model.paneProperty().get());
    }

    @Test
    void undoDelete_afterDelete_putsItBackWithItsStages() {
        Application acme = journal.add(anApplication().company("Acme").build());
        journal.addStage(acme.id(), dev.onward.domain.StageDetails.of(testJournal.stageKind("Phone screen"),
                LocalDate.of(2026, 3, 12)));
        model.load();
        model.select(acme.id());
        model.deleteSelected();

        model.undoDelete();

        assertEquals("Acme", companies());
        assertEquals(1, journal.find(acme.id()).orElseThrow().stages().size());
        assertEquals("", model.undoMessageProperty().get());
        assertEquals(acme.id(), model.selectedIdProperty().get());
    }

    @Test
    void saveNew_anotherChosenAndTheRunnerLate_choosesTheNewOneOnlyOnceTheListHoldsIt() {
        Application orchard = journal.add(anApplication().company("Orchard").build());
        LateTaskRunner late = new LateTaskRunner();
        model = new ApplicationsViewModel(journal, late, TestJournal.FIXED_CLOCK, new DateText(Locale.UK));
        model.load();
        late.finish();
        model.select(orchard.id());
        late.finish();
        List<String> listedWhenChosen = new ArrayList<>();
        model.selectedIdProperty().addListener((obs, old, id) -> listedWhenChosen.add(
                model.rows().stream().anyMatch(r -> id != null && r.id() == id) ? "listed" : "missing"));
        model.startNew();
        model.newForm().companyProperty().set("Nordlys");
        model.newForm().roleProperty().set("Tester");

        model.saveNew();
        late.finish();

        assertEquals(List.of("listed"), listedWhenChosen);
        assertEquals("Nordlys", model.detail().headingProperty().get());
        assertEquals(ApplicationsViewModel.Pane.DETAIL, model.paneProperty().get());
    }

    @Test
    void reached_noStageYet_theFirstKindAsTheFunnelCountsIt() {
        journal.add(anApplication().company("Acme").build());
        model.load();

        StageKind reached = model.reached(model.rows().get(0)).orElseThrow();

        String funnelFirst = testJournal.insights().insights(InsightSettings.DEFAULT, ChartRange.ALL).funnel().get(0).stage();
        assertEquals("Applied", reached.name());
        assertEquals(funnelFirst, reached.name());
    }

    @Test
    void reached_stageLogged_theFurthestStage() {
        Application acme = journal.add(anApplication().company("Acme").applied(LocalDate.of(2026, 3, 1)).build());
        StageKind team = journal.stageKinds().stream().filter(k -> k.name().equals("Team interview")).findFirst()
                .orElseThrow();
        journal.addStage(acme.id(), dev.onward.domain.StageDetails.of(team.id(), LocalDate.of(2026, 3, 12)));
        model.load();

        assertEquals(Optional.of(team), model.reached(model.rows().get(0)));
    }

    @Test
    void saveNew_appliedDayAfterTheGivenClocksToday_isRefusedInTheForm() {
        java.time.Clock lastYear = java.time.Clock.fixed(java.time.Instant.parse("2025-06-01T10:00:00Z"),
                java.time.ZoneOffset.UTC);
        ApplicationsViewModel pastModel = new ApplicationsViewModel(journal, new SameThreadTaskRunner(), lastYear,
                new DateText(Locale.UK));
        pastModel.startNew();
        pastModel.newForm().companyProperty().set("Orchard");
        pastModel.newForm().roleProperty().set("Analyst");
        pastModel.newForm().appliedProperty().set("02/06/2025");

        pastModel.saveNew();

        assertEquals(Messages.text("field.applied.future"), pastModel.newForm().errors().of(FormField.APPLIED).get());
        assertTrue(journal.list(ApplicationFilter.ALL).isEmpty());
    }

    @Test
    void load_afterTheShownApplicationChangedElsewhere_showsItAfreshWithoutTheOldNotice() {
        Application acme = journal.add(anApplication().company("Acme").applied(LocalDate.of(2026, 3, 1)).build());
        model.load();
        model.select(acme.id());
        model.detail().outcomeForm().kindProperty().set(OutcomeKind.REJECTED);
        model.detail().outcomeForm().dateProperty().set("02/04/2026");
        model.detail().recordOutcome();
        assertEquals(Messages.text("ui.outcome.recorded"), model.detail().noticeProperty().get());
        journal.recordOutcome(acme.id(), anOutcome().rejected().on(LocalDate.of(2026, 4, 9)).build());

        model.load();

        assertEquals("", model.detail().noticeProperty().get());
        assertEquals(LocalDate.of(2026, 4, 9),
                model.detail().applicationProperty().get().outcome().orElseThrow().date());
    }

    /** Does the work at once but hands results back only on {@link #finish()}, as the app's runner does later. */
    private static final class LateTaskRunner implements TaskRunner {
        private final Deque<Runnable> waiting = new ArrayDeque<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
            try {
                T result = work.call();
                waiting.add(() -> onSuccess.accept(result));
            } catch (Exception e) {
                waiting.add(() -> onFailure.accept(e));
            }
        }

        void finish() {
            while (!waiting.isEmpty()) {
                waiting.poll().run();
            }
        }
    }

    private String companies() {
        return String.join(",", model.rows().stream().map(ApplicationSummary::company).toList());
    }
}
