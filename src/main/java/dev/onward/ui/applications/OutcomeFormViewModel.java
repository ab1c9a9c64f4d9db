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
    private final DateText dates;

    /** A blank form that reads dates with {@code dates}. */
    public OutcomeFormViewModel(DateText dates) {
        this.dates = dates;
    }

    /**
     * Fills the form for an application: {@code current} when it has ended already, otherwise a
     * blank outcome dated {@code today} that ended at {@code furthest}, the furthest stage reached.
     */
    public void prepare(Optional<Outcome> current, Optional<StageKind> furthest, Optional<StageKind> currentStage,
            LocalDate today) {
        errors.clear();
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

    /** The outcome as typed, or empty with the messages showing next to the fields. */
    public Optional<Outcome> toOutcome() {
        errors.clear();
        Optional<LocalDate> day = Optional.empty();
        try {
            day = dates.read(date.get());
        } catch (DateTimeParseException e) {
            errors.show("outcomeDate", Messages.text("field.outcomeDate.invalid", dates.forField(LocalDate.of(2026, 3, 14))));
        }
        if (kind.get() == null) {
            errors.show("outcomeKind", Messages.text("field.outcomeKind.required"));
        }
        if (errors.any()) {
            return Optional.empty();
        }
        Optional<LocalDate> endedOn = day;
        return errors.attempt(() -> new Outcome(kind.get(), endedOn.orElse(null),
                Optional.ofNullable(endedAt.get()).map(StageKind::id), Optional.ofNullable(message.get())));
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
