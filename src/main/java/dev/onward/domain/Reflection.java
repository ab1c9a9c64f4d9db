package dev.onward.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user made of an application that ended in a rejection or a silence. Saved as it is
 * typed; a half-done reflection is a valid one.
 *
 * @param applicationId the application reflected on
 * @param arrival how the news arrived
 * @param feelings the feelings named, each with an intensity
 * @param reasons the possible reasons chosen
 * @param reframe what it means for the user, in their words
 * @param feedback what the company said, kept apart from the reasons
 * @param graciousReplySentOn the day a gracious reply was sent
 * @param contactId the contact kept from this application
 * @param steps where the user is with each step
 * @param currentStep the step the user was on last
 * @param updated when it was last saved
 */
public record Reflection(
        long applicationId,
        Optional<Arrival> arrival,
        List<NamedFeeling> feelings,
        List<ChosenReason> reasons,
        Optional<String> reframe,
        Feedback feedback,
        Optional<LocalDate> graciousReplySentOn,
        Optional<Long> contactId,
        Map<ReflectionStep, StepState> steps,
        ReflectionStep currentStep,
        Instant updated) {

    /** Longest reframe. */
    public static final int MAX_REFRAME = 20_000;

    /** Copies the collections; every step has a state (missing ones are to do). */
    public Reflection {
        Objects.requireNonNull(arrival, "arrival");
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(graciousReplySentOn, "graciousReplySentOn");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(currentStep, "currentStep");
        Objects.requireNonNull(updated, "updated");
        feelings = List.copyOf(feelings);
        reasons = List.copyOf(reasons);
        reframe = Fields.optional("reframe", reframe, MAX_REFRAME);
        EnumMap<ReflectionStep, StepState> all = new EnumMap<>(ReflectionStep.class);
        for (ReflectionStep step : ReflectionStep.values()) {
            all.put(step, steps.getOrDefault(step, StepState.TO_DO));
        }
        steps = Map.copyOf(all);
    }

    /** A new, empty reflection on application {@code applicationId}, at the first step. */
    public static Reflection start(long applicationId, Instant now) {
        return new Reflection(applicationId, Optional.empty(), List.of(), List.of(), Optional.empty(), Feedback.NONE,
                Optional.empty(), Optional.empty(), Map.of(), ReflectionStep.WHAT_HAPPENED, now);
    }

    /** How many of the chosen reasons lie outside the user's control. */
    public long reasonsOutsideMyControl() {
        return reasons.stream().filter(ChosenReason::outsideMyControl).count();
    }

    /** Whether every step is done or skipped. */
    public boolean isFinished() {
        return steps.values().stream().allMatch(state -> state != StepState.TO_DO);
    }

    /** The state of {@code step}. */
    public StepState state(ReflectionStep step) {
        return steps.get(step);
    }

    /** A copy with {@code step} in {@code state}. */
    public Reflection withStep(ReflectionStep step, StepState state) {
        EnumMap<ReflectionStep, StepState> changed = new EnumMap<>(steps);
        changed.put(step, state);
        return new Reflection(applicationId, arrival, feelings, reasons, reframe, feedback, graciousReplySentOn,
                contactId, changed, currentStep, updated);
    }

    /** A copy with the steps in the states {@code steps} gives (steps it leaves out are to do). */
    public Reflection withSteps(Map<ReflectionStep, StepState> steps) {
        return new Reflection(applicationId, arrival, feelings, reasons, reframe, feedback, graciousReplySentOn,
                contactId, steps, currentStep, updated);
    }

    /** A copy with the news arrived as {@code arrival}. */
    public Reflection withArrival(Optional<Arrival> arrival) {
        return new Reflection(applicationId, arrival, feelings, reasons, reframe, feedback, graciousReplySentOn,
                contactId, steps, currentStep, updated);
    }

    /** A copy with {@code feelings} named instead. */
    public Reflection withFeelings(List<NamedFeeling> feelings) {
        return new Reflection(applicationId, arrival, feelings, reasons, reframe, feedback, graciousReplySentOn,
                contactId, steps, currentStep, updated);
    }

    /** A copy with {@code reasons} chosen instead. */
    public Reflection withReasons(List<ChosenReason> reasons) {
        return new Reflection(applicationId, arrival, feelings, reasons, reframe, feedback, graciousReplySentOn,
                contactId, steps, currentStep, updated);
    }

    /** A copy with {@code reframe} as what it means for the user; checked as the constructor checks it. */
    public Reflection withReframe(Optional<String> reframe) {
        return new Reflection(applicationId, arrival, feelings, reasons, reframe, feedback, graciousReplySentOn,
                contactId, steps, currentStep, updated);
    }

    /** A copy with {@code feedback} as what the company said. */
    public Reflection withFeedback(Feedback feedback) {
        return new Reflection(applicationId, arrival, feelings, reasons, reframe, feedback, graciousReplySentOn,
                contactId, steps, currentStep, updated);
    }

    /** A copy with a gracious reply sent on {@code sentOn}. */
    public Reflection withGraciousReplySentOn(Optional<LocalDate> sentOn) {
        return new Reflection(applicationId, arrival, feelings, reasons, reframe, feedback, sentOn,
                contactId, steps, currentStep, updated);
    }

    /** A copy linked to the contact with id {@code contactId}. */
    public Reflection withContact(long contactId) {
        return new Reflection(applicationId, arrival, feelings, reasons, reframe, feedback, graciousReplySentOn,
                Optional.of(contactId), steps, currentStep, updated);
    }

    /** A copy last saved at {@code updated}. */
    public Reflection withUpdated(Instant updated) {
        return new Reflection(applicationId, arrival, feelings, reasons, reframe, feedback, graciousReplySentOn,
                contactId, steps, currentStep, updated);
    }

    /** A copy that is on {@code step}. */
    public Reflection at(ReflectionStep step) {
        return new Reflection(applicationId, arrival, feelings, reasons, reframe, feedback, graciousReplySentOn,
                contactId, steps, step, updated);
    }
}
