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
import java.util.Map;
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
        errors.recheckOnEdit("stageKind", kind, this::problems);
        errors.recheckOnEdit("stageDate", date, this::problems);
        errors.recheckOnEdit("stageTime", time, this::problems);
        errors.recheckOnEdit("peopleMet", peopleMet, this::problems);
        errors.recheckOnEdit("preparation", preparation, this::problems);
        errors.recheckOnEdit("stageNotes", notes, this::problems);
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

    /** The stage as typed, or empty with every wrong field's message showing next to it at once. */
    public Optional<StageDetails> toDetails() {
        Map<String, String> problems = FieldErrors.problems();
        Optional<StageDetails> details = build(problems);
        errors.showAll(problems);
        return problems.isEmpty() ? details : Optional.empty();
    }

    /** What is wrong with the fields as typed, field to message; shows nothing. */
    private Map<String, String> problems() {
        Map<String, String> problems = FieldErrors.problems();
        build(problems);
        return problems;
    }

    private Optional<StageDetails> build(Map<String, String> problems) {
        if (kind.get() == null) {
            problems.put("stageKind", Messages.text("field.stageKind.missing"));
        }
        Optional<LocalDate> day = Optional.empty();
        try {
            day = dates.read(date.get());
        } catch (DateTimeParseException e) {
            problems.put("stageDate", Messages.text("field.stageDate.invalid", dates.forField(LocalDate.of(2026, 3, 14))));
        }
        Optional<LocalTime> at = Optional.empty();
        try {
            at = dates.readTime(time.get());
        } catch (DateTimeParseException e) {
            problems.put("stageTime", Messages.text("ui.stage.time.invalid"));
        }
        Optional<LocalDate> on = day;
        Optional<LocalTime> atTime = at;
        long kindId = kind.get() == null ? 0 : kind.get().id();
        return FieldErrors.collect(() -> new StageDetails(kindId, on.orElse(null), atTime,
                Optional.ofNullable(peopleMet.get()), Optional.ofNullable(preparation.get()),
                Optional.ofNullable(howItWent.get()).map(Rating::new), Optional.ofNullable(notes.get())), problems);
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
