package dev.onward.service.reflect;

import dev.onward.domain.Contact;
import dev.onward.domain.ContactDetails;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where contacts are kept. */
public interface ContactRepository {

    /** Every contact, by name. */
    List<Contact> findAll();

    /** The contact with {@code id}, if there is one. */
    Optional<Contact> find(long id);

    /** Stores a new contact and returns it with its id. */
    Contact add(ContactDetails details, Instant now);

    /** Replaces the details of contact {@code id}. */
    void update(long id, ContactDetails details, Instant now);
}
