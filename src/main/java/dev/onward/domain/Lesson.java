package dev.onward.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored lesson.
 *
 * @param id the stored id
 * @param details what the lesson says
 * @param applicationId the application it came from, if any
 * @param repeatOf the earlier lesson this one repeats, when the user linked it
 * @param created when it was noted
 * @param updated when it last changed
 */
public record Lesson(long id, LessonDetails details, Optional<Long> applicationId, Optional<Long> repeatOf,
        Instant created, Instant updated) {
    /** Checks every part is present. */
    public Lesson {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(repeatOf, "repeatOf");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
    }
}
