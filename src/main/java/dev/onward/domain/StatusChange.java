package dev.onward.domain;

import java.time.Instant;
import java.util.Objects;

/** One change of an application's status, kept with the moment it was made. */
public record StatusChange(Status status, Instant at) {
    /** Both parts are required. */
    public StatusChange {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
    }
}
