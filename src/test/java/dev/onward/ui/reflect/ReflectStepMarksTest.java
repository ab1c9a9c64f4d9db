package dev.onward.ui.reflect;

import static dev.onward.testutil.ApplicationDetailsBuilder.anApplication;
import static dev.onward.testutil.OutcomeBuilder.anOutcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onward.domain.Feeling;
import dev.onward.domain.Messages;
import dev.onward.domain.Reason;
import dev.onward.domain.ReflectionStep;
import dev.onward.domain.StepState;
import dev.onward.service.JournalChange;
import dev.onward.testutil.TestJournal;
import dev.onward.ui.DateText;
import dev.onward.ui.FormField;
import dev.onward.ui.SameThreadTaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the steps are counted and marked: a step with a wrong field is never done, and the summary agrees with the list. */
class ReflectStepMarksTest {
    @TempDir
    Path folder;

    private TestJournal journal;
    private ReflectViewModel model;
    private long acme;

    @BeforeEach
    void open() {
        journal = TestJournal.open(folder);
        acme = journal.journal().add(anApplication().company("Acme Rockets").applied(LocalDate.of(2026, 10, 1)).build()).id();
        journal.journal().recordOutcome(acme, anOutcome().rejected().on(LocalDate.of(2026, 11, 2)).build());
        model = flow(Locale.UK);
    }

