package dev.onward.ui.applications;

import dev.onward.domain.InvalidValueException;
import dev.onward.domain.Messages;
import dev.onward.domain.Outcome;
import dev.onward.domain.OutcomeKind;
import dev.onward.domain.StageKind;
import dev.onward.ui.DateField;
import dev.onward.ui.DateText;
import dev.onward.ui.FieldErrors;
import dev.onward.ui.FormField;
import dev.onward.ui.FormModel;
import dev.onward.ui.FormProblems;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The "Record outcome" form as typed; turns it into an {@link Outcome} or shows what is wrong. */
public final class OutcomeFormViewModel {
    private final ObjectProperty<OutcomeKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final StringProperty date = new SimpleStringProperty(this, "date", "");
    private final ObjectProperty<StageKind> endedAt = new SimpleObjectProperty<>(this, "endedAt");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final FormModel<Outcome> form = new FormModel<>(this::build, FormField.OUTCOME_KIND,
            FormField.OUTCOME_DATE, FormField.ENDED_AT, FormField.MESSAGE);
    /** The day the application was sent, if known: an outcome cannot come before it. */
    private Optional<LocalDate> applied = Optional.empty();
    private final DateField days;

    /** A blank form that reads dates with {@code dates}; {@code clock} says what today is. */
    public OutcomeFormViewModel(DateText dates, Clock clock) {
        this.days = new DateField(dates, clock);
        form.recheckOnEdit(FormField.OUTCOME_KIND, kind);
        form.recheckOnEdit(FormField.OUTCOME_DATE, date);
        form.recheckOnEdit(FormField.MESSAGE, message);
    }

    /**
     * Fills the form for an application sent on {@code applied}: {@code current} when it has ended
     * already, otherwise a blank outcome dated {@code today} that ended at {@code furthest}, the
     * furthest stage reached.
     */
    public void prepare(Optional<Outcome> current, Optional<StageKind> furthest, Optional<StageKind> currentStage,
            Optional<LocalDate> applied, LocalDate today) {
        form.errors().clear();
        this.applied = applied;
        if (current.isPresent()) {
            kind.set(current.get().kind());
            date.set(days.show(Optional.of(current.get().date())));
            endedAt.set(currentStage.orElse(null));
            message.set(current.get().message().orElse(""));
        } else {
            kind.set(null);
            date.set(days.show(Optional.of(today)));
            endedAt.set(furthest.orElse(null));
            message.set("");
        }
    }

    /**
     * The outcome as typed, or empty with every wrong field's message showing next to it at once,
     * a day before the application was sent among them (the journal checks that too when saving).
     */
    public Optional<Outcome> toOutcome() {
        return form.submit();
    }

    private Optional<Outcome> build(FormProblems problems) {
        if (kind.get() == null) {
            problems.add(FormField.OUTCOME_KIND, Messages.text("field.outcomeKind.required"));
        }
        Optional<LocalDate> endedOn = problems.day(FormField.OUTCOME_DATE, days.read(date.get()));
        applied.filter(sent -> endedOn.filter(d -> d.isBefore(sent)).isPresent()).ifPresent(sent -> problems
                .addIfNone(FormField.OUTCOME_DATE, Messages.text("field.outcomeDate.beforeApplied",
                        days.dates().show(sent))));
        return problems.build(() -> new Outcome(kind.get(), endedOn.orElse(null),
                Optional.ofNullable(endedAt.get()).map(StageKind::id), Optional.ofNullable(message.get())));
    }

    /** Shows a problem the journal found when saving. */
    public void show(InvalidValueException problem) {
        form.show(problem);
    }

    /** The message next to each field. */
    public FieldErrors errors() {
        return form.errors();
    }

    /** How it ended. */
    public ObjectProperty<OutcomeKind> kindProperty() {
        return kind;
    }

    /** The day it ended, as typed. */
    public StringProperty dateProperty() {
        return date;
    }

    /** The stage it ended at. */
    public ObjectProperty<StageKind> endedAtProperty() {
        return endedAt;
    }

    /** The message received, verbatim. */
    public StringProperty messageProperty() {
        return message;
    }
}
