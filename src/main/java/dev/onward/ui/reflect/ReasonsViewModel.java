package dev.onward.ui.reflect;

import dev.onward.domain.ChosenReason;
import dev.onward.domain.Messages;
import dev.onward.domain.Reason;
import dev.onward.ui.FieldErrors;
import dev.onward.ui.FormField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The "Possible reasons" step: the reasons picked, each with a note, and one plain sentence on how
 * many of them lie outside the user's control.
 */
public final class ReasonsViewModel {
    private final List<ReasonChoice> choices = Arrays.stream(Reason.values()).map(ReasonChoice::new).toList();
    private final FieldErrors errors = new FieldErrors().declare(FormField.REASON_NOTE);
    private final ReadOnlyStringWrapper outsideControl = new ReadOnlyStringWrapper(this, "outsideControl", "");
    private final Changes changes = new Changes();

    ReasonsViewModel() {
        for (ReasonChoice choice : choices) {
            changes.watch(choice.chosenProperty(), choice.noteProperty(), choice.inMyControlProperty());
            choice.chosenProperty().addListener((obs, old, now) -> count());
            choice.inMyControlProperty().addListener((obs, old, now) -> count());
        }
    }

    Changes changes() {
        return changes;
    }

    /** Shows {@code reasons} as saved. */
    void fill(List<ChosenReason> reasons) {
        changes.quietly(() -> {
            errors.clear();
            for (ReasonChoice choice : choices) {
                Optional<ChosenReason> picked = reasons.stream().filter(r -> r.reason() == choice.reason()).findFirst();
                choice.chosenProperty().set(picked.isPresent());
                choice.noteProperty().set(picked.flatMap(ChosenReason::note).orElse(""));
                choice.inMyControlProperty().set(picked.map(ChosenReason::inMyControl)
                        .orElse(!choice.reason().outsideMyControl()));
            }
        });
        count();
    }

    /** The reasons as picked; empty, with a message next to the notes, when a note is wrong. */
    Optional<List<ChosenReason>> toReasons() {
        errors.clear();
        List<ChosenReason> picked = new ArrayList<>();
        for (ReasonChoice choice : choices) {
            if (!choice.chosenProperty().get()) {
                continue;
            }
            Optional<ChosenReason> reason = errors.attempt(() -> new ChosenReason(choice.reason(),
                    Optional.ofNullable(choice.noteProperty().get()), choice.inMyControlProperty().get()));
            if (reason.isEmpty()) {
                return Optional.empty();
            }
            picked.add(reason.get());
        }
        return Optional.of(List.copyOf(picked));
    }

    private void count() {
        long chosen = choices.stream().filter(c -> c.chosenProperty().get()).count();
        long outside = choices.stream().filter(c -> c.chosenProperty().get() && !c.inMyControlProperty().get()).count();
        outsideControl.set(sentence(outside, chosen));
    }

    /** "2 of the 3 reasons you chose lie outside your control.": the plain count, no advice. */
    static String sentence(long outside, long chosen) {
        if (chosen == 0) {
            return "";
        }
        if (chosen == 1) {
            return Messages.text(outside == 1 ? "ui.reflect.outside.one" : "ui.reflect.inside.one");
        }
        if (outside == 0) {
            return Messages.text("ui.reflect.outside.none", chosen);
        }
        if (outside == chosen) {
            return Messages.text("ui.reflect.outside.all", chosen);
        }
        return Messages.text("ui.reflect.outside.some", outside, chosen);
    }

    /** Every reason on the list, "another reason" last. */
    public List<ReasonChoice> choices() {
        return choices;
    }

    /** The choice for {@code reason}. */
    public ReasonChoice choice(Reason reason) {
        return choices.get(reason.ordinal());
    }

    /** How many of the chosen reasons lie outside the user's control, as a sentence; empty when none is chosen. */
    public ReadOnlyStringProperty outsideControlProperty() {
        return outsideControl.getReadOnlyProperty();
    }

    /** The message next to the notes. */
    public FieldErrors errors() {
        return errors;
    }
}