    private ReflectViewModel flow(Locale locale) {
        ReflectViewModel flow = new ReflectViewModel(journal.reflections(), journal.journal(), journal.lessons(),
                new SameThreadTaskRunner(), TestJournal.FIXED_CLOCK, new DateText(locale), new ManualScheduler());
        flow.open(acme);
        return flow;
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void next_impossibleNewsDate_staysOnTheStepNotDoneAndTheTextKept() {
        model.whatHappened().dateProperty().set("13/45/2026");

        assertFalse(model.next());

        assertEquals(ReflectionStep.WHAT_HAPPENED, model.currentProperty().get());
        assertEquals(StepState.TO_DO, model.steps().get(ReflectionStep.WHAT_HAPPENED));
        assertEquals(StepMark.NEEDS_LOOK, model.marks().get(ReflectionStep.WHAT_HAPPENED));
        assertEquals("13/45/2026", model.whatHappened().dateProperty().get());
        assertEquals(Messages.text("field.day.invalid", "24/11/2026"),
                model.whatHappened().errors().of(FormField.OUTCOME_DATE).get());
        assertEquals(StepState.TO_DO, journal.reflections().find(acme).orElseThrow().state(ReflectionStep.WHAT_HAPPENED));
        assertEquals(LocalDate.of(2026, 11, 2), journal.journal().find(acme).orElseThrow().outcome().orElseThrow().date());
    }

    @Test
    void next_newsDatePutRight_movesOnAndTheStepIsDone() {
        model.whatHappened().dateProperty().set("13/45/2026");
        model.next();
        model.whatHappened().dateProperty().set("20/11/2026");

        assertTrue(model.next());

        assertEquals(ReflectionStep.FEELINGS, model.currentProperty().get());
        assertEquals(StepMark.DONE, model.marks().get(ReflectionStep.WHAT_HAPPENED));
        assertEquals(LocalDate.of(2026, 11, 20), journal.journal().find(acme).orElseThrow().outcome().orElseThrow().date());
    }

    @Test
    void skip_impossibleNewsDate_movesOnWithTheStepNeedingALookAndTheTextKept() {
        model.whatHappened().dateProperty().set("13/45/2026");

        model.skip();

        assertEquals(ReflectionStep.FEELINGS, model.currentProperty().get());
        assertEquals(StepMark.NEEDS_LOOK, model.marks().get(ReflectionStep.WHAT_HAPPENED));
        assertEquals("13/45/2026", model.whatHappened().dateProperty().get());
    }

    @Test
    void goTo_doneStepThenDateBroken_noLongerShownAsDone() {
        model.next();
        model.goTo(ReflectionStep.WHAT_HAPPENED);
        model.whatHappened().dateProperty().set("yesterday");

        model.goTo(ReflectionStep.FEELINGS);

        assertEquals(StepMark.NEEDS_LOOK, model.marks().get(ReflectionStep.WHAT_HAPPENED));
    }

    @Test
    void summary_feelingsAndReasonsLeftWithoutNext_countedAsStartedLikeTheStepList() {
        model.goTo(ReflectionStep.FEELINGS);
        model.feelings().choice(Feeling.DISAPPOINTED).chosenProperty().set(true);
        model.goTo(ReflectionStep.REASONS);
        model.reasons().choice(Reason.INTERNAL_CANDIDATE).chosenProperty().set(true);
        model.reframeProperty().set("Next one.");
        model.flush();
        ReflectionSummaryViewModel summary = new ReflectionSummaryViewModel(journal.reflections(), journal.lessons(),
                new SameThreadTaskRunner());

        summary.load(journal.journal().find(acme).orElseThrow());

        List<ReflectionStep> started = new ArrayList<>();
        flow(Locale.UK).marks().forEach((step, mark) -> {
            if (mark == StepMark.STARTED) {
                started.add(step);
            }
        });
        assertEquals(List.of(ReflectionStep.FEELINGS, ReflectionStep.REASONS, ReflectionStep.REFRAME), started);
        assertEquals(Messages.text("ui.reflect.summary.inProgress", 0, 8, 3), summary.summaryProperty().get().lines()
                .findFirst().orElseThrow());
        assertTrue(summary.summaryProperty().get().startsWith("In progress \u00b7 0 of 8 steps done or skipped, 3 started"));
    }

    @Test
    void summary_stepsDoneAndSkipped_countedAsTheStepListShowsThem() {
        model.next();
        model.skip();
        ReflectionSummaryViewModel summary = new ReflectionSummaryViewModel(journal.reflections(), journal.lessons(),
                new SameThreadTaskRunner());

        summary.load(journal.journal().find(acme).orElseThrow());

        assertTrue(summary.summaryProperty().get().startsWith("In progress \u00b7 2 of 8 steps done or skipped\n"));
    }

    @Test
    void newsDate_words_messageAsksForTheFormatNotAMissingDay() {
        model.whatHappened().dateProperty().set("yesterday");
        model.flush();

        assertEquals(Messages.text("field.day.unreadable", "yesterday", "24/11/2026"),
                model.whatHappened().errors().of(FormField.OUTCOME_DATE).get());
    }

    @Test
    void feedbackDate_wordsInTheUs_messageShowsTheUsFormat() {
        ReflectViewModel us = flow(Locale.US);
        us.feedback().receivedOnProperty().set("yesterday");
        us.flush();

        assertEquals("\u201cyesterday\u201d is not a day this field can read. Type it as numbers, like 11/24/2026.",
                us.feedback().errors().of(FormField.FEEDBACK_RECEIVED_ON).get());
    }

    @Test
    void feedbackDate_isoDayThatDoesNotExist_saysTheDayDoesNotExist() {
        model.feedback().receivedOnProperty().set("2026-02-31");
        model.flush();

        assertEquals(Messages.text("field.day.invalid", "24/11/2026"),
                model.feedback().errors().of(FormField.FEEDBACK_RECEIVED_ON).get());
    }

    @Test
    void saving_newsDateChanged_announcesTheOutcome() {
        List<Set<JournalChange>> told = new ArrayList<>();
        journal.services().changes().listen(told::add);

        model.whatHappened().dateProperty().set("20/11/2026");
        model.flush();

        assertTrue(told.stream().anyMatch(changed -> changed.contains(JournalChange.OUTCOMES)), told.toString());
    }

    @Test
    void saving_onlyFeelingsChanged_announcesNoOutcome() {
        List<Set<JournalChange>> told = new ArrayList<>();
        journal.services().changes().listen(told::add);

        model.feelings().choice(Feeling.SAD).chosenProperty().set(true);
        model.flush();

        assertEquals(List.of(Set.of(JournalChange.REFLECTIONS)), told);
    }
}
