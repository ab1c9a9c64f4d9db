package dev.onward.ui.reflect;

import static dev.onward.testutil.ApplicationDetailsBuilder.anApplication;
import static dev.onward.testutil.OutcomeBuilder.anOutcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.Arrival;
import dev.onward.domain.Feeling;
import dev.onward.domain.Lesson;
import dev.onward.domain.LessonDetails;
import dev.onward.domain.Messages;
import dev.onward.domain.Outcome;
import dev.onward.domain.Reason;
import dev.onward.domain.Reflection;
import dev.onward.domain.ReflectionStep;
import dev.onward.domain.StageDetails;
import dev.onward.domain.StageKind;
import dev.onward.domain.StepState;
import dev.onward.domain.Theme;
import dev.onward.testutil.TestJournal;
import dev.onward.ui.DateText;
import dev.onward.ui.FormField;
import dev.onward.ui.SameThreadTaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReflectViewModelTest {
    @TempDir
    Path folder;

    private TestJournal journal;
    private final ManualScheduler scheduler = new ManualScheduler();
    private long acme;

    @BeforeEach
    void open() {
        journal = TestJournal.open(folder);
        acme = journal.journal().add(anApplication().company("Acme Rockets").role("Junior Developer")
                .applied(LocalDate.of(2026, 10, 1)).build()).id();
        journal.journal().addStage(acme, StageDetails.of(journal.stageKind("Phone screen"), LocalDate.of(2026, 10, 8)));
        journal.journal().addStage(acme, StageDetails.of(journal.stageKind("Final round"), LocalDate.of(2026, 10, 20)));
        journal.journal().recordOutcome(acme, anOutcome().rejected().on(LocalDate.of(2026, 11, 2))
                .message("We went with another candidate.").build());
    }

    @AfterEach
    void close() {
        journal.close();
    }

    private ReflectViewModel flow() {
        ReflectViewModel model = new ReflectViewModel(journal.reflections(), journal.journal(), journal.lessons(),
                new SameThreadTaskRunner(), TestJournal.FIXED_CLOCK, new DateText(Locale.UK), scheduler);
        model.open(acme);
        return model;
    }

    private Reflection stored() {
        return journal.reflections().find(acme).orElseThrow();
    }

    @Test
    void open_newReflection_startsAtWhatHappenedAtTheFurthestStage() {
        ReflectViewModel model = flow();

        assertEquals(ReflectionStep.WHAT_HAPPENED, model.currentProperty().get());
        assertEquals("Final round", model.whatHappened().endedAtProperty().get().name());
        assertEquals("02/11/2026", model.whatHappened().dateProperty().get());
        assertEquals("We went with another candidate.", model.whatHappened().messageProperty().get());
        assertEquals("Acme Rockets \u00b7 Junior Developer", model.headingProperty().get());
    }

    @Test
    void everyStep_filledAndFinished_savedAndReadBack() {
        ReflectViewModel model = flow();
        model.whatHappened().arrivalProperty().set(Arrival.EMAIL);
        model.next();
        model.feelings().choice(Feeling.DISAPPOINTED).chosenProperty().set(true);
        model.feelings().choice(Feeling.DISAPPOINTED).intensityProperty().set(4);
        model.next();
        model.reasons().choice(Reason.INTERNAL_CANDIDATE).chosenProperty().set(true);
        model.reasons().choice(Reason.NOT_SEEN).chosenProperty().set(true);
        model.reasons().choice(Reason.NOT_SEEN).noteProperty().set("Too brief on the system design");
        model.next();
        model.reframeProperty().set("Not the right team for me right now.");
        model.next();
        model.lessonForm().textProperty().set("Draw the design before explaining it");
        model.lessonForm().themeProperty().set(Theme.TECHNICAL_DEPTH);
        model.lessonForm().save();
        model.next();
        model.feedback().askedOnProperty().set("03/11/2026");
        model.feedback().askedFromProperty().set("Dana, recruiter");
        model.feedback().receivedOnProperty().set("05/11/2026");
        model.feedback().textProperty().set("Strong, but we wanted more depth.");
        model.skip();
        model.closeWell().replySentProperty().set(true);
        model.closeWell().nameProperty().set("Dana");
        model.keepContact();
        model.next();
        model.next();

        Reflection r = stored();
        assertEquals(Optional.of(Arrival.EMAIL), r.arrival());
        assertEquals(4, r.feelings().get(0).intensity().value());
        assertEquals(2, r.reasons().size());
        assertEquals(Optional.of("Too brief on the system design"), r.reasons().stream()
                .filter(c -> c.reason() == Reason.NOT_SEEN).findFirst().orElseThrow().note());
        assertEquals(Optional.of("Not the right team for me right now."), r.reframe());
        assertEquals(Optional.of("Strong, but we wanted more depth."), r.feedback().text());
        assertEquals(Optional.of(LocalDate.of(2026, 11, 3)), r.feedback().askedOn());
        assertEquals(Optional.of(TestJournal.FIXED_CLOCK.instant().atZone(TestJournal.FIXED_CLOCK.getZone())
                .toLocalDate()), r.graciousReplySentOn());
        assertTrue(r.contactId().isPresent());
        assertEquals(StepState.SKIPPED, r.state(ReflectionStep.FEEDBACK));
        assertTrue(r.isFinished());
        assertEquals(1, journal.lessons().all().size());

        ReflectViewModel again = flow();
        assertEquals("Not the right team for me right now.", again.reframeProperty().get());
        assertTrue(again.reasons().choice(Reason.NOT_SEEN).chosenProperty().get());
        assertEquals("Dana, recruiter", again.feedback().askedFromProperty().get());
        assertEquals(1, again.lessonsNoted().size());
        assertEquals(Messages.text("ui.reflect.contact.kept", "Dana"), again.closeWell().keptProperty().get());
    }

    @Test
    void partialReflection_reopened_resumesAtItsStep() {
        ReflectViewModel model = flow();
        model.next();
        model.feelings().choice(Feeling.ANGRY).chosenProperty().set(true);
        model.skip();
        model.reasons().choice(Reason.UNKNOWN).chosenProperty().set(true);
        scheduler.advance(Autosave.QUIET);

        ReflectViewModel resumed = flow();

        assertEquals(ReflectionStep.REASONS, resumed.currentProperty().get());
        assertEquals(StepState.DONE, resumed.steps().get(ReflectionStep.WHAT_HAPPENED));
        assertEquals(StepState.SKIPPED, resumed.steps().get(ReflectionStep.FEELINGS));
        assertEquals(StepState.TO_DO, resumed.steps().get(ReflectionStep.REASONS));
        assertTrue(resumed.feelings().choice(Feeling.ANGRY).chosenProperty().get());
        assertTrue(resumed.reasons().choice(Reason.UNKNOWN).chosenProperty().get());
        assertEquals(1, journal.reflections().unfinished().size());
    }

    @Test
    void typing_savedOnlyAfterThePause_andFlushSavesAtOnce() {
        ReflectViewModel model = flow();
        model.reframeProperty().set("One door");

        scheduler.advanceMillis(Autosave.QUIET.toMillis() - 1);
        assertEquals(Optional.empty(), stored().reframe());
        assertEquals(Messages.text("ui.reflect.saving"), model.saveStateProperty().get());

        scheduler.advanceMillis(1);
        assertEquals(Optional.of("One door"), stored().reframe());
        assertEquals(Messages.text("ui.reflect.saved"), model.saveStateProperty().get());

        model.reframeProperty().set("One door, not the last");
        model.flush();
        assertEquals(Optional.of("One door, not the last"), stored().reframe());
    }

    @Test
    void whatHappened_messageAndStageChanged_outcomeUpdatedWithoutANewStatusLine() {
        ReflectViewModel model = flow();
        model.whatHappened().messageProperty().set("Thank you for your time. We chose another candidate.");
        StageKind phoneScreen = model.whatHappened().kinds().stream().filter(k -> k.name().equals("Phone screen"))
                .findFirst().orElseThrow();
        model.whatHappened().endedAtProperty().set(phoneScreen);
        model.flush();

        assertEquals("", model.problemProperty().get() + model.whatHappened().errors().ofForm().get()
                + model.whatHappened().errors().of(FormField.OUTCOME_DATE).get());
        Outcome outcome = journal.journal().find(acme).orElseThrow().outcome().orElseThrow();
        assertEquals(Optional.of("Thank you for your time. We chose another candidate."), outcome.message());
        assertEquals(Optional.of(journal.stageKind("Phone screen")), outcome.endedAtKindId());
        assertEquals(2, journal.journal().find(acme).orElseThrow().statusHistory().size());
    }

    @Test
    void reasons_twoOfThreeOutside_sentenceSaysSo() {
        ReflectViewModel model = flow();
        assertEquals("", model.reasons().outsideControlProperty().get());

        model.reasons().choice(Reason.INTERNAL_CANDIDATE).chosenProperty().set(true);
        assertEquals(Messages.text("ui.reflect.outside.one"), model.reasons().outsideControlProperty().get());
        model.reasons().choice(Reason.NOT_SEEN).chosenProperty().set(true);
        model.reasons().choice(Reason.INFLUENCE).chosenProperty().set(true);

        assertEquals("2 of the 3 reasons you chose lie outside your control.",
                model.reasons().outsideControlProperty().get());
        model.flush();
        assertEquals(2, stored().reasonsOutsideMyControl());
    }

    @Test
    void lesson_closeToOneNotedBefore_offeredAsARepeat() {
        Lesson earlier = journal.lessons().add(LessonDetails.of("Prepare two stories about teamwork", Theme.STORYTELLING),
                Optional.empty());
        ReflectViewModel model = flow();
        model.lessonForm().textProperty().set("prepare teamwork stories");
        model.lessonForm().themeProperty().set(Theme.STORYTELLING);

        model.lessonForm().save();

        assertEquals(Messages.text("ui.lessons.notedBefore", "Prepare two stories about teamwork"),
                model.lessonForm().notedBeforeProperty().get());
        assertEquals(1, journal.lessons().all().size());

        model.lessonForm().addAsRepeat();

        assertEquals(2, journal.lessons().all().size());
        assertEquals(2, journal.lessons().timesNoted().get(earlier.id()));
        assertEquals(Optional.of(earlier.id()), model.lessonsNoted().get(0).repeatOf());
        assertEquals("", model.lessonForm().notedBeforeProperty().get());
    }

    @Test
    void lesson_new_addedAtOnceWithStatusNew() {
        ReflectViewModel model = flow();
        model.lessonForm().textProperty().set("Ask what the team struggles with");
        model.lessonForm().themeProperty().set(Theme.RESEARCH);

        model.lessonForm().save();

        Lesson added = journal.lessons().all().get(0);
        assertEquals(Optional.of(acme), added.applicationId());
        assertEquals(dev.onward.domain.LessonStatus.NEW, added.details().status());
        assertFalse(model.lessonsNoted().isEmpty());
    }

    @Test
    void nextStep_noActiveApplication_warnsAndTemplatesNameTheRole() {
        ReflectViewModel model = flow();
        model.goTo(ReflectionStep.CLOSE_WELL);

        model.next();

        assertEquals(ReflectionStep.NEXT_STEP, model.currentProperty().get());
        assertTrue(model.nextStep().emptyProperty().get());
        assertEquals(Messages.text("ui.reflect.pipeline.none"), model.nextStep().textProperty().get());
        assertTrue(model.feedbackRequest().contains("Acme Rockets"));
        assertTrue(model.reply().contains("Junior Developer"));

        journal.journal().add(anApplication().company("Orchard").build());
        model.back();
        model.next();
        assertFalse(model.nextStep().emptyProperty().get());
        assertEquals("You have 1 active application.", model.nextStep().textProperty().get());
    }
}
