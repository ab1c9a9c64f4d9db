package dev.onward.ui.applications;

import dev.onward.domain.ApplicationDetails;
import dev.onward.domain.InvalidValueException;
import dev.onward.domain.Messages;
import dev.onward.ui.DateField;
import dev.onward.ui.DateText;
import dev.onward.ui.FieldErrors;
import dev.onward.ui.FormField;
import dev.onward.ui.FormModel;
import dev.onward.ui.FormProblems;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The fields of an application as typed: for a new application and for editing one in the
 * detail pane. It turns them into {@link ApplicationDetails} or shows what is wrong next to the
 * field, keeping everything typed. It calls no service; the screen's view model saves. A form
 * for a new application may show what happened at the company typed before ({@link #history()}).
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
    private final FormModel<ApplicationDetails> form = new FormModel<>(this::build, FormField.COMPANY,
            FormField.ROLE, FormField.LOCATION, FormField.LINK, FormField.SOURCE, FormField.SALARY, FormField.APPLIED,
            FormField.NOTES);
    private final DateField days;
    private final CompanyHistoryViewModel history;

    /** A blank form that reads and writes dates with {@code dates}; {@code clock} says what today is. */
    public ApplicationFormViewModel(DateText dates, Clock clock) {
        this(dates, clock, CompanyHistoryViewModel.none());
    }

    /**
     * A blank form for a new application: as {@link #ApplicationFormViewModel(DateText, Clock)},
     * and {@code history} shows what happened at the company typed before.
     */
    public ApplicationFormViewModel(DateText dates, Clock clock, CompanyHistoryViewModel history) {
        this.days = new DateField(dates, clock).sayingOfFuture(Messages.text("field.applied.future"));
        this.history = history;
        form.recheckOnEdit(FormField.COMPANY, company);
        form.recheckOnEdit(FormField.ROLE, role);
        form.recheckOnEdit(FormField.LOCATION, location);
        form.recheckOnEdit(FormField.LINK, link);
        form.recheckOnEdit(FormField.SOURCE, source);
        form.recheckOnEdit(FormField.SALARY, salary);
        form.recheckOnEdit(FormField.APPLIED, applied);
        form.recheckOnEdit(FormField.NOTES, notes);
    }

    /** Empties the form for a new application sent {@code today}. */
    public void clear(LocalDate today) {
        fill(ApplicationDetails.of("-", "-").withApplied(Optional.of(today)));
        company.set("");
        role.set("");
        form.errors().clear();
        history.clear();
    }

    /** Looks up what happened at the company typed before (the view asks once typing pauses). */
    public void recallCompany() {
        history.recall(company.get());
    }

    /** What happened at the company typed before; never shows in a form that edits a saved application. */
    public CompanyHistoryViewModel history() {
        return history;
    }

    /** Shows {@code details} in the form. */
    public void fill(ApplicationDetails details) {
        company.set(details.company());
        role.set(details.role());
        location.set(details.location().orElse(""));
        link.set(details.link().orElse(""));
        source.set(details.source().orElse(""));
        salary.set(details.salary().orElse(""));
        applied.set(days.show(details.applied()));
        notes.set(details.notes().orElse(""));
        form.errors().clear();
    }

    /** Whether every field still holds what {@link #fill} put there for {@code details}: nothing typed since. */
    public boolean holds(ApplicationDetails details) {
        return company.get().equals(details.company()) && role.get().equals(details.role())
                && location.get().equals(details.location().orElse("")) && link.get().equals(details.link().orElse(""))
                && source.get().equals(details.source().orElse("")) && salary.get().equals(details.salary().orElse(""))
                && applied.get().equals(days.show(details.applied())) && notes.get().equals(details.notes().orElse(""));
    }

    /**
     * The details as typed, or empty when something is wrong; then every wrong field's message
     * shows next to it at once and every field keeps its text.
     */
    public Optional<ApplicationDetails> toDetails() {
        return form.submit();
    }

    private Optional<ApplicationDetails> build(FormProblems problems) {
        Optional<LocalDate> appliedOn = problems.day(FormField.APPLIED, days.readUpToToday(applied.get()));
        return problems.build(() -> new ApplicationDetails(company.get(), role.get(), text(location), text(link),
                text(source), text(salary), appliedOn, text(notes)));
    }

    /** Shows a problem the journal found when saving (e.g. an applied date in the future). */
    public void show(InvalidValueException problem) {
        form.show(problem);
    }

    /** The message next to each field. */
    public FieldErrors errors() {
        return form.errors();
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
