package dev.onward.domain;

import java.util.Objects;

/** One logged stage of an application, as stored. */
public record Stage(long id, long applicationId, StageDetails details) {
    /** The details are required. */
    public Stage {
        Objects.requireNonNull(details, "details");
    }
}
