package dev.onward.service.applications;

import dev.onward.domain.Application;
import dev.onward.domain.ApplicationDetails;
import dev.onward.domain.Outcome;
import dev.onward.domain.Stage;
import dev.onward.domain.StageDetails;
import dev.onward.domain.StageKind;
import dev.onward.domain.StatusChange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Where applications, with their stages, outcome and status history, are kept. Each method is
 * one transaction: it all lands or none of it does.
 */
public interface ApplicationRepository {

    /** Every application, newest applied first. */
    List<Application> findAll();

    /**
     * One row per application for the Applications list, in no particular order: the stages
     * dated on or before {@code today} count as reached, and an application with no dates of its
     * own was last active the day it was saved, in {@code zone}. The same rows as summarising
     * each of {@link #findAll()}, read without every stage's and outcome's details, so that
     * thousands of applications list quickly.
     */
    List<ApplicationSummary> summaries(List<StageKind> kinds, LocalDate today, ZoneId zone);

    /** The application with {@code id}, if there is one. */
    Optional<Application> find(long id);

    /** Stores a new application, active from {@code now}, and returns it with its id. */
    Application add(ApplicationDetails details, Instant now);

    /** Replaces the details of application {@code id}. */
    void update(long id, ApplicationDetails details, Instant now);

    /**
     * Removes application {@code id} and everything logged about it, and returns what was removed
     * so that {@link #restore(DeletedApplication)} can put it back. Lessons from it stay, unlinked.
     */
    DeletedApplication delete(long id);

    /** Undoes {@link #delete(long)}: the application, its reflection and its lessons' links come back. */
    void restore(DeletedApplication deleted);

    /** Puts back an application exactly as it was (same ids), e.g. to undo a delete. */
    void restore(Application application);

    /** Adds a stage to application {@code applicationId} and returns it with its id. */
    Stage addStage(long applicationId, StageDetails details, Instant now);

    /** Replaces the details of stage {@code stageId}. */
    void updateStage(long stageId, StageDetails details, Instant now);

    /** Removes stage {@code stageId}. */
    void removeStage(long stageId, Instant now);

    /** Stores (or replaces) the outcome of application {@code id} and appends {@code change}. */
    void recordOutcome(long id, Outcome outcome, StatusChange change);

    /** Removes the outcome of application {@code id} (it is active again) and appends {@code change}. */
    void clearOutcome(long id, StatusChange change);
}
