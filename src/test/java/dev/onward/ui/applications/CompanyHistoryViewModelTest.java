package dev.onward.ui.applications;

import static dev.onward.testutil.ApplicationDetailsBuilder.anApplication;
import static dev.onward.testutil.OutcomeBuilder.anOutcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.ChosenReason;
import dev.onward.domain.ContactDetails;
import dev.onward.domain.LessonDetails;
import dev.onward.domain.Reason;
import dev.onward.domain.Reflection;
import dev.onward.domain.StageDetails;
import dev.onward.domain.Theme;
import dev.onward.service.applications.ApplicationService;
import dev.onward.testutil.TestJournal;
import dev.onward.ui.DateText;
import dev.onward.ui.SameThreadTaskRunner;
import dev.onward.ui.TaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompanyHistoryViewModelTest {
    @TempDir
    Path folder;

    private TestJournal testJournal;
    private ApplicationService journal;
    private long rejectedId;

    @BeforeEach
    void open() {
        testJournal = TestJournal.open(folder);
        journal = testJournal.journal();
        rejectedId = journal.add(anApplication().company("Orchard").role("Backend Engineer")
                .applied(LocalDate.of(2025, 3, 2)).build()).id();
        journal.addStage(rejectedId, StageDetails.of(testJournal.stageKind("Final round"), LocalDate.of(2025, 3, 20)));
        journal.recordOutcome(rejectedId, anOutcome().rejected().on(LocalDate.of(2025, 4, 1)).build());
        Reflection r = testJournal.reflections().open(rejectedId);
        testJournal.reflections().save(r.withReasons(List.of(ChosenReason.of(Reason.INTERNAL_CANDIDATE))));
        testJournal.reflections().keepContact(rejectedId, new ContactDetails("Dana Weiss", Optional.of("Recruiter"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        testJournal.lessons().add(LessonDetails.of("Ask who else is in the running", Theme.RESEARCH),
                Optional.of(rejectedId));
        journal.add(anApplication().company("Brightline").role("Analyst").applied(LocalDate.of(2026, 9, 1)).build());
    }

    @AfterEach
    void close() {
        testJournal.close();
    }

    private ApplicationsViewModel screen(TaskRunner runner) {
        return new ApplicationsViewModel(journal, testJournal.services().companyMemory()::recall, runner,
                TestJournal.FIXED_CLOCK, new DateText(Locale.UK));
    }

    @Test
    void recallCompany_companyWithHistory_showsTheEarlierApplicationItsReasonLessonAndContact() {
        ApplicationsViewModel model = screen(new SameThreadTaskRunner());
        model.startNew();
        model.newForm().companyProperty().set(" orchard ");

        model.newForm().recallCompany();

        CompanyHistoryViewModel history = model.newForm().history();
        assertTrue(history.shownProperty().get());
        assertEquals(List.of(new CompanyHistoryViewModel.Entry(rejectedId,
                "Backend Engineer \u00b7 applied 2 Mar 2025 \u00b7 rejected after final round, 1 Apr 2025")),
                history.entries());
        assertEquals("Reasons you picked: They chose someone from inside", history.reasonsProperty().get());
        assertEquals("Lessons you noted: Ask who else is in the running", history.lessonsProperty().get());
        assertEquals("People you know there: Dana Weiss (Recruiter)", history.contactsProperty().get());
        assertEquals("", history.moreProperty().get());
    }

    @Test
    void recallCompany_newCompany_showsNothing() {
        ApplicationsViewModel model = screen(new SameThreadTaskRunner());
        model.startNew();
        model.newForm().companyProperty().set("Quillon");

        model.newForm().recallCompany();

        assertFalse(model.newForm().history().shownProperty().get());
        assertTrue(model.newForm().history().entries().isEmpty());
    }

    @Test
    void recallCompany_olderAnswerArrivesLast_isIgnored() {
        HeldTaskRunner runner = new HeldTaskRunner();
        ApplicationsViewModel model = screen(runner);
        model.startNew();
        model.newForm().companyProperty().set("Orchard");
        model.newForm().recallCompany();
        model.newForm().companyProperty().set("Orchard Farms");
        model.newForm().recallCompany();

        runner.finishNewestFirst();

        assertFalse(model.newForm().history().shownProperty().get());
    }

    @Test
    void startNew_afterHistoryShown_startsWithoutIt() {
        ApplicationsViewModel model = screen(new SameThreadTaskRunner());
        model.startNew();
        model.newForm().companyProperty().set("Orchard");
        model.newForm().recallCompany();
        model.cancelNew();

        model.startNew();

        assertFalse(model.newForm().history().shownProperty().get());
    }

    @Test
    void editForm_ofSavedApplication_neverShowsHistory() {
        ApplicationsViewModel model = screen(new SameThreadTaskRunner());
        model.load();
        model.select(rejectedId);
        ApplicationFormViewModel form = model.detail().form();

        form.recallCompany();

        assertEquals("Orchard", form.companyProperty().get());
        assertFalse(form.history().shownProperty().get());
    }

    /** Does the work at once but hands results back only when told, in the order the test chooses. */
    private static final class HeldTaskRunner implements TaskRunner {
        private final List<Runnable> waiting = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
            try {
                T result = work.call();
                waiting.add(() -> onSuccess.accept(result));
            } catch (Exception e) {
                waiting.add(() -> onFailure.accept(e));
            }
        }

        void finishNewestFirst() {
            for (int i = waiting.size() - 1; i >= 0; i--) {
                waiting.get(i).run();
            }
            waiting.clear();
        }
    }
}
