package dev.onward.ui.reflect;

import dev.onward.domain.Feedback;
import dev.onward.domain.Reflection;
import dev.onward.domain.ReflectionStep;
import dev.onward.domain.StepState;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The one rule for how each step is shown, so the step list in the flow and the summary in the
 * detail pane never disagree.
 */
final class StepMarks {
    private StepMarks() {
    }

    /**
     * The mark of every step of {@code r}, with {@code lessons} noted from its application and the
     * steps in {@code needLook} holding a field that is wrong.
     */
    static Map<ReflectionStep, StepMark> of(Reflection r, long lessons, Set<ReflectionStep> needLook) {
        Map<ReflectionStep, StepMark> marks = new EnumMap<>(ReflectionStep.class);
        for (ReflectionStep step : ReflectionStep.values()) {
            marks.put(step, needLook.contains(step) ? StepMark.NEEDS_LOOK : mark(r.state(step), holds(r, lessons, step)));
        }
        return marks;
    }

    private static StepMark mark(StepState state, boolean holds) {
        return switch (state) {
            case DONE -> StepMark.DONE;
            case SKIPPED -> StepMark.SKIPPED;
            case TO_DO -> holds ? StepMark.STARTED : StepMark.TO_DO;
        };
    }

    /** Whether the user has put something in {@code step}; the outcome itself, always there, does not count. */
    private static boolean holds(Reflection r, long lessons, ReflectionStep step) {
        return switch (step) {
            case WHAT_HAPPENED -> r.arrival().isPresent();
            case FEELINGS -> !r.feelings().isEmpty();
            case REASONS -> !r.reasons().isEmpty();
            case REFRAME -> r.reframe().isPresent();
            case LESSONS -> lessons > 0;
            case FEEDBACK -> !r.feedback().equals(Feedback.NONE);
            case CLOSE_WELL -> r.graciousReplySentOn().isPresent() || r.contactId().isPresent();
            case NEXT_STEP -> false;
        };
    }

    /** How many of {@code marks} are {@code mark}. */
    static long count(Map<ReflectionStep, StepMark> marks, StepMark mark) {
        return marks.values().stream().filter(m -> m == mark).count();
    }
}
