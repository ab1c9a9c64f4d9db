package dev.onward.ui.applications;

import dev.onward.domain.InvalidValueException;
import dev.onward.domain.Messages;
import dev.onward.domain.Rating;
import dev.onward.domain.StageDetails;
import dev.onward.domain.StageKind;
import dev.onward.ui.DateField;
import dev.onward.ui.DateText;
import dev.onward.ui.FieldErrors;
import dev.onward.ui.FormField;
import dev.onward.ui.FormModel;
import dev.onward.ui.FormProblems;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The "Add stage" form as typed; turns it into {@link StageDetails} or shows what is wrong. */
public final class StageFormViewModel {
    private final ObjectProperty<StageKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final StringProperty date = new SimpleStringProperty(this, "date", "");
    private final StringProperty time = new SimpleStringProperty(this, "time", "");
    private final StringProperty peopleMet = new SimpleStringProperty(this, "peopleMet", "");
    private final StringProperty preparation = new SimpleStringProperty(this, "preparation", "");
    private final ObjectProperty<Integer> howItWent = new SimpleObjectProperty<>(this, "howItWent");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final FormModel<StageDetails> form = new FormModel<>(this::build, FormField.STAGE_KIND,
            FormField.STAGE_DATE, FormField.STAGE_TIME, FormField.PEOPLE_MET, FormField.PREPARATION, FormField.RATING,
            FormField.STAGE_NOTES);
    private final DateField days;

    /** A blank form that reads dates with {@code dates}; {@code clock} says what today is. */
    public StageFormViewModel(DateText dates, Clock clock) {
        this.days = new DateField(dates, clock);
        form.recheckOnEdit(FormField.STAGE_KIND, kind);
        form.recheckOnEdit(FormField.STAGE_DATE, date);
        form.recheckOnEdit(FormField.STAGE_TIME, time);
        form.recheckOnEdit(FormField.PEOPLE_MET, peopleMet);
        form.recheckOnEdit(FormField.PREPARATION, preparation);
        form.recheckOnEdit(FormField.STAGE_NOTES, notes);
    }

    /** Empties the form; the date starts at {@code today}, the kind is left as chosen. */
    public void clear(LocalDate today) {
        date.set(days.show(Optional.of(today)));
        time.set("");
        peopleMet.set("");
        preparation.set("");
        howItWent.set(null);
        notes.set("");
        form.errors().clear();
    }

    /** The stage as typed, or empty with every wrong field's message showing next to it at once. */
    public Optional<StageDetails> toDetails() {
        return form.submit();
    }

    private Optional<StageDetails> build(FormProblems problems) {
        if (kind.get() == null) {
            problems.add(FormField.STAGE_KIND, Messages.text("field.stageKind.missing"));
        }
        Optional<LocalDate> on = problems.day(FormField.STAGE_DATE, days.read(date.get()));
        Optional<LocalTime> at = Optional.empty();
        try {
            at = days.dates().readTime(time.get());
        } catch (DateTimeParseException e) {
            problems.add(FormField.STAGE_TIME, Messages.text("ui.stage.time.invalid"));
        }
        Optional<LocalTime> atTime = at;
        long kindId = kind.get() == null ? 0 : kind.get().id();
        return problems.build(() -> new StageDetails(kindId, on.orElse(null), atTime,
                Optional.ofNullable(peopleMet.get()), Optional.ofNullable(preparation.get()),
                Optional.ofNullable(howItWent.get()).map(Rating::new), Optional.ofNullable(notes.get())));
    }

    /** Shows a problem the journal found when saving. */
    public void show(InvalidValueException problem) {
        form.show(problem);
    }

    /** The message next to each field. */
    public FieldErrors errors() {
        return form.errors();
    }

    /** The kind of stage chosen. */
    public ObjectProperty<StageKind> kindProperty() {
        return kind;
    }

    /** The day as typed. */
    public StringProperty dateProperty() {
        return date;
    }

    /** The time of day as typed; may stay blank. */
    public StringProperty timeProperty() {
        return time;
    }

    /** Who the user met. */
    public StringProperty peopleMetProperty() {
        return peopleMet;
    }

    /** How the user prepared. */
    public StringProperty preparationProperty() {
        return preparation;
    }

    /** How the user thinks it went, 1–5, or null when not rated. */
    public ObjectProperty<Integer> howItWentProperty() {
        return howItWent;
    }

    /** Free notes. */
    public StringProperty notesProperty() {
        return notes;
    }
}
