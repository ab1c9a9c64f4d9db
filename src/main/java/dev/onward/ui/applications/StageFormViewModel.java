package dev.onward.ui.applications;

import dev.onward.domain.InvalidValueException;
import dev.onward.domain.Messages;
import dev.onward.domain.Rating;
import dev.onward.domain.StageDetails;
import dev.onward.domain.StageKind;
import dev.onward.ui.DateText;
import dev.onward.ui.FieldErrors;
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
    private final FieldErrors errors = new FieldErrors()
            .declare("stageKind", "stageDate", "stageTime", "peopleMet", "preparation", "rating", "stageNotes");
    private final DateText dates;

    /** A blank form that reads dates with {@code dates}. */
    public StageFormViewModel(DateText dates) {
        this.dates = dates;
    }

    /** Empties the form; the date starts at {@code today}, the kind is left as chosen. */
    public void clear(LocalDate today) {
        date.set(dates.forField(today));
        time.set("");
        peopleMet.set("");
        preparation.set("");
        howItWent.set(null);
        notes.set("");
        errors.clear();
    }

    /** The stage as typed, or empty with the messages showing next to the fields. */
    public Optional<StageDetails> toDetails() {
        errors.clear();
        if (kind.get() == null) {
            errors.show("stageKind", Messages.text("field.stageKind.missing"));
        }
        Optional<LocalDate> day = Optional.empty();
        try {
            day = dates.read(date.get());
        } catch (DateTimeParseException e) {
            errors.show("stageDate", Messages.text("field.stageDate.invalid", dates.forField(LocalDate.of(2026, 3, 14))));
        }
        Optional<LocalTime> at = Optional.empty();
        try {
            at = dates.readTime(time.get());
        } catch (DateTimeParseException e) {
            errors.show("stageTime", Messages.text("ui.stage.time.invalid"));
        }
        if (errors.any()) {
            return Optional.empty();
        }
        Optional<LocalDate> on = day;
        Optional<LocalTime> atTime = at;
        return errors.attempt(() -> new StageDetails(kind.get().id(), on.orElse(null), atTime,
                Optional.ofNullable(peopleMet.get()), Optional.ofNullable(preparation.get()),
                Optional.ofNullable(howItWent.get()).map(Rating::new), Optional.ofNullable(notes.get())));
    }

    /** Shows a problem the journal found when saving. */
    public void show(InvalidValueException problem) {
        errors.show(problem);
    }

    /** The message next to each field. */
    public FieldErrors errors() {
        return errors;
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
