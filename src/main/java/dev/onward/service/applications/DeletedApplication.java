package dev.onward.service.applications;

import dev.onward.domain.Application;
import dev.onward.domain.Reflection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An application as it was just before it was deleted, with what went with it, so that the
 * delete can be undone exactly.
 *
 * @param application the application with its stages, outcome and status history
 * @param reflection its reflection, if there was one
 * @param lessonIds the lessons that came from it (they stay, unlinked, after the delete)
 */
public record DeletedApplication(Application application, Optional<Reflection> reflection, List<Long> lessonIds) {
    /** Copies the list. */
    public DeletedApplication {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(reflection, "reflection");
        lessonIds = List.copyOf(lessonIds);
    }
}
