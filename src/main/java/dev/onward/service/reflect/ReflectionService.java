package dev.onward.service.reflect;

import dev.onward.domain.Application;
import dev.onward.domain.Contact;
import dev.onward.domain.ContactDetails;
import dev.onward.domain.InvalidValueException;
import dev.onward.domain.Messages;
import dev.onward.domain.Reflection;
import dev.onward.domain.Status;
import dev.onward.service.JournalChange;
import dev.onward.service.JournalChanges;
import dev.onward.service.applications.ApplicationRepository;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Reflections on applications that ended: started, saved as the user types, resumed later, and
 * the contact and templates that help close well.
 */
public final class ReflectionService {
    private final ReflectionRepository reflections;
    private final ApplicationRepository applications;
    private final ContactRepository contacts;
    private final Clock clock;
    private final JournalChanges changes;

    /**
     * Creates the service over its repositories; {@code clock} says what "now" is, and every write
     * is announced to {@code changes}.
     */
    public ReflectionService(ReflectionRepository reflections, ApplicationRepository applications,
            ContactRepository contacts, Clock clock, JournalChanges changes) {
        this.reflections = reflections;
        this.applications = applications;
        this.contacts = contacts;
        this.clock = clock;
        this.changes = changes;
    }

    /**
     * The reflection on application {@code applicationId}: the one already started, or a new one,
     * saved at once so that it can be resumed.
     *
     * @throws InvalidValueException when the application has not ended
     */
    public Reflection open(long applicationId) {
        Application application = require(applicationId);
        if (application.status() == Status.ACTIVE) {
            throw new InvalidValueException("status", Messages.text("reflection.notEnded"));
        }
        return reflections.find(applicationId).orElseGet(() -> {
            Reflection started = Reflection.start(applicationId, clock.instant());
            reflections.save(started);
            changes.announce(JournalChange.REFLECTIONS);
            return started;
        });
    }

    /** The reflection on application {@code applicationId}, if one was started. */
    public Optional<Reflection> find(long applicationId) {
        return reflections.find(applicationId);
    }

    /** Saves {@code reflection} as it is now, half done or finished, and returns it as saved. */
    public Reflection save(Reflection reflection) {
        Reflection stamped = reflection.withUpdated(clock.instant());
        reflections.save(stamped);
        changes.announce(JournalChange.REFLECTIONS);
        return stamped;
    }

    /** Reflections with a step still to do, the most recently touched first: the ones to offer to resume. */
    public List<Reflection> unfinished() {
        return reflections.findAll().stream().filter(r -> !r.isFinished()).toList();
    }

    /** Keeps a contact from application {@code applicationId} and links it to its reflection. */
    public Contact keepContact(long applicationId, ContactDetails details) {
        Reflection reflection = open(applicationId);
        Contact contact = contacts.add(details, clock.instant());
        changes.announce(JournalChange.CONTACTS);
        save(reflection.withContact(contact.id()));
        return contact;
    }

    /** The contact with {@code id}, if there is one. */
    public Optional<Contact> contact(long id) {
        return contacts.find(id);
    }

    /** Every contact, by name. */
    public List<Contact> contacts() {
        return contacts.findAll();
    }

    /** How many applications are still active: the pipeline. */
    public long activePipeline() {
        return applications.findAll().stream().filter(a -> a.status() == Status.ACTIVE).count();
    }

    /** A short request for feedback, filled in with the application's company and role. */
    public String feedbackRequest(long applicationId) {
        Application a = require(applicationId);
        return Messages.text("reflect.template.feedback", a.details().company(), a.details().role());
    }

    /** A short, gracious reply to the news, filled in with the application's company and role. */
    public String graciousReply(long applicationId) {
        Application a = require(applicationId);
        return Messages.text("reflect.template.reply", a.details().company(), a.details().role());
    }

    private Application require(long id) {
        return applications.find(id).orElseThrow(() -> new NoSuchElementException(Messages.text("application.missing", id)));
    }
}
