package dev.onward.ui.reflect;

import dev.onward.domain.ContactDetails;
import dev.onward.domain.Messages;
import dev.onward.ui.DateField;
import dev.onward.ui.FieldErrors;
import dev.onward.ui.FormField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The "Close well" step: a gracious reply sent (and when), and someone to keep in touch with. */
public final class CloseWellViewModel {
    private final BooleanProperty replySent = new SimpleBooleanProperty(this, "replySent", false);
    private final StringProperty replyDate = new SimpleStringProperty(this, "replyDate", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty role = new SimpleStringProperty(this, "role", "");
    private final StringProperty company = new SimpleStringProperty(this, "company", "");
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final StringProperty keepInTouch = new SimpleStringProperty(this, "keepInTouch", "");
    private final ReadOnlyStringWrapper kept = new ReadOnlyStringWrapper(this, "kept", "");
    private static final List<FormField> CONTACT_FIELDS = List.of(FormField.CONTACT_NAME, FormField.CONTACT_ROLE,
            FormField.CONTACT_COMPANY, FormField.EMAIL, FormField.CONTACT_NOTES, FormField.KEEP_IN_TOUCH);
    private final FieldErrors errors = new FieldErrors().declare(FormField.REPLY_DATE, FormField.CONTACT_NAME,
            FormField.CONTACT_ROLE, FormField.CONTACT_COMPANY, FormField.EMAIL, FormField.CONTACT_NOTES,
            FormField.KEEP_IN_TOUCH);
    private final DateField days;
    private final Changes changes = new Changes();
    /** Whether the contact was offered for keeping and refused: from then on its messages follow the typing. */
    private boolean contactChecked;

    CloseWellViewModel(DateField days, Clock clock) {
        this.days = days;
        changes.watch(replySent, replyDate);
        for (StringProperty field : List.of(name, role, company, email, notes, keepInTouch)) {
            field.addListener((obs, old, now) -> {
                if (contactChecked) {
                    checkContact(LocalDate.now(clock));
                }
            });
        }
        replySent.addListener((obs, old, sent) -> {
            if (sent && replyDate.get().isBlank()) {
                replyDate.set(days.show(Optional.of(LocalDate.now(clock))));
            }
        });
    }

    Changes changes() {
        return changes;
    }

    /** Shows the reply as saved; the contact form starts empty, at the application's company. */
    void fill(Optional<LocalDate> sentOn, String applicationCompany, String keptContact) {
        changes.quietly(() -> {
            errors.clear();
            replySent.set(sentOn.isPresent());
            replyDate.set(days.show(sentOn));
            clearContact(applicationCompany);
            kept.set(keptContact);
        });
    }

    /** The day the reply was sent; {@code saved} when the typed day is wrong (with a message). */
    Optional<LocalDate> toSentOn(Optional<LocalDate> saved, LocalDate now) {
        errors.show(FormField.REPLY_DATE, "");
        if (!replySent.get()) {
            return Optional.empty();
        }
        Optional<LocalDate> day = days.readUpToToday(replyDate.get()).orShow(errors, FormField.REPLY_DATE, saved);
        if (errors.showing(FormField.REPLY_DATE)) {
            return saved;
        }
        return day.or(() -> Optional.of(now));
    }

    /**
     * The contact as typed; empty, with a message next to every field that is wrong, when
     * something is. Until it is kept, each message then goes as soon as its field is put right.
     */
    Optional<ContactDetails> toContact(LocalDate now) {
        Optional<ContactDetails> details = checkContact(now);
        contactChecked = details.isEmpty();
        return details;
    }

    /** Checks every field of the contact, each on its own so that all the problems show at once. */
    private Optional<ContactDetails> checkContact(LocalDate now) {
        CONTACT_FIELDS.forEach(field -> errors.show(field, ""));
        Optional<LocalDate> when = days.read(keepInTouch.get())
                .orShow(errors, FormField.KEEP_IN_TOUCH, Optional.empty());
        Optional<String> none = Optional.empty();
        errors.attempt(() -> new ContactDetails(name.get(), none, none, none, none, Optional.empty()));
        String named = "-";
        errors.attempt(() -> new ContactDetails(named, Optional.ofNullable(role.get()), none, none, none, Optional.empty()));
        errors.attempt(() -> new ContactDetails(named, none, Optional.ofNullable(company.get()), none, none,
                Optional.empty()));
        errors.attempt(() -> new ContactDetails(named, none, none, Optional.ofNullable(email.get()), none,
                Optional.empty()));
        errors.attempt(() -> new ContactDetails(named, none, none, none, Optional.ofNullable(notes.get()),
                Optional.empty()));
        if (CONTACT_FIELDS.stream().anyMatch(field -> errors.showing(field))) {
            return Optional.empty();
        }
        return errors.attempt(() -> new ContactDetails(name.get(), Optional.ofNullable(role.get()),
                Optional.ofNullable(company.get()), Optional.ofNullable(email.get()), Optional.ofNullable(notes.get()),
                when));
    }

    /** Notes that {@code details} were kept as a contact and empties the form. */
    void contactKept(ContactDetails details) {
        kept.set(Messages.text("ui.reflect.contact.kept", details.name()));
        clearContact(company.get());
    }

    private void clearContact(String atCompany) {
        contactChecked = false;
        name.set("");
        role.set("");
        company.set(atCompany);
        email.set("");
        notes.set("");
        keepInTouch.set("");
    }

    /** The message next to each field. */
    public FieldErrors errors() {
        return errors;
    }

    /** Whether a gracious reply was sent. */
    public BooleanProperty replySentProperty() {
        return replySent;
    }

    /** The day it was sent, as typed. */
    public StringProperty replyDateProperty() {
        return replyDate;
    }

    /** The contact's name. */
    public StringProperty nameProperty() {
        return name;
    }

    /** The contact's role. */
    public StringProperty roleProperty() {
        return role;
    }

    /** The contact's company. */
    public StringProperty companyProperty() {
        return company;
    }

    /** The contact's email. */
    public StringProperty emailProperty() {
        return email;
    }

    /** Notes on the contact. */
    public StringProperty notesProperty() {
        return notes;
    }

    /** The day to get back in touch, as typed. */
    public StringProperty keepInTouchProperty() {
        return keepInTouch;
    }

    /** "Dana Smith is in your contacts." once a contact is kept; empty before. */
    public ReadOnlyStringProperty keptProperty() {
        return kept.getReadOnlyProperty();
    }
}
