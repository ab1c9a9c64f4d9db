package dev.onward.service.reflect;

import static dev.onward.testutil.ApplicationDetailsBuilder.anApplication;
import static dev.onward.testutil.OutcomeBuilder.anOutcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.Arrival;
import dev.onward.domain.ChosenReason;
import dev.onward.domain.ContactDetails;
import dev.onward.domain.Feedback;
import dev.onward.domain.Feeling;
import dev.onward.domain.Intensity;
import dev.onward.domain.InvalidValueException;
import dev.onward.domain.LessonDetails;
import dev.onward.domain.NamedFeeling;
import dev.onward.domain.Reason;
import dev.onward.domain.Reflection;
import dev.onward.domain.ReflectionStep;
import dev.onward.domain.StepState;
import dev.onward.domain.Theme;
import dev.onward.service.applications.DeletedApplication;
import dev.onward.testutil.TestJournal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReflectionServiceTest {
    @TempDir
    Path temp;
    TestJournal testJournal;
    ReflectionService reflections;
    long rejectedId;

    @BeforeEach
    void open() {
        testJournal = TestJournal.open(temp);
        reflections = testJournal.reflections();
        rejectedId = testJournal.journal().add(anApplication().build()).id();
        testJournal.journal().recordOutcome(rejectedId,
                anOutcome().rejected().on(LocalDate.of(2026, 11, 20)).message("Not this time.").build());
    }

    @AfterEach
    void close() {
        testJournal.close();
    }

    static Reflection full(long id) {
        return new Reflection(id, Optional.of(Arrival.EMAIL),
                List.of(new NamedFeeling(Feeling.DISAPPOINTED, Optional.empty(), new Intensity(4)),
                        new NamedFeeling(Feeling.OTHER, Optional.of("غاضب قليلاً 😶"), new Intensity(2))),
                List.of(ChosenReason.of(Reason.INTERNAL_CANDIDATE), ChosenReason.of(Reason.NOT_SEEN),
                        new ChosenReason(Reason.OTHER, Optional.of("Budget froze"), false)),
                Optional.of("One door, not the last one."),
                new Feedback(Optional.of(LocalDate.of(2026, 11, 21)), Optional.of("Dana, recruiter"),
                        Optional.of(LocalDate.of(2026, 11, 23)), Optional.of("Strong on systems; we wanted more people leadership.")),
                Optional.of(LocalDate.of(2026, 11, 21)), Optional.empty(),
                Map.of(ReflectionStep.WHAT_HAPPENED, StepState.DONE, ReflectionStep.FEELINGS, StepState.DONE,
                        ReflectionStep.REASONS, StepState.DONE, ReflectionStep.REFRAME, StepState.SKIPPED),
                ReflectionStep.LESSONS, TestJournal.FIXED_CLOCK.instant());
    }

    @Test
    void open_activeApplication_isRefused() {
        long active = testJournal.journal().add(anApplication().company("Orchard").build()).id();
        assertThrows(InvalidValueException.class, () -> reflections.open(active));
        assertEquals(Optional.empty(), reflections.find(active));
    }

    @Test
    void open_endedApplication_startsAtWhatHappenedAndIsSavedAtOnce() {
        Reflection started = reflections.open(rejectedId);
        assertEquals(ReflectionStep.WHAT_HAPPENED, started.currentStep());
        assertEquals(Optional.of(started), reflections.find(rejectedId));
        assertEquals(List.of(started), reflections.unfinished());
    }

    @Test
    void save_fullReflection_readsBackTheSameAfterReopeningTheFile() {
        reflections.open(rejectedId);
        Reflection saved = reflections.save(full(rejectedId));
        testJournal.close();
        testJournal = TestJournal.open(temp);
        assertEquals(Optional.of(saved), testJournal.reflections().find(rejectedId));
        assertEquals(2, saved.reasonsOutsideMyControl());
    }

    @Test
    void save_partialReflection_isOfferedForResumeAtItsStep() {
        reflections.save(reflections.open(rejectedId).withStep(ReflectionStep.WHAT_HAPPENED, StepState.DONE)
                .at(ReflectionStep.FEELINGS));
        Reflection resumed = reflections.unfinished().get(0);
        assertEquals(ReflectionStep.FEELINGS, resumed.currentStep());
        assertEquals(StepState.DONE, resumed.state(ReflectionStep.WHAT_HAPPENED));
        assertEquals(StepState.TO_DO, resumed.state(ReflectionStep.REASONS));
    }

    @Test
    void unfinished_everyStepDoneOrSkipped_isNotOffered() {
        Reflection r = reflections.open(rejectedId);
        for (ReflectionStep step : ReflectionStep.values()) {
            r = r.withStep(step, step.ordinal() % 2 == 0 ? StepState.DONE : StepState.SKIPPED);
        }
        reflections.save(r);
        assertEquals(List.of(), reflections.unfinished());
    }

    @Test
    void keepContact_linksContactToReflection() {
        var contact = reflections.keepContact(rejectedId, new ContactDetails("Dana Ruiz", Optional.of("Recruiter"),
                Optional.of("Acme Rockets"), Optional.of("dana@acme.example"), Optional.empty(), Optional.of(LocalDate.of(2027, 2, 1))));
        assertEquals(Optional.of(contact.id()), reflections.find(rejectedId).orElseThrow().contactId());
        assertEquals(List.of(contact), reflections.contacts());
    }

    @Test
    void templates_nameCompanyAndRole() {
        assertTrue(reflections.feedbackRequest(rejectedId).contains("Junior Developer role at Acme Rockets"));
        assertTrue(reflections.graciousReply(rejectedId).contains("Acme Rockets"));
    }

    @Test
    void activePipeline_countsOnlyActiveApplications() {
        assertEquals(0, reflections.activePipeline());
        testJournal.journal().add(anApplication().company("Orchard").build());
        assertEquals(1, reflections.activePipeline());
    }

    @Test
    void deleteApplication_thenUndo_bringsBackReflectionAndLessonLinks() {
        reflections.open(rejectedId);
        Reflection saved = reflections.save(full(rejectedId));
        var lesson = testJournal.lessons().add(LessonDetails.of("Prepare two leadership stories", Theme.STORYTELLING),
                Optional.of(rejectedId));

        DeletedApplication removed = testJournal.journal().delete(rejectedId);
        assertEquals(Optional.empty(), reflections.find(rejectedId));
        assertEquals(Optional.empty(), testJournal.lessons().find(lesson.id()).orElseThrow().applicationId());

        testJournal.journal().undoDelete(removed);
        assertEquals(Optional.of(saved), reflections.find(rejectedId));
        assertEquals(Optional.of(rejectedId), testJournal.lessons().find(lesson.id()).orElseThrow().applicationId());
    }
}
