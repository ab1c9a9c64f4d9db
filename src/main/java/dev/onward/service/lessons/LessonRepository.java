package dev.onward.service.lessons;

import dev.onward.domain.Lesson;
import dev.onward.domain.LessonDetails;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where lessons are kept; each method is one transaction. */
public interface LessonRepository {

    /** Every lesson, newest first. */
    List<Lesson> findAll();

    /** The lessons noted from application {@code applicationId}, newest first. */
    List<Lesson> findFrom(long applicationId);

    /** The lesson with {@code id}, if there is one. */
    Optional<Lesson> find(long id);

    /** Stores a new lesson and returns it with its id. */
    Lesson add(LessonDetails details, Optional<Long> applicationId, Optional<Long> repeatOf, Instant now);

    /** Replaces the details of lesson {@code id}. */
    void update(long id, LessonDetails details, Instant now);

    /** Links lesson {@code id} as a repeat of {@code repeatOf}, or unlinks it. */
    void linkRepeat(long id, Optional<Long> repeatOf, Instant now);

    /** Removes lesson {@code id}; lessons that repeated it become unlinked. */
    void delete(long id);

    /** Puts back a deleted lesson exactly as it was (same id). */
    void restore(Lesson lesson);
}
