package dev.onward.ui.reflect;

import dev.onward.domain.Application;
import dev.onward.domain.ContactDetails;
import dev.onward.domain.Messages;
import dev.onward.domain.Outcome;
import dev.onward.domain.Reflection;
import dev.onward.domain.ReflectionStep;
import dev.onward.domain.StepState;
import dev.onward.ui.DateField;
import dev.onward.ui.DateText;
import dev.onward.ui.FieldErrors;
import dev.onward.ui.FormField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the user has typed in each step of the Reflect flow, over the reflection last saved: the
 * fields are checked as the journal would check them, and a wrong one keeps its saved value.
 */
final class ReflectionForm {
    private final Clock clock;
    private final WhatHappenedViewModel whatHappened;
    private final FeelingsViewModel feelings = new FeelingsViewModel();
    private final ReasonsViewModel reasons = new ReasonsViewModel();
    private final StringProperty reframe = new SimpleStringProperty(this, "reframe", "");
    private final FieldErrors reframeErrors = new FieldErrors().declare(FormField.REFRAME);
    private final FeedbackViewModel feedback;
    private final CloseWellViewModel closeWell;
    private final NextStep nextStep = new NextStep();
    private Reflection base;
    private Application application;
    private String feedbackRequest = "";
    private String reply = "";

    /** An empty form; {@code changed} hears of every change the user makes. */
    ReflectionForm(DateText dates, Clock clock, Runnable changed) {
        this.clock = clock;
        DateField days = new DateField(dates, clock);
        this.whatHappened = new WhatHappenedViewModel(days);
        this.feedback = new FeedbackViewModel(days);
        this.closeWell = new CloseWellViewModel(days, clock);
        for (Changes changes : List.of(whatHappened.changes(), feelings.changes(), reasons.changes(),
                feedback.changes(), closeWell.changes())) {
            changes.onChange(changed);
        }
        reframe.addListener((obs, old, now) -> {
            if (base != null && !reframe.get().equals(base.reframe().orElse(""))) {
                changed.run();
            }
        });
    }

    /** Shows the reflection and application {@code opened}, as saved. */
    void fill(ReflectionOpened opened) {
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
        nextStep.show(opened.pipeline());
    }

    /** Checks the fields of {@code step} as they are typed now, showing the messages; whether any is wrong. */
    boolean check(ReflectionStep step) {
        LocalDate today = LocalDate.now(clock);
        switch (step) {
            case WHAT_HAPPENED -> application.outcome().ifPresent(o -> whatHappened.toOutcome(o.kind()));
            case FEELINGS -> feelings.toFeelings();
            case REFRAME -> ReflectionDraft.reframe(base, reframe.get(), reframeErrors);
            case FEEDBACK -> feedback.toFeedback(base.feedback());
            case CLOSE_WELL -> closeWell.toSentOn(base.graciousReplySentOn(), today);
            default -> {
                return false;
            }
        }
        return shown(step);
    }

    /** Whether a message shows beside a field of {@code step} (the contact form is kept apart, by its own button). */
    boolean shown(ReflectionStep step) {
        return switch (step) {
            case WHAT_HAPPENED -> whatHappened.errors().any();
            case FEELINGS -> feelings.errors().any();
            case REFRAME -> reframeErrors.any();
            case FEEDBACK -> feedback.errors().any();
            case CLOSE_WELL -> closeWell.errors().showing(FormField.REPLY_DATE);
            default -> false;
        };
    }

    /**
     * The reflection as the user has it now, at {@code current} with {@code steps}, which becomes the
     * one a wrong field keeps its value from.
     */
    Reflection draft(Map<ReflectionStep, StepState> steps, ReflectionStep current) {
        LocalDate today = LocalDate.now(clock);
        Reflection saved = base;
        base = saved.withArrival(Optional.ofNullable(whatHappened.arrivalProperty().get()))
                .withFeelings(feelings.toFeelings().orElse(saved.feelings()))
                .withReasons(reasons.toReasons().orElse(saved.reasons()))
                .withReframe(ReflectionDraft.reframe(saved, reframe.get(), reframeErrors))
                .withFeedback(feedback.toFeedback(saved.feedback()))
                .withGraciousReplySentOn(closeWell.toSentOn(saved.graciousReplySentOn(), today))
                .withSteps(steps)
                .at(current);
        return base;
    }

    /** The outcome typed in "What happened" when it differs from the one recorded; empty otherwise. */
    Optional<Outcome> changedOutcome() {
        return application.outcome().flatMap(recorded -> whatHappened
                .toOutcome(recorded.kind()).filter(typed -> !typed.equals(recorded)));
    }

    /** Takes {@code a}, read again after its outcome was recorded. */
    void outcomeRecorded(Application a) {
        application = a;
    }

    /** Links the reflection to the contact {@code details}, kept in the journal as {@code contactId}. */
    void contactKept(long contactId, ContactDetails details) {
        base = base.withContact(contactId);
        closeWell.contactKept(details);
    }

    /** The reflection last saved or sent to be saved; null until one is open. */
    Reflection base() {
        return base;
    }

    /** The application reflected on; null until one is open. */
    Application application() {
        return application;
    }

    WhatHappenedViewModel whatHappened() {
        return whatHappened;
    }

    FeelingsViewModel feelings() {
        return feelings;
    }

    ReasonsViewModel reasons() {
        return reasons;
    }

    StringProperty reframe() {
        return reframe;
    }

    FieldErrors reframeErrors() {
        return reframeErrors;
    }

    FeedbackViewModel feedback() {
        return feedback;
    }

    CloseWellViewModel closeWell() {
        return closeWell;
    }

    NextStep nextStep() {
        return nextStep;
    }

    /** The request for feedback, filled in with the company and role. */
    String feedbackRequest() {
        return feedbackRequest;
    }

    /** The gracious reply, filled in with the company and role. */
    String reply() {
        return reply;
    }
}
