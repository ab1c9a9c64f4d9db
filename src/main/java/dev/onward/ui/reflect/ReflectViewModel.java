package dev.onward.ui.reflect;

import dev.onward.domain.Application;
import dev.onward.domain.Lesson;
import dev.onward.domain.Messages;
import dev.onward.domain.Outcome;
import dev.onward.domain.Reflection;
import dev.onward.domain.ReflectionStep;
import dev.onward.domain.StepState;
import dev.onward.service.applications.ApplicationService;
import dev.onward.service.lessons.LessonService;
import dev.onward.service.reflect.ReflectionService;
import dev.onward.ui.DateText;
import dev.onward.ui.FieldErrors;
import dev.onward.ui.TaskRunner;
import dev.onward.ui.lessons.LessonFormViewModel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The Reflect flow on one ended application: one step at a time, each done, skipped or still to
 * do, and everything saved as it is typed ({@link Autosave}) through the services on the
 * {@link TaskRunner}. A field that is wrong keeps its last good value in the journal and shows a
 * message; the rest is saved all the same.
 */
public final class ReflectViewModel {
    private final ReflectionService reflections;
    private final ApplicationService journal;
    private final LessonService lessons;
    private final TaskRunner runner;
    private final Clock clock;
    private final ReflectionSavingViewModel saving;
    private final ReflectionForm form;
    private final LessonFormViewModel lessonForm;
    private final ObservableList<Lesson> lessonsNoted = FXCollections.observableArrayList();
    private final ReflectSteps steps = new ReflectSteps();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyObjectWrapper<Long> applicationId = new ReadOnlyObjectWrapper<>(this, "applicationId");

    /** Creates the flow; {@code scheduler} times the saves as the user types. */
    public ReflectViewModel(ReflectionService reflections, ApplicationService journal, LessonService lessons,
            TaskRunner runner, Clock clock, DateText dates, Scheduler scheduler) {
        this.reflections = reflections;
        this.journal = journal;
        this.lessons = lessons;
        this.runner = runner;
        this.clock = clock;
        this.saving = new ReflectionSavingViewModel(reflections, journal, runner, scheduler, this::saveNow);
        this.form = new ReflectionForm(dates, clock, saving::changed);
        this.lessonForm = new LessonFormViewModel(lessons, runner);
        lessonForm.onSaved(saved -> {
            lessonsNoted.add(saved);
            mark(form.base());
        });
    }

    /** Opens the reflection on application {@code id} at the step where it was left; saves what is pending first. */
    public void open(long id) {
        // Read afresh even for the same application: its outcome or lessons may have changed elsewhere.
        saving.flush();
        runner.run(() -> read(id), this::show, saving::fail);
    }

    /** Reads the application open in the flow again, if one is, e.g. after it changed elsewhere; saves what was typed first. */
    public void reread() {
        Application shown = form.application();
        if (shown != null) {
            open(shown.id());
        }
    }

    private ReflectionOpened read(long id) {
        Reflection reflection = reflections.open(id);
        Application found = journal.find(id).orElseThrow();
        List<Lesson> noted = lessons.from(id);
        Optional<String> contact = reflection.contactId().flatMap(reflections::contact).map(c -> c.details().name());
        return new ReflectionOpened(reflection, found, journal.stageKinds(), journal.furthestStage(id), noted,
                reflections.activePipeline(), reflections.feedbackRequest(id), reflections.graciousReply(id), contact);
    }

    private void show(ReflectionOpened opened) {
        Reflection r = opened.reflection();
        Application a = opened.application();
        form.fill(opened);
        lessonForm.setKinds(opened.kinds());
        lessonForm.startNew(Optional.of(a.id()));
        lessonsNoted.setAll(opened.lessons());
        steps.restore(r);
        mark(r);
        heading.set(Messages.text("ui.reflect.heading", a.details().company(), a.details().role()));
        saving.clear();
        applicationId.set(a.id());
        steps.show(r.currentStep());
    }

    /**
     * Marks the step shown as done and moves to the next; on the last step, ends the flow. A step
     * with a field the journal cannot keep is not done: the flow stays on it, the message beside
     * the field, so what the user typed stays in front of them to be put right (or skipped).
     *
     * @return whether the flow moved on
     */
    public boolean next() {
        ReflectionStep at = steps.current();
        if (at != null && form.check(at)) {
            steps.needsLook(at);
            mark(form.base());
            saving.flush();
            return false;
        }
        leaveStep(StepState.DONE, 1);
        return true;
    }

