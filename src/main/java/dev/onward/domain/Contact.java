package dev.onward.domain;

import java.util.Objects;

/** A stored contact. */
public record Contact(long id, ContactDetails details) {
    /** The details are required. */
    public Contact {
        Objects.requireNonNull(details, "details");
    }
}
