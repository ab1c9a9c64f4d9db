package dev.onward.ui.reflect;

import dev.onward.domain.Reflection;
import dev.onward.domain.ReflectionStep;
import dev.onward.domain.StepState;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * Where the user is in the Reflect flow: the step shown, each step done, skipped or still to do,
 * and how each is marked in the step list, with the steps that need a look.
 */
final class ReflectSteps {
    private final ObservableMap<ReflectionStep, StepState> states =
            FXCollections.observableMap(new EnumMap<>(ReflectionStep.class));
    private final ObservableMap<ReflectionStep, StepMark> marks =
            FXCollections.observableMap(new EnumMap<>(ReflectionStep.class));
    // Held here: an unmodifiable view hears its map through a weak listener, so a view made per call can be collected.
    private final ObservableMap<ReflectionStep, StepState> statesShown = FXCollections.unmodifiableObservableMap(states);
    private final ObservableMap<ReflectionStep, StepMark> marksShown = FXCollections.unmodifiableObservableMap(marks);
    private final Set<ReflectionStep> needLook = EnumSet.noneOf(ReflectionStep.class);
    private final ReadOnlyObjectWrapper<ReflectionStep> current = new ReadOnlyObjectWrapper<>(this, "current");

    /** Takes the state of each step as saved in {@code r}; no step needs a look yet. */
    void restore(Reflection r) {
        states.putAll(r.steps());
        needLook.clear();
    }

    /** Shows each step's mark for {@code r} as it stands, with {@code lessons} noted and the steps that need a look. */
    void mark(Reflection r, long lessons) {
        if (r != null) {
            marks.putAll(StepMarks.of(r, lessons, needLook));
        }
    }

    /** Notes that a field of {@code step} holds what the journal cannot keep. */
    void needsLook(ReflectionStep step) {
        needLook.add(step);
    }

    /** Notes again which steps need a look: those where {@code wrong} says a message shows. */
    void review(Predicate<ReflectionStep> wrong) {
        for (ReflectionStep step : ReflectionStep.values()) {
            if (wrong.test(step)) {
                needLook.add(step);
            } else {
                needLook.remove(step);
            }
        }
    }

    /** Shows {@code step}. */
    void show(ReflectionStep step) {
        current.set(step);
    }

    /**
     * Leaves the step shown as {@code state} (as it is, when null) and shows the one {@code by} steps
     * away, within the flow.
     *
     * @return the step now shown; empty when none was shown and nothing moved
     */
    Optional<ReflectionStep> leave(StepState state, int by) {
        ReflectionStep at = current.get();
        if (at == null) {
            return Optional.empty();
        }
        if (state != null) {
            states.put(at, state);
        }
        int to = Math.max(0, Math.min(ReflectionStep.values().length - 1, at.ordinal() + by));
        current.set(ReflectionStep.values()[to]);
        return Optional.of(ReflectionStep.values()[to]);
    }

    /** Shows {@code step} instead of the one shown; whether it moved (it does not before a step is shown). */
    boolean goTo(ReflectionStep step) {
        if (current.get() != null && step != current.get()) {
            current.set(step);
            return true;
        }
        return false;
    }

    /** The step shown; null until a reflection is open. */
    ReflectionStep current() {
        return current.get();
    }

    /** The step shown, to watch. */
    ReadOnlyObjectProperty<ReflectionStep> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The state of each step, as the flow changes it. */
    ObservableMap<ReflectionStep, StepState> states() {
        return states;
    }

    /** The state of each step, read-only. */
    ObservableMap<ReflectionStep, StepState> statesShown() {
        return statesShown;
    }

    /** The mark of each step, read-only. */
    ObservableMap<ReflectionStep, StepMark> marksShown() {
        return marksShown;
    }
}
