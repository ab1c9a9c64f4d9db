package dev.onward.service.reflect;

import dev.onward.domain.Contact;
import java.time.Instant;
import java.util.Objects;

/**
 * A contact as the journal keeps it, with when it was added and last changed, so that an export
 * loses nothing.
 *
 * @param contact the contact
 * @param created when it was added
 * @param updated when it was last changed
 */
public record StoredContact(Contact contact, Instant created, Instant updated) {
    /** Checks every part is present. */
    public StoredContact {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
    }
}
