package dev.onward.service.applications;

import dev.onward.domain.Application;
import dev.onward.domain.ApplicationDetails;
import dev.onward.domain.InvalidValueException;
import dev.onward.domain.Messages;
import dev.onward.domain.Outcome;
import dev.onward.domain.Stage;
import dev.onward.domain.StageDetails;
import dev.onward.domain.StageKind;
import dev.onward.domain.Status;
import dev.onward.domain.StatusChange;
import dev.onward.domain.Timeline;
import dev.onward.domain.TimelineEntry;
import dev.onward.service.JournalChange;
import dev.onward.service.JournalChanges;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The journal's use cases: log applications, their stages and outcomes, list and read them.
 * Plain Java: the UI and the command line call it the same way, off the JavaFX thread.
 */
public final class ApplicationService {
    private static final Comparator<ApplicationSummary> NEWEST_FIRST = Comparator
            .comparing((ApplicationSummary s) -> s.applied().orElse(s.lastActivity())).reversed()
            .thenComparing(Comparator.comparingLong(ApplicationSummary::id).reversed());

    private final ApplicationRepository applications;
    private final StageKindRepository stageKinds;
    private final Clock clock;
    private final JournalChanges changes;

    /**
     * Creates the service over its two repositories; {@code clock} says what "now" is, and every
     * write is announced to {@code changes}.
     */
    public ApplicationService(ApplicationRepository applications, StageKindRepository stageKinds, Clock clock,
            JournalChanges changes) {
        this.applications = applications;
        this.stageKinds = stageKinds;
        this.clock = clock;
        this.changes = changes;
    }

    /** The rows of the Applications list that pass {@code filter}, newest applied first. */
    public List<ApplicationSummary> list(ApplicationFilter filter) {
        List<StageKind> kinds = stageKinds.findAll();
        LocalDate today = today();
        return applications.summaries(kinds, today, clock.getZone()).stream()
                .filter(filter::accepts)
                .sorted(NEWEST_FIRST)
                .toList();
    }

    /** The application with {@code id}, if it exists. */
    public Optional<Application> find(long id) {
        return applications.find(id);
    }

    /** Every kind of stage, in order. */
    public List<StageKind> stageKinds() {
        return stageKinds.findAll();
    }

    /** Adds a kind of stage with {@code name}, placed just before the kind now at {@code position}. */
    public StageKind addStageKind(String name, int position) {
        StageKind checked = new StageKind(1, name, Math.max(0, position));
        boolean exists = stageKinds.findAll().stream().anyMatch(k -> k.name().equalsIgnoreCase(checked.name()));
        if (exists) {
            throw new InvalidValueException("stageKind", Messages.text("field.stageKind.exists", checked.name()));
        }
        StageKind added = stageKinds.add(checked.name(), checked.position());
        changes.announce(JournalChange.STAGES);
        return added;
    }

    /** Saves a new application; it starts active. */
    public Application add(ApplicationDetails details) {
        checkApplied(details);
        Application added = applications.add(details, clock.instant());
        changes.announce(JournalChange.APPLICATIONS);
        return added;
    }

    /** Replaces the details of application {@code id} and returns it as saved. */
    public Application edit(long id, ApplicationDetails details) {
        checkApplied(details);
        Optional<LocalDate> ended = require(id).outcome().map(Outcome::date);
        if (details.applied().isPresent() && ended.filter(day -> day.isBefore(details.applied().get())).isPresent()) {
            throw new InvalidValueException("applied", Messages.text("field.applied.afterOutcome", shown(ended.get())));
        }
        applications.update(id, details, clock.instant());
        changes.announce(JournalChange.APPLICATIONS);
        return require(id);
    }

    /**
     * Deletes application {@code id} with its stages, outcome and reflection, and returns what was
     * removed so that {@link #undoDelete(DeletedApplication)} can put it back.
     */
    public DeletedApplication delete(long id) {
        require(id);
        DeletedApplication removed = applications.delete(id);
        changes.announce(JournalChange.everything());
        return removed;
    }

    /** Puts back what {@link #delete(long)} removed, with the same ids. */
    public void undoDelete(DeletedApplication removed) {
        applications.restore(removed);
        changes.announce(JournalChange.everything());
    }

    /** Logs a stage of application {@code applicationId}. */
    public Stage addStage(long applicationId, StageDetails details) {
        require(applicationId);
        requireKind(details.kindId());
        Stage added = applications.addStage(applicationId, details, clock.instant());
        changes.announce(JournalChange.STAGES);
        return added;
    }

    /** Replaces the details of stage {@code stageId}. */
    public void editStage(long stageId, StageDetails details) {
        requireKind(details.kindId());
        applications.updateStage(stageId, details, clock.instant());
        changes.announce(JournalChange.STAGES);
    }

    /** Removes stage {@code stageId}. */
    public void removeStage(long stageId) {
        applications.removeStage(stageId, clock.instant());
        changes.announce(JournalChange.STAGES);
    }

    /**
     * Records how application {@code id} ended; the status change is kept with the moment.
     *
     * @throws InvalidValueException for {@code outcomeDate} when the outcome is dated before the
     *     application was sent. (A stage may come first: a recruiter can call before the formal application.)
     */
    public Application recordOutcome(long id, Outcome outcome) {
        Optional<LocalDate> applied = require(id).details().applied();
        if (applied.filter(day -> outcome.date().isBefore(day)).isPresent()) {
            throw new InvalidValueException("outcomeDate",
                    Messages.text("field.outcomeDate.beforeApplied", shown(applied.get())));
        }
        outcome.endedAtKindId().ifPresent(this::requireKind);
        applications.recordOutcome(id, outcome, new StatusChange(outcome.kind().status(), clock.instant()));
        changes.announce(JournalChange.OUTCOMES);
        return require(id);
    }

    /** Makes application {@code id} active again, removing its outcome. */
    public Application reopen(long id) {
        if (require(id).status() != Status.ACTIVE) {
            applications.clearOutcome(id, new StatusChange(Status.ACTIVE, clock.instant()));
            changes.announce(JournalChange.OUTCOMES);
        }
        return require(id);
    }

    /** The timeline of application {@code id}: applied, stages, status changes, outcome in date order. */
    public List<TimelineEntry> timeline(long id) {
        return Timeline.of(require(id), stageKinds.findAll(), clock.getZone());
    }

    /** The furthest stage application {@code id} has reached, from its stage log. */
    public Optional<StageKind> furthestStage(long id) {
        return require(id).furthestStage(stageKinds.findAll(), today());
    }

    private void checkApplied(ApplicationDetails details) {
        if (details.applied().filter(day -> day.isAfter(today())).isPresent()) {
            throw new InvalidValueException("applied", Messages.text("field.applied.future"));
        }
    }

    private Application require(long id) {
        return applications.find(id).orElseThrow(() -> new NoSuchElementException(
                Messages.text("application.missing", id)));
    }

    private void requireKind(long kindId) {
        if (stageKinds.findAll().stream().noneMatch(k -> k.id() == kindId)) {
            throw new InvalidValueException("stageKind", Messages.text("field.stageKind.missing"));
        }
    }

    /** "29 Nov 2026" as lists show days, for a message. */
    private static String shown(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Locale.getDefault(Locale.Category.FORMAT)).format(day);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