    /** Marks the step shown as skipped (it can be done later) and moves to the next. */
    public void skip() {
        leaveStep(StepState.SKIPPED, 1);
    }

    /** Moves to the step before, leaving this one as it is. */
    public void back() {
        leaveStep(null, -1);
    }

    /** Moves to {@code step}, leaving the one shown as it is. */
    public void goTo(ReflectionStep step) {
        if (steps.goTo(step)) {
            saving.changed();
            saving.flush();
        }
    }

    private void leaveStep(StepState state, int by) {
        Optional<ReflectionStep> to = steps.leave(state, by);
        if (to.isEmpty()) {
            return;
        }
        if (to.get() == ReflectionStep.NEXT_STEP) {
            runner.run(reflections::activePipeline, form.nextStep()::show, saving::fail);
        }
        saving.changed();
        saving.flush();
    }

    /** Saves at once what is waiting to be saved: on leaving the flow or closing the window. */
    public void flush() {
        saving.flush();
    }

    /** Keeps the contact typed in "Close well" and links it to this reflection. */
    public void keepContact() {
        Application a = form.application();
        if (a == null) {
            return;
        }
        form.closeWell().toContact(LocalDate.now(clock)).ifPresent(details -> {
            saving.flush();
            runner.run(() -> reflections.keepContact(a.id(), details),
                    kept -> form.contactKept(kept.id(), details), saving::fail);
        });
    }

    /** Shows each step's mark for {@code r} as it stands, with the steps that need a look. */
    private void mark(Reflection r) {
        steps.mark(r, lessonsNoted.size());
    }

    private void saveNow() {
        if (form.base() == null) {
            return;
        }
        Reflection draft = form.draft(steps.states(), steps.current());
        Optional<Outcome> outcome = form.changedOutcome();
        steps.review(form::shown);
        mark(draft);
        saving.save(draft, outcome, form.application().id(), form::outcomeRecorded);
    }

    /** How each step is shown in the step list: done, skipped, started, to do, or needing a look. */
    public ObservableMap<ReflectionStep, StepMark> marks() {
        return steps.marksShown();
    }

    /** The step shown; null until a reflection is open. */
    public ReadOnlyObjectProperty<ReflectionStep> currentProperty() {
        return steps.currentProperty();
    }

    /** Where the user is with each step. */
    public ObservableMap<ReflectionStep, StepState> steps() {
        return steps.statesShown();
    }

    /** The application reflected on; null until one is open. */
    public ReadOnlyObjectProperty<Long> applicationIdProperty() {
        return applicationId.getReadOnlyProperty();
    }

    /** "Acme Rockets · Junior Developer". */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** "Saving…" while a change waits, "Saved." once it is in the journal. */
    public ReadOnlyStringProperty saveStateProperty() {
        return saving.saveStateProperty();
    }

    /** What went wrong reading or writing the journal; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return saving.problemProperty();
    }

    /** The "What happened" step. */
    public WhatHappenedViewModel whatHappened() {
        return form.whatHappened();
    }

    /** The "How you feel" step. */
    public FeelingsViewModel feelings() {
        return form.feelings();
    }

    /** The "Possible reasons" step. */
    public ReasonsViewModel reasons() {
        return form.reasons();
    }

    /** What it means for the user, as typed. */
    public StringProperty reframeProperty() {
        return form.reframe();
    }

    /** The message next to the reframe. */
    public FieldErrors reframeErrors() {
        return form.reframeErrors();
    }

    /** The lesson form of "What you'd do differently". */
    public LessonFormViewModel lessonForm() {
        return lessonForm;
    }

    /** The lessons noted from this application. */
    public ObservableList<Lesson> lessonsNoted() {
        return lessonsNoted;
    }

    /** The "Feedback" step. */
    public FeedbackViewModel feedback() {
        return form.feedback();
    }

    /** The "Close well" step. */
    public CloseWellViewModel closeWell() {
        return form.closeWell();
    }

    /** The "Next step" step. */
    public NextStep nextStep() {
        return form.nextStep();
    }

    /** The request for feedback, filled in with the company and role, for the clipboard. */
    public String feedbackRequest() {
        return form.feedbackRequest();
    }

    /** The gracious reply, filled in with the company and role, for the clipboard. */
    public String reply() {
        return form.reply();
    }
}
