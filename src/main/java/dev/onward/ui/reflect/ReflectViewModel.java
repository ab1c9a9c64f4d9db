package dev.onward.ui.reflect;

import dev.onward.domain.Application;
import dev.onward.domain.ContactDetails;
import dev.onward.domain.Lesson;
import dev.onward.domain.Messages;
import dev.onward.domain.Outcome;
import dev.onward.domain.Reflection;
import dev.onward.domain.ReflectionStep;
import dev.onward.domain.StepState;
import dev.onward.service.JournalService;
import dev.onward.service.LessonService;
import dev.onward.service.ReflectionService;
import dev.onward.ui.DateText;
import dev.onward.ui.FieldErrors;
import dev.onward.ui.TaskRunner;
import dev.onward.ui.lessons.LessonFormViewModel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
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
    private final JournalService journal;
    private final LessonService lessons;
    private final TaskRunner runner;
    private final Clock clock;
    private final Autosave autosave;
    private final WhatHappenedViewModel whatHappened;
    private final FeelingsViewModel feelings = new FeelingsViewModel();
    private final ReasonsViewModel reasons = new ReasonsViewModel();
    private final StringProperty reframe = new SimpleStringProperty(this, "reframe", "");
    private final FieldErrors reframeErrors = new FieldErrors().declare("reframe");
    private final FeedbackViewModel feedback;
    private final CloseWellViewModel closeWell;
    private final LessonFormViewModel lessonForm;
    private final NextStep nextStep = new NextStep();
    private final ObservableList<Lesson> lessonsNoted = FXCollections.observableArrayList();
    private final ObservableMap<ReflectionStep, StepState> steps =
            FXCollections.observableMap(new EnumMap<>(ReflectionStep.class));
    private final ObservableMap<ReflectionStep, StepMark> marks =
            FXCollections.observableMap(new EnumMap<>(ReflectionStep.class));
    // Held here: an unmodifiable view hears its map through a weak listener, so a view made per call can be collected.
    private final ObservableMap<ReflectionStep, StepState> stepsShown = FXCollections.unmodifiableObservableMap(steps);
    private final ObservableMap<ReflectionStep, StepMark> marksShown = FXCollections.unmodifiableObservableMap(marks);
    private final Set<ReflectionStep> needLook = EnumSet.noneOf(ReflectionStep.class);
    private final ReadOnlyObjectWrapper<ReflectionStep> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper(this, "saveState", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<Long> applicationId = new ReadOnlyObjectWrapper<>(this, "applicationId");
    private Reflection base;
    private Application application;
    private String feedbackRequest = "";
    private String reply = "";
    private LongConsumer onOutcomeChanged = id -> { };

    /** Creates the flow; {@code scheduler} times the saves as the user types. */
    public ReflectViewModel(ReflectionService reflections, JournalService journal, LessonService lessons,
            TaskRunner runner, Clock clock, DateText dates, Scheduler scheduler) {
        this.reflections = reflections;
        this.journal = journal;
        this.lessons = lessons;
        this.runner = runner;
        this.clock = clock;
        this.autosave = new Autosave(scheduler, this::saveNow);
        this.whatHappened = new WhatHappenedViewModel(dates);
        this.feedback = new FeedbackViewModel(dates);
        this.closeWell = new CloseWellViewModel(dates, clock);
        this.lessonForm = new LessonFormViewModel(lessons, runner);
        for (Changes changes : List.of(whatHappened.changes(), feelings.changes(), reasons.changes(),
                feedback.changes(), closeWell.changes())) {
            changes.onChange(this::changed);
        }
        reframe.addListener((obs, old, now) -> {
            if (base != null && !reframe.get().equals(base.reframe().orElse(""))) {
                changed();
            }
        });
        lessonForm.onSaved(saved -> {
            lessonsNoted.add(saved);
            mark(base);
        });
    }

    /** Opens the reflection on application {@code id} at the step where it was left; saves what is pending first. */
    public void open(long id) {
        // Read afresh even for the same application: its outcome or lessons may have changed elsewhere.
        autosave.flush();
        runner.run(() -> read(id), this::show, this::fail);
    }

    private ReflectionOpened read(long id) {
        Reflection reflection = reflections.open(id);
        Application found = journal.find(id).orElseThrow();
        List<Lesson> noted = lessons.all().stream().filter(l -> l.applicationId().equals(Optional.of(id))).toList();
        Optional<String> contact = reflection.contactId().flatMap(reflections::contact).map(c -> c.details().name());
        return new ReflectionOpened(reflection, found, journal.stageKinds(), journal.furthestStage(id), noted,
                reflections.activePipeline(), reflections.feedbackRequest(id), reflections.graciousReply(id), contact);
    }

    private void show(ReflectionOpened opened) {
        Reflection r = opened.reflection();
        Application a = opened.application();
        base = r;
        application = a;
        feedbackRequest = opened.feedbackRequest();
        reply = opened.reply();
        whatHappened.fill(a.outcome().orElseThrow(), opened.kinds(), opened.furthest(), r.arrival());
        feelings.fill(r.feelings());
        reasons.fill(r.reasons());
        reframeErrors.clear();
        reframe.set(r.reframe().orElse(""));
        feedback.fill(r.feedback());
        closeWell.fill(r.graciousReplySentOn(), a.details().company(),
                opened.contactName().map(n -> Messages.text("ui.reflect.contact.kept", n)).orElse(""));
        lessonForm.setKinds(opened.kinds());
        lessonForm.startNew(Optional.of(a.id()));
        lessonsNoted.setAll(opened.lessons());
        nextStep.show(opened.pipeline());
        steps.putAll(r.steps());
        needLook.clear();
        mark(r);
        heading.set(Messages.text("ui.reflect.heading", a.details().company(), a.details().role()));
        saveState.set("");
        problem.set("");
        applicationId.set(a.id());
        current.set(r.currentStep());
    }

    /**
     * Marks the step shown as done and moves to the next; on the last step, ends the flow. A step
     * with a field the journal cannot keep is not done: the flow stays on it, the message beside
     * the field, so what the user typed stays in front of them to be put right (or skipped).
     *
     * @return whether the flow moved on
     */
    public boolean next() {
        ReflectionStep at = current.get();
        if (at != null && check(at)) {
            needLook.add(at);
            mark(base);
            autosave.flush();
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
        if (current.get() != null && step != current.get()) {
            current.set(step);
            changed();
            autosave.flush();
        }
    }

    private void leaveStep(StepState state, int by) {
        ReflectionStep at = current.get();
        if (at == null) {
            return;
        }
        if (state != null) {
            steps.put(at, state);
        }
        int to = Math.max(0, Math.min(ReflectionStep.values().length - 1, at.ordinal() + by));
        current.set(ReflectionStep.values()[to]);
        if (to == ReflectionStep.NEXT_STEP.ordinal()) {
            runner.run(reflections::activePipeline, nextStep::show, this::fail);
        }
        changed();
        autosave.flush();
    }

    /** Saves at once what is waiting to be saved: on leaving the flow or closing the window. */
    public void flush() {
        autosave.flush();
    }

    /** Keeps the contact typed in "Close well" and links it to this reflection. */
    public void keepContact() {
        Application a = application;
        if (a == null) {
            return;
        }
        closeWell.toContact(LocalDate.now(clock)).ifPresent(details -> {
            autosave.flush();
            runner.run(() -> reflections.keepContact(a.id(), details), kept -> {
                base = ReflectionDraft.withContact(base, kept.id());
                closeWell.contactKept(details);
            }, this::fail);
        });
    }

    /** Checks the fields of {@code step} as they are typed now, showing the messages; whether any is wrong. */
    private boolean check(ReflectionStep step) {
        LocalDate today = LocalDate.now(clock);
        switch (step) {
            case WHAT_HAPPENED -> application.outcome().ifPresent(o -> whatHappened.toOutcome(o.kind(), today));
            case FEELINGS -> feelings.toFeelings();
            case REFRAME -> ReflectionDraft.reframe(base, reframe.get(), reframeErrors);
            case FEEDBACK -> feedback.toFeedback(base.feedback(), today);
            case CLOSE_WELL -> closeWell.toSentOn(base.graciousReplySentOn(), today);
            default -> {
                return false;
            }
        }
        return shown(step);
    }

    /** Whether a message shows beside a field of {@code step} (the contact form is kept apart, by its own button). */
    private boolean shown(ReflectionStep step) {
        return switch (step) {
            case WHAT_HAPPENED -> whatHappened.errors().any();
            case FEELINGS -> feelings.errors().any();
            case REFRAME -> reframeErrors.any();
            case FEEDBACK -> feedback.errors().any();
            case CLOSE_WELL -> DayField.wrong(closeWell.errors(), "replyDate");
            default -> false;
        };
    }

    /** Shows each step's mark for {@code r} as it stands, with the steps that need a look. */
    private void mark(Reflection r) {
        if (r != null) {
            marks.putAll(StepMarks.of(r, lessonsNoted.size(), needLook));
        }
    }

    private void changed() {
        saveState.set(Messages.text("ui.reflect.saving"));
        autosave.changed();
    }

    /** The reflection as the user has it now; a wrong field keeps its value from {@link #base}. */
    private Reflection compose() {
        LocalDate today = LocalDate.now(clock);
        return new Reflection(base.applicationId(), Optional.ofNullable(whatHappened.arrivalProperty().get()),
                feelings.toFeelings().orElse(base.feelings()), reasons.toReasons().orElse(base.reasons()),
                ReflectionDraft.reframe(base, reframe.get(), reframeErrors),
                feedback.toFeedback(base.feedback(), today), closeWell.toSentOn(base.graciousReplySentOn(), today),
                base.contactId(), steps, current.get(), base.updated());
    }

    private void saveNow() {
        if (base == null) {
            return;
        }
        Reflection draft = compose();
        Optional<Outcome> outcome = application.outcome().flatMap(recorded -> whatHappened
                .toOutcome(recorded.kind(), LocalDate.now(clock)).filter(typed -> !typed.equals(recorded)));
        base = draft;
        for (ReflectionStep step : ReflectionStep.values()) {
            if (shown(step)) {
                needLook.add(step);
            } else {
                needLook.remove(step);
            }
        }
        mark(draft);
        long id = application.id();
        runner.run(() -> {
            // A contact kept since the draft was taken is already in the journal: keep its link.
            Reflection toSave = draft.contactId().isPresent() ? draft : reflections.find(id)
                    .flatMap(Reflection::contactId).map(c -> ReflectionDraft.withContact(draft, c)).orElse(draft);
            Reflection saved = reflections.save(toSave);
            return new Saved(saved, outcome.map(o -> journal.recordOutcome(id, o)));
        }, result -> {
            result.application().ifPresent(a -> {
                application = a;
                onOutcomeChanged.accept(a.id());
            });
            if (!autosave.pending()) {
                saveState.set(Messages.text("ui.reflect.saved"));
            }
        }, this::fail);
    }

    private void fail(Exception failure) {
        String message = failure.getMessage();
        problem.set(message == null || message.isBlank() ? Messages.text("ui.problem.unknown") : message);
    }

    private record Saved(Reflection reflection, Optional<Application> application) {
    }

    /**
     * Tells {@code action} the application's id each time the outcome typed in "What happened"
     * (its day, stage or message) is saved, so lists that show it can read it again.
     */
    public void onOutcomeChanged(LongConsumer action) {
        onOutcomeChanged = action;
    }

    /** How each step is shown in the step list: done, skipped, started, to do, or needing a look. */
    public ObservableMap<ReflectionStep, StepMark> marks() {
        return marksShown;
    }

    /** The step shown; null until a reflection is open. */
    public ReadOnlyObjectProperty<ReflectionStep> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Where the user is with each step. */
    public ObservableMap<ReflectionStep, StepState> steps() {
        return stepsShown;
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
        return saveState.getReadOnlyProperty();
    }

    /** What went wrong reading or writing the journal; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The "What happened" step. */
    public WhatHappenedViewModel whatHappened() {
        return whatHappened;
    }

    /** The "How you feel" step. */
    public FeelingsViewModel feelings() {
        return feelings;
    }

    /** The "Possible reasons" step. */
    public ReasonsViewModel reasons() {
        return reasons;
    }

    /** What it means for the user, as typed. */
    public StringProperty reframeProperty() {
        return reframe;
    }

    /** The message next to the reframe. */
    public FieldErrors reframeErrors() {
        return reframeErrors;
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
        return feedback;
    }

    /** The "Close well" step. */
    public CloseWellViewModel closeWell() {
        return closeWell;
    }

    /** The "Next step" step. */
    public NextStep nextStep() {
        return nextStep;
    }

    /** The request for feedback, filled in with the company and role, for the clipboard. */
    public String feedbackRequest() {
        return feedbackRequest;
    }

    /** The gracious reply, filled in with the company and role, for the clipboard. */
    public String reply() {
        return reply;
    }
}
