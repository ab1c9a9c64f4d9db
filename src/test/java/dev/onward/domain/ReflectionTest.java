package dev.onward.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
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
                        .equals(new Reflection(1, Optional.empty(), java.util.List.of(), java.util.List.of(),
                                Optional.of("r".repeat(20_001)), Feedback.NONE, Optional.empty(), Optional.empty(),
                                java.util.Map.of(), ReflectionStep.REFRAME, Instant.EPOCH)), "reframe"));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void constructors_invalidValue_nameTheField(Runnable build, String field) {
        InvalidValueException e = assertThrows(InvalidValueException.class, build::run);
        assertEquals(field, e.field());
    }

    @Test
    void reasonsOutsideMyControl_countsListedAndOwnReasonsByTheirControl() {
        Reflection r = new Reflection(1, Optional.empty(), java.util.List.of(),
                java.util.List.of(ChosenReason.of(Reason.NOT_STRONGEST), ChosenReason.of(Reason.INFLUENCE),
                        ChosenReason.of(Reason.UNKNOWN), new ChosenReason(Reason.OTHER, Optional.of("I was late"), true)),
                Optional.empty(), Feedback.NONE, Optional.empty(), Optional.empty(), java.util.Map.of(),
                ReflectionStep.REASONS, Instant.EPOCH);
        assertEquals(2, r.reasonsOutsideMyControl());
    }

    static Reflection aStartedReflection() {
        return Reflection.start(7, Instant.EPOCH).withStep(ReflectionStep.WHAT_HAPPENED, StepState.DONE)
                .at(ReflectionStep.FEELINGS);
    }

    @Test
    void withFeelings_changesOnlyTheFeelings() {
        Reflection before = aStartedReflection();
        java.util.List<NamedFeeling> feelings = java.util.List.of(new NamedFeeling(Feeling.SAD, Optional.empty(), new Intensity(3)));
        Reflection after = before.withFeelings(feelings);
        assertEquals(feelings, after.feelings());
        assertEquals(new Reflection(before.applicationId(), before.arrival(), feelings, before.reasons(), before.reframe(),
                before.feedback(), before.graciousReplySentOn(), before.contactId(), before.steps(), before.currentStep(),
                before.updated()), after);
    }

    @Test
    void withReasons_changesOnlyTheReasons() {
        Reflection before = aStartedReflection();
        java.util.List<ChosenReason> reasons = java.util.List.of(ChosenReason.of(Reason.NOT_SEEN));
        Reflection after = before.withReasons(reasons);
        assertEquals(reasons, after.reasons());
        assertEquals(new Reflection(before.applicationId(), before.arrival(), before.feelings(), reasons, before.reframe(),
                before.feedback(), before.graciousReplySentOn(), before.contactId(), before.steps(), before.currentStep(),
                before.updated()), after);
    }

    @Test
    void withReframe_changesOnlyTheReframe() {
        Reflection before = aStartedReflection();
        Reflection after = before.withReframe(Optional.of("One door, not the last one."));
        assertEquals(Optional.of("One door, not the last one."), after.reframe());
        assertEquals(new Reflection(before.applicationId(), before.arrival(), before.feelings(), before.reasons(),
                after.reframe(), before.feedback(), before.graciousReplySentOn(), before.contactId(), before.steps(),
                before.currentStep(), before.updated()), after);
    }

    @Test
    void withReframe_tooLong_isRefusedLikeTheConstructor() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> aStartedReflection().withReframe(Optional.of("r".repeat(Reflection.MAX_REFRAME + 1))));
        assertEquals("reframe", e.field());
    }

    @Test
    void withFeedback_changesOnlyTheFeedback() {
        Reflection before = aStartedReflection();
        Feedback feedback = new Feedback(Optional.of(LocalDate.of(2026, 3, 5)), Optional.of("Dana"), Optional.empty(),
                Optional.of("Strong on systems"));
        Reflection after = before.withFeedback(feedback);
        assertEquals(feedback, after.feedback());
        assertEquals(new Reflection(before.applicationId(), before.arrival(), before.feelings(), before.reasons(),
                before.reframe(), feedback, before.graciousReplySentOn(), before.contactId(), before.steps(),
                before.currentStep(), before.updated()), after);
    }

    @Test
    void withContact_linksOnlyTheContact() {
        Reflection before = aStartedReflection();
        Reflection after = before.withContact(42);
        assertEquals(Optional.of(42L), after.contactId());
        assertEquals(new Reflection(before.applicationId(), before.arrival(), before.feelings(), before.reasons(),
                before.reframe(), before.feedback(), before.graciousReplySentOn(), Optional.of(42L), before.steps(),
                before.currentStep(), before.updated()), after);
    }

    @Test
    void withUpdated_changesOnlyWhenItWasSaved() {
        Reflection before = aStartedReflection();
        Instant later = Instant.parse("2026-11-21T09:30:00Z");
        Reflection after = before.withUpdated(later);
        assertEquals(later, after.updated());
        assertEquals(new Reflection(before.applicationId(), before.arrival(), before.feelings(), before.reasons(),
                before.reframe(), before.feedback(), before.graciousReplySentOn(), before.contactId(), before.steps(),
                before.currentStep(), later), after);
    }

    @Test
    void namedFeeling_listedFeeling_dropsOwnWordsAndKeepsEmojiForOther() {
        assertEquals("Sad", new NamedFeeling(Feeling.SAD, Optional.of("ignored"), new Intensity(3)).label());
        assertEquals("😶 שקט", new NamedFeeling(Feeling.OTHER, Optional.of(" 😶 שקט "), new Intensity(3)).label());
    }
}
