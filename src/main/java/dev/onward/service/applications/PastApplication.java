package dev.onward.service.applications;

import dev.onward.domain.ChosenReason;
import dev.onward.domain.Lesson;
import dev.onward.domain.StageKind;
import dev.onward.domain.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An earlier application at a company, as the company's history tells it: what it was, how far it
 * got, how it ended, and what the user made of it.
 *
 * @param id the application's id
 * @param role the role
 * @param applied the day it was sent
 * @param status where it stands
 * @param furthestStage the furthest stage reached, from the stage log
 * @param endedOn the day it ended, when it has
 * @param reasons the possible reasons picked in its reflection
 * @param lessons the lessons noted from it, newest first
 */
public record PastApplication(long id, String role, Optional<LocalDate> applied, Status status,
        Optional<StageKind> furthestStage, Optional<LocalDate> endedOn, List<ChosenReason> reasons,
        List<Lesson> lessons) {
    /** Copies the lists and checks every part is present. */
    public PastApplication {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(applied, "applied");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(furthestStage, "furthestStage");
        Objects.requireNonNull(endedOn, "endedOn");
        reasons = List.copyOf(reasons);
        lessons = List.copyOf(lessons);
    }
}
