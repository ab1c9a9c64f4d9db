package dev.onward.service.applications;

import dev.onward.domain.StageKind;
import dev.onward.domain.Status;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One row of the Applications list.
 *
 * @param id the application's id
 * @param company the company
 * @param role the role
 * @param location where the job is
 * @param status where it stands
 * @param furthestStage the furthest stage reached, from the stage log
 * @param applied the day it was sent
 * @param lastActivity the last day anything happened
 */
public record ApplicationSummary(
        long id,
        String company,
        String role,
        Optional<String> location,
        Status status,
        Optional<StageKind> furthestStage,
        Optional<LocalDate> applied,
        LocalDate lastActivity) {
}
