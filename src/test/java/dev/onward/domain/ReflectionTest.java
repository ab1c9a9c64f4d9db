package dev.onward.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReflectionTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1, 100})
    void intensity_outsideOneToFive_isRefusedWithMessage(int value) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new Intensity(value));
        assertEquals("intensity", e.field());
        assertEquals("Choose an intensity from 1 to 5.", e.getMessage());
    }

    static Stream<Arguments> refused() {
        return Stream.<Arguments>of(
                Arguments.of((Runnable) () -> new NamedFeeling(Feeling.OTHER, Optional.of("  "), new Intensity(2)), "feelingWords"),
                Arguments.of((Runnable) () -> new ChosenReason(Reason.OTHER, Optional.empty(), false), "reasonNote"),
                Arguments.of((Runnable) () -> LessonDetails.of(" ", Theme.RESEARCH), "lessonText"),
                Arguments.of((Runnable) () -> LessonDetails.of("x".repeat(2_001), Theme.RESEARCH), "lessonText"),
                Arguments.of((Runnable) () -> new Feedback(Optional.of(LocalDate.of(2026, 3, 5)), Optional.empty(),
                        Optional.of(LocalDate.of(2026, 3, 4)), Optional.empty()), "feedbackReceivedOn"),
                Arguments.of((Runnable) () -> new ContactDetails("Dana", Optional.empty(), Optional.empty(),
                        Optional.of("dana@"), Optional.empty(), Optional.empty()), "email"),
                Arguments.of((Runnable) () -> Reflection.start(1, Instant.EPOCH).withStep(ReflectionStep.REFRAME, StepState.DONE)
                        .equals(new Reflection(1, Optional.empty(), List.of(), List.of(),
                                Optional.of("r".repeat(20_001)), Feedback.NONE, Optional.empty(), Optional.empty(),
                                Map.of(), ReflectionStep.REFRAME, Instant.EPOCH)), "reframe"));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void constructors_invalidValue_nameTheField(Runnable build, String field) {
        InvalidValueException e = assertThrows(InvalidValueException.class, build::run);
        assertEquals(field, e.field());
    }

    @Test
    void reasonsOutsideMyControl_countsListedAndOwnReasonsByTheirControl() {
        Reflection r = new Reflection(1, Optional.empty(), List.of(),
                List.of(ChosenReason.of(Reason.NOT_STRONGEST), ChosenReason.of(Reason.INFLUENCE),
                        ChosenReason.of(Reason.UNKNOWN), new ChosenReason(Reason.OTHER, Optional.of("I was late"), true)),
                Optional.empty(), Feedback.NONE, Optional.empty(), Optional.empty(), Map.of(),
                ReflectionStep.REASONS, Instant.EPOCH);
        assertEquals(2, r.reasonsOutsideMyControl());
    }

    /** Every field filled, through the constructor: a copy that moved a field it should not shows. */
    static Reflection aFullReflection() {
        return new Reflection(7, Optional.of(Arrival.EMAIL),
                List.of(new NamedFeeling(Feeling.ANGRY, Optional.empty(), new Intensity(2))),
                List.of(ChosenReason.of(Reason.INTERNAL_CANDIDATE)), Optional.of("Practice for the next one."),
                new Feedback(Optional.of(LocalDate.of(2026, 3, 2)), Optional.of("Sam"), Optional.empty(), Optional.empty()),
                Optional.of(LocalDate.of(2026, 3, 3)), Optional.of(5L), Map.of(ReflectionStep.WHAT_HAPPENED, StepState.DONE),
                ReflectionStep.FEELINGS, Instant.EPOCH);
    }

    @Test
    void constructor_someStepsGiven_keepsEveryFieldAndTheOtherStepsAreToDo() {
        Reflection r = aFullReflection();
        assertEquals(Optional.of(Arrival.EMAIL), r.arrival());
        assertEquals(Optional.of("Practice for the next one."), r.reframe());
        assertEquals(Optional.of("Sam"), r.feedback().askedFrom());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 3)), r.graciousReplySentOn());
        assertEquals(Optional.of(5L), r.contactId());
        assertEquals(ReflectionStep.values().length, r.steps().size());
        assertEquals(StepState.DONE, r.state(ReflectionStep.WHAT_HAPPENED));
        assertEquals(StepState.TO_DO, r.state(ReflectionStep.REASONS));
        assertEquals(ReflectionStep.FEELINGS, r.currentStep());
    }

    // Each copy is checked two ways: it holds the new value, and changed back it equals the reflection it came from.

    @Test
    void withArrival_changesOnlyHowTheNewsArrived() {
        Reflection before = aFullReflection();
        Reflection after = before.withArrival(Optional.of(Arrival.CALL));
        assertEquals(Optional.of(Arrival.CALL), after.arrival());
        assertEquals(before, after.withArrival(before.arrival()));
    }

    @Test
    void withFeelings_changesOnlyTheFeelings() {
        Reflection before = aFullReflection();
        List<NamedFeeling> feelings = List.of(new NamedFeeling(Feeling.SAD, Optional.empty(), new Intensity(3)));
        Reflection after = before.withFeelings(feelings);
        assertEquals(feelings, after.feelings());
        assertEquals(before, after.withFeelings(before.feelings()));
    }

    @Test
    void withReasons_changesOnlyTheReasons() {
        Reflection before = aFullReflection();
        List<ChosenReason> reasons = List.of(ChosenReason.of(Reason.NOT_SEEN));
        Reflection after = before.withReasons(reasons);
        assertEquals(reasons, after.reasons());
        assertEquals(before, after.withReasons(before.reasons()));
    }

    @Test
    void withReframe_changesOnlyTheReframe() {
        Reflection before = aFullReflection();
        Reflection after = before.withReframe(Optional.of("One door, not the last one."));
        assertEquals(Optional.of("One door, not the last one."), after.reframe());
        assertEquals(before, after.withReframe(before.reframe()));
    }

    @Test
    void withReframe_tooLong_isRefusedLikeTheConstructor() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> aFullReflection().withReframe(Optional.of("r".repeat(Reflection.MAX_REFRAME + 1))));
        assertEquals("reframe", e.field());
    }

    @Test
    void withFeedback_changesOnlyTheFeedback() {
        Reflection before = aFullReflection();
        Feedback feedback = new Feedback(Optional.of(LocalDate.of(2026, 3, 5)), Optional.of("Dana"), Optional.empty(),
                Optional.of("Strong on systems"));
        Reflection after = before.withFeedback(feedback);
        assertEquals(feedback, after.feedback());
        assertEquals(before, after.withFeedback(before.feedback()));
    }

    @Test
    void withGraciousReplySentOn_changesOnlyTheDayTheReplyWasSent() {
        Reflection before = aFullReflection();
        Reflection after = before.withGraciousReplySentOn(Optional.empty());
        assertEquals(Optional.empty(), after.graciousReplySentOn());
        assertEquals(before, after.withGraciousReplySentOn(before.graciousReplySentOn()));
    }

    @Test
    void withContact_linksOnlyTheContact() {
        Reflection before = aFullReflection();
        Reflection after = before.withContact(42);
        assertEquals(Optional.of(42L), after.contactId());
        assertEquals(before, after.withContact(before.contactId().orElseThrow()));
    }

    @Test
    void withSteps_changesOnlyTheStepsAndThoseLeftOutAreToDo() {
        Reflection before = aFullReflection();
        Reflection after = before.withSteps(Map.of(ReflectionStep.FEELINGS, StepState.SKIPPED));
        assertEquals(StepState.SKIPPED, after.state(ReflectionStep.FEELINGS));
        assertEquals(StepState.TO_DO, after.state(ReflectionStep.WHAT_HAPPENED));
        assertEquals(before, after.withSteps(before.steps()));
    }

    @Test
    void withUpdated_changesOnlyWhenItWasSaved() {
        Reflection before = aFullReflection();
        Instant later = Instant.parse("2026-11-21T09:30:00Z");
        Reflection after = before.withUpdated(later);
        assertEquals(later, after.updated());
        assertEquals(before, after.withUpdated(before.updated()));
    }

    @Test
    void namedFeeling_listedFeeling_dropsOwnWordsAndKeepsEmojiForOther() {
        assertEquals("Sad", new NamedFeeling(Feeling.SAD, Optional.of("ignored"), new Intensity(3)).label());
        assertEquals("😶 שקט", new NamedFeeling(Feeling.OTHER, Optional.of(" 😶 שקט "), new Intensity(3)).label());
    }
}
