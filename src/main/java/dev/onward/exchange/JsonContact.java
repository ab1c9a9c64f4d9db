package dev.onward.exchange;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.onward.domain.Contact;
import dev.onward.domain.ContactDetails;
import dev.onward.service.reflect.StoredContact;
import java.time.LocalDate;
import java.util.Optional;

/** A contact as the JSON export writes it. */
@JsonPropertyOrder({"id", "name", "role", "company", "email", "notes", "keepInTouchOn", "created", "updated"})
record JsonContact(Long id, String name, String role, String company, String email, String notes,
        String keepInTouchOn, String created, String updated) {

    static JsonContact of(StoredContact stored) {
        ContactDetails d = stored.contact().details();
        return new JsonContact(stored.contact().id(), d.name(), d.role().orElse(null), d.company().orElse(null),
                d.email().orElse(null), d.notes().orElse(null), d.keepInTouchOn().map(LocalDate::toString).orElse(null),
                stored.created().toString(), stored.updated().toString());
    }

    /** The domain record; the domain's own checks run again. */
    StoredContact toDomain() {
        JsonValues.id("id", id);
        ContactDetails details = new ContactDetails(name, Optional.ofNullable(role), Optional.ofNullable(company),
                Optional.ofNullable(email), Optional.ofNullable(notes),
                Optional.ofNullable(keepInTouchOn).map(day -> JsonValues.day("keepInTouchOn", day)));
        return new StoredContact(new Contact(id, details), JsonValues.instant("created", created),
                JsonValues.instant("updated", updated));
    }
}
