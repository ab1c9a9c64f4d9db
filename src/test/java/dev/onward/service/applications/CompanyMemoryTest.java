package dev.onward.service.applications;

import static dev.onward.testutil.ApplicationDetailsBuilder.anApplication;
import static dev.onward.testutil.OutcomeBuilder.anOutcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.ChosenReason;
import dev.onward.domain.ContactDetails;
import dev.onward.domain.Lesson;
import dev.onward.domain.LessonDetails;
import dev.onward.domain.Reason;
import dev.onward.domain.Reflection;
import dev.onward.domain.StageDetails;
import dev.onward.domain.StageKind;
import dev.onward.domain.Status;
import dev.onward.domain.Theme;
import dev.onward.testutil.TestJournal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompanyMemoryTest {
    @TempDir
    Path temp;
    TestJournal testJournal;
    ApplicationService journal;
    CompanyMemory memory;
    long rejectedId;
    long activeId;

    @BeforeEach
    void open() {
        testJournal = TestJournal.open(temp);
        journal = testJournal.journal();
        memory = new CompanyMemory(journal, testJournal.reflections(), testJournal.lessons());
        rejectedId = journal.add(anApplication().company("München Labs").role("Backend Engineer")
                .applied(LocalDate.of(2025, 3, 2)).build()).id();
        journal.addStage(rejectedId, StageDetails.of(testJournal.stageKind("Final round"), LocalDate.of(2025, 3, 20)));
        journal.recordOutcome(rejectedId, anOutcome().rejected().on(LocalDate.of(2025, 4, 1)).build());
        Reflection reflection = testJournal.reflections().open(rejectedId);
        testJournal.reflections().save(reflection.withReasons(List.of(ChosenReason.of(Reason.INTERNAL_CANDIDATE))));
        testJournal.reflections().keepContact(rejectedId, new ContactDetails("Dana Weiss", Optional.of("Recruiter"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        testJournal.lessons().add(LessonDetails.of("Ask who else is in the running", Theme.RESEARCH),
                Optional.of(rejectedId));
        activeId = journal.add(anApplication().company("munchen labs").role("Platform Engineer")
                .applied(LocalDate.of(2026, 10, 1)).build()).id();
        journal.add(anApplication().company("Orchard").role("Analyst").applied(LocalDate.of(2026, 9, 1)).build());
        testJournal.lessons().add(LessonDetails.of("Bring numbers", Theme.STORYTELLING), Optional.empty());
    }

    @AfterEach
    void close() {
        testJournal.close();
    }

    @Test
    void recall_companyTypedWithoutAccentsOrCase_findsEveryApplicationThereNewestFirst() {
        CompanyHistory history = memory.recall("  MUNCHEN   labs ");

        assertEquals(List.of(activeId, rejectedId), history.applications().stream().map(PastApplication::id).toList());
        assertEquals("munchen labs", history.company());
    }

    @Test
    void recall_endedApplication_saysHowItEndedWithItsReasonsAndLessons() {
        PastApplication rejected = memory.recall("München Labs").applications().get(1);

        assertEquals("Backend Engineer", rejected.role());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 2)), rejected.applied());
        assertEquals(Status.REJECTED, rejected.status());
        assertEquals(Optional.of("Final round"), rejected.furthestStage().map(StageKind::name));
        assertEquals(Optional.of(LocalDate.of(2025, 4, 1)), rejected.endedOn());
        assertEquals(List.of(Reason.INTERNAL_CANDIDATE), rejected.reasons().stream().map(ChosenReason::reason).toList());
        assertEquals(List.of("Ask who else is in the running"),
                rejected.lessons().stream().map(l -> l.details().text()).toList());
    }

    @Test
    void recall_activeApplication_hasNoEndReasonsOrLessons() {
        PastApplication active = memory.recall("München Labs").applications().get(0);

        assertEquals(Status.ACTIVE, active.status());
        assertEquals(Optional.empty(), active.endedOn());
        assertEquals(List.of(), active.reasons());
        assertEquals(List.<Lesson>of(), active.lessons());
    }

    @Test
    void recall_contactsKeptFromItsReflectionOrNamingTheCompany_areListedByName() {
        long elsewhere = journal.add(anApplication().company("Brightline").build()).id();
        journal.recordOutcome(elsewhere, anOutcome().ghosted().on(LocalDate.of(2026, 11, 1)).build());
        testJournal.reflections().keepContact(elsewhere, new ContactDetails("Ana Ruiz", Optional.empty(),
                Optional.of("MÜNCHEN LABS"), Optional.empty(), Optional.empty(), Optional.empty()));

        List<String> names = memory.recall("munchen labs").contacts().stream().map(c -> c.details().name()).toList();

        assertEquals(List.of("Ana Ruiz", "Dana Weiss"), names);
    }

    @Test
    void recall_companyWithoutHistory_isEmpty() {
        assertTrue(memory.recall("Brightline").isEmpty());
        assertTrue(memory.recall("Münch").isEmpty());
        assertTrue(memory.recall("   ").isEmpty());
    }

    @Test
    void recall_otherCompany_doesNotBringItsContacts() {
        CompanyHistory orchard = memory.recall("orchard");

        assertEquals(1, orchard.applications().size());
        assertEquals(List.of(), orchard.contacts());
    }
}
