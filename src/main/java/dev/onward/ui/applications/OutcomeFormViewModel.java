package dev.onward.ui.applications;

import dev.onward.domain.InvalidValueException;
import dev.onward.domain.Messages;
import dev.onward.domain.Outcome;
import dev.onward.domain.OutcomeKind;
import dev.onward.domain.StageKind;
import dev.onward.ui.DateText;
import dev.onward.ui.FieldErrors;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
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
    private final FieldErrors errors = new FieldErrors().declare("outcomeKind", "outcomeDate", "endedAt", "message");
    /** The day the application was sent, if known: an outcome cannot come before it. */
    private Optional<LocalDate> applied = Optional.empty();
    private final DateText dates;

    /** A blank form that reads dates with {@code dates}. */
    public OutcomeFormViewModel(DateText dates) {
        this.dates = dates;
        errors.recheckOnEdit("outcomeKind", kind, this::problems);
        errors.recheckOnEdit("outcomeDate", date, this::problems);
        errors.recheckOnEdit("message", message, this::problems);
    }

    /**
     * Fills the form for an application sent on {@code applied}: {@code current} when it has ended
     * already, otherwise a blank outcome dated {@code today} that ended at {@code furthest}, the
     * furthest stage reached.
     */
    public void prepare(Optional<Outcome> current, Optional<StageKind> furthest, Optional<StageKind> currentStage,
            Optional<LocalDate> applied, LocalDate today) {
        errors.clear();
        this.applied = applied;
        if (current.isPresent()) {
            kind.set(current.get().kind());
            date.set(dates.forField(current.get().date()));
            endedAt.set(currentStage.orElse(null));
            message.set(current.get().message().orElse(""));
        } else {
            kind.set(null);
            date.set(dates.forField(today));
            endedAt.set(furthest.orElse(null));
            message.set("");
        }
    }

    /**
     * The outcome as typed, or empty with every wrong field's message showing next to it at once,
     * a day before the application was sent among them (the journal checks that too when saving).
     */
    public Optional<Outcome> toOutcome() {
        Map<String, String> problems = FieldErrors.problems();
        Optional<Outcome> outcome = build(problems);
        errors.showAll(problems);
        return problems.isEmpty() ? outcome : Optional.empty();
    }

    /** What is wrong with the fields as typed, field to message; shows nothing. */
    private Map<String, String> problems() {
        Map<String, String> problems = FieldErrors.problems();
        build(problems);
        return problems;
    }

    private Optional<Outcome> build(Map<String, String> problems) {
        if (kind.get() == null) {
            problems.put("outcomeKind", Messages.text("field.outcomeKind.required"));
        }
        Optional<LocalDate> day = Optional.empty();
        try {
            day = dates.read(date.get());
        } catch (DateTimeParseException e) {
            problems.put("outcomeDate", Messages.text("field.outcomeDate.invalid", dates.forField(LocalDate.of(2026, 3, 14))));
        }
        Optional<LocalDate> typed = day;
        applied.filter(sent -> typed.filter(d -> d.isBefore(sent)).isPresent()).ifPresent(sent -> problems.putIfAbsent(
                "outcomeDate", Messages.text("field.outcomeDate.beforeApplied", dates.show(sent))));
        Optional<LocalDate> endedOn = day;
        return FieldErrors.collect(() -> new Outcome(kind.get(), endedOn.orElse(null),
                Optional.ofNullable(endedAt.get()).map(StageKind::id), Optional.ofNullable(message.get())), problems);
    }

    /** Shows a problem the journal found when saving. */
    public void show(InvalidValueException problem) {
        errors.show(problem);
    }

    /** The message next to each field. */
    public FieldErrors errors() {
        return errors;
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
