package dev.onward.ui.reflect;

import dev.onward.domain.Arrival;
import dev.onward.domain.Messages;
import dev.onward.domain.Outcome;
import dev.onward.domain.OutcomeKind;
import dev.onward.domain.StageKind;
import dev.onward.ui.DateField;
import dev.onward.ui.FieldErrors;
import dev.onward.ui.FormField;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The "What happened" step: the stage it ended at, the day, the message received, how it arrived. */
public final class WhatHappenedViewModel {
    private final ObservableList<StageKind> kinds = FXCollections.observableArrayList();
    private final ObjectProperty<StageKind> endedAt = new SimpleObjectProperty<>(this, "endedAt");
    private final StringProperty date = new SimpleStringProperty(this, "date", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ObjectProperty<Arrival> arrival = new SimpleObjectProperty<>(this, "arrival");
    private final FieldErrors errors = new FieldErrors().declare(FormField.ENDED_AT, FormField.OUTCOME_DATE,
            FormField.MESSAGE, FormField.ARRIVAL);
    private final DateField days;
    private final Changes changes = new Changes();

    WhatHappenedViewModel(DateField days) {
        this.days = days;
        changes.watch(endedAt, date, message, arrival);
    }

    Changes changes() {
        return changes;
    }

    /** Shows the outcome as recorded; the stage defaults to {@code furthest}, the furthest reached. */
    void fill(Outcome outcome, List<StageKind> stageKinds, Optional<StageKind> furthest, Optional<Arrival> how) {
        changes.quietly(() -> {
            errors.clear();
            kinds.setAll(stageKinds);
            Optional<StageKind> recorded = outcome.endedAtKindId()
                    .flatMap(id -> stageKinds.stream().filter(k -> k.id() == id).findFirst());
            endedAt.set(recorded.or(() -> furthest).orElse(null));
            date.set(days.show(Optional.of(outcome.date())));
            message.set(outcome.message().orElse(""));
            arrival.set(how.orElse(null));
        });
    }

    /** The outcome as typed, of {@code kind}; empty, with a message next to the field, when something is wrong. */
    Optional<Outcome> toOutcome(OutcomeKind kind) {
        errors.clear();
        Optional<LocalDate> day = days.readUpToToday(date.get())
                .orShow(errors, FormField.OUTCOME_DATE, Optional.empty());
        if (errors.showing(FormField.OUTCOME_DATE)) {
            return Optional.empty();
        }
        if (day.isEmpty()) {
            errors.show(FormField.OUTCOME_DATE, Messages.text("field.outcomeDate.required"));
            return Optional.empty();
        }
        return errors.attempt(() -> new Outcome(kind, day.get(), Optional.ofNullable(endedAt.get()).map(StageKind::id),
                Optional.ofNullable(message.get())));
    }

    /** The message next to each field. */
    public FieldErrors errors() {
        return errors;
    }

    /** The kinds of stage it can have ended at, in order. */
    public ObservableList<StageKind> kinds() {
        return kinds;
    }

    /** The stage it ended at; null when not known. */
    public ObjectProperty<StageKind> endedAtProperty() {
        return endedAt;
    }

    /** The day it ended, as typed. */
    public StringProperty dateProperty() {
        return date;
    }

    /** The message received, pasted verbatim. */
    public StringProperty messageProperty() {
        return message;
    }

    /** How the news arrived; null when not said. */
    public ObjectProperty<Arrival> arrivalProperty() {
        return arrival;
    }
}
