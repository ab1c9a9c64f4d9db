package dev.onward.ui.applications;

import dev.onward.domain.ApplicationDetails;
import dev.onward.domain.InvalidValueException;
import dev.onward.domain.Messages;
import dev.onward.ui.DateText;
import dev.onward.ui.FieldErrors;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The fields of an application as typed: for a new application and for editing one in the
 * detail pane. It turns them into {@link ApplicationDetails} or shows what is wrong next to the
 * field, keeping everything typed. It calls no service; the screen's view model saves.
 */
public final class ApplicationFormViewModel {
    private final StringProperty company = new SimpleStringProperty(this, "company", "");
    private final StringProperty role = new SimpleStringProperty(this, "role", "");
    private final StringProperty location = new SimpleStringProperty(this, "location", "");
    private final StringProperty link = new SimpleStringProperty(this, "link", "");
    private final StringProperty source = new SimpleStringProperty(this, "source", "");
    private final StringProperty salary = new SimpleStringProperty(this, "salary", "");
    private final StringProperty applied = new SimpleStringProperty(this, "applied", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final FieldErrors errors = new FieldErrors()
            .declare("company", "role", "location", "link", "source", "salary", "applied", "notes");
    private final DateText dates;

    /** A blank form that reads and writes dates with {@code dates}. */
    public ApplicationFormViewModel(DateText dates) {
        this.dates = dates;
    }

    /** Empties the form for a new application sent {@code today}. */
    public void clear(LocalDate today) {
        fill(ApplicationDetails.of("-", "-").withApplied(Optional.of(today)));
        company.set("");
        role.set("");
        errors.clear();
    }

    /** Shows {@code details} in the form. */
    public void fill(ApplicationDetails details) {
        company.set(details.company());
        role.set(details.role());
        location.set(details.location().orElse(""));
        link.set(details.link().orElse(""));
        source.set(details.source().orElse(""));
        salary.set(details.salary().orElse(""));
        applied.set(details.applied().map(dates::forField).orElse(""));
        notes.set(details.notes().orElse(""));
        errors.clear();
    }

    /**
     * The details as typed, or empty when something is wrong; then the message shows next to the
     * field and every field keeps its text.
     */
    public Optional<ApplicationDetails> toDetails() {
        errors.clear();
        Optional<LocalDate> day;
        try {
            day = dates.read(applied.get());
        } catch (DateTimeParseException e) {
            errors.show("applied", Messages.text("field.applied.invalid", dates.forField(LocalDate.of(2026, 3, 14))));
            day = Optional.empty();
        }
        Optional<LocalDate> appliedOn = day;
        return errors.attempt(() -> new ApplicationDetails(company.get(), role.get(), text(location), text(link),
                text(source), text(salary), appliedOn, text(notes))).filter(details -> !errors.any());
    }

    /** Shows a problem the journal found when saving (e.g. an applied date in the future). */
    public void show(InvalidValueException problem) {
        errors.show(problem);
    }

    /** The message next to each field. */
    public FieldErrors errors() {
        return errors;
    }

    private static Optional<String> text(StringProperty field) {
        return Optional.ofNullable(field.get());
    }

    /** The company typed. */
    public StringProperty companyProperty() {
        return company;
    }

    /** The role typed. */
    public StringProperty roleProperty() {
        return role;
    }

    /** The location typed. */
    public StringProperty locationProperty() {
        return location;
    }

    /** The link typed. */
    public StringProperty linkProperty() {
        return link;
    }

    /** Where the job was found. */
    public StringProperty sourceProperty() {
        return source;
    }

    /** The salary as typed. */
    public StringProperty salaryProperty() {
        return salary;
    }

    /** The applied day as typed. */
    public StringProperty appliedProperty() {
        return applied;
    }

    /** The notes typed. */
    public StringProperty notesProperty() {
        return notes;
    }
}
