package dev.onward.ui.applications;

import dev.onward.domain.Application;
import dev.onward.domain.InvalidValueException;
import dev.onward.domain.Messages;
import dev.onward.domain.StageKind;
import dev.onward.domain.Status;
import dev.onward.domain.TimelineEntry;
import dev.onward.service.applications.ApplicationService;
import dev.onward.ui.DateText;
import dev.onward.ui.ProblemText;
import dev.onward.ui.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The detail pane of one application: its editable details, its timeline, and the forms to add
 * a stage and record how it ended. Every save goes through {@link ApplicationService} on the
 * {@link TaskRunner}; when something is saved, {@code onChanged} tells the list.
 */
public final class ApplicationDetailViewModel {
    private final ApplicationService journal;
    private final TaskRunner runner;
    private final Clock clock;
    private final DateText dates;
    private final Consumer<Long> onChanged;

    private final ReadOnlyObjectWrapper<Application> application = new ReadOnlyObjectWrapper<>(this, "application");
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();
    private final ObservableList<StageKind> kinds = FXCollections.observableArrayList();
    // One read-only view of each list, kept: a fresh wrapper per call would drop listeners when collected.
    private final ObservableList<TimelineEntry> timelineView = FXCollections.unmodifiableObservableList(timeline);
    private final ObservableList<StageKind> kindsView = FXCollections.unmodifiableObservableList(kinds);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status", Status.ACTIVE);
    private final BooleanProperty stageFormOpen = new SimpleBooleanProperty(this, "stageFormOpen", false);
    private final BooleanProperty outcomeFormOpen = new SimpleBooleanProperty(this, "outcomeFormOpen", false);
    private final ReadOnlyBooleanWrapper ended = new ReadOnlyBooleanWrapper(this, "ended", false);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ApplicationFormViewModel form;
    private final StageFormViewModel stageForm;
    private final OutcomeFormViewModel outcomeForm;
    private LongConsumer onRejectedOrSilent = id -> { };

    /**
     * Creates the pane's model.
     *
     * @param onChanged told the id of an application whenever something about it was saved
     */
    public ApplicationDetailViewModel(ApplicationService journal, TaskRunner runner, Clock clock, DateText dates,
            Consumer<Long> onChanged) {
        this.journal = journal;
        this.runner = runner;
        this.clock = clock;
        this.dates = dates;
        this.onChanged = onChanged;
        this.form = new ApplicationFormViewModel(dates, clock);
        this.stageForm = new StageFormViewModel(dates, clock);
        this.outcomeForm = new OutcomeFormViewModel(dates, clock);
    }

    /** The forms of the pane; after a save only the form that was saved is refilled, so typing elsewhere stays. */
    private enum Part {
        DETAILS, STAGE, OUTCOME
    }

    /**
     * Reads application {@code id} with its timeline and shows it, every form filled afresh. A
     * notice from an earlier save ("Outcome recorded.") goes: what it spoke of may have changed since.
     */
    public void load(long id) {
        notice.set("");
        load(id, EnumSet.allOf(Part.class));
    }

    /**
     * Reads application {@code id} again after a change made elsewhere (another screen, another
     * process): the timeline and status are shown afresh, but a form the user is typing in keeps
     * every word; only forms that are closed or untouched are filled again.
     */
    public void reread(long id) {
        Application shown = application.get();
        if (shown == null || shown.id() != id) {
            load(id);
            return;
        }
        notice.set(""); // what it spoke of may have changed since
        Set<Part> refill = EnumSet.noneOf(Part.class);
        if (form.holds(shown.details())) {
            refill.add(Part.DETAILS);
        }
        if (!stageFormOpen.get()) {
            refill.add(Part.STAGE);
        }
        if (!outcomeFormOpen.get()) {
            refill.add(Part.OUTCOME);
        }
        load(id, refill);
    }

    private void load(long id, Set<Part> refill) {
        busy.set(true);
        runner.run(() -> read(id), loaded -> show(loaded, refill), this::fail);
    }

    private ShownApplication read(long id) {
        Optional<Application> found = journal.find(id);
        if (found.isEmpty()) {
            return ShownApplication.gone();
        }
        return new ShownApplication(found, journal.timeline(id), journal.stageKinds(), journal.furthestStage(id));
    }

    /** Shows nothing. */
    public void clear() {
        application.set(null);
        timeline.clear();
        heading.set("");
        summary.set("");
        notice.set("");
    }

    /** Saves the edited details. */
    public void save() {
        Application current = application.get();
        if (current == null) {
            return;
        }
        form.toDetails().ifPresent(details -> save(() -> journal.edit(current.id(), details),
                current.id(), Messages.text("ui.detail.saved"), form::show, Part.DETAILS));
    }

    /** Logs the stage typed in the stage form. */
    public void addStage() {
        Application current = application.get();
        if (current == null) {
            return;
        }
        stageForm.toDetails().ifPresent(details -> save(() -> journal.addStage(current.id(), details),
                current.id(), Messages.text("ui.stage.added"), stageForm::show, Part.STAGE));
    }

    /** Records the outcome typed in the outcome form. */
    public void recordOutcome() {
        Application current = application.get();
        if (current == null) {
            return;
        }
        outcomeForm.toOutcome().ifPresent(outcome -> save(() -> journal.recordOutcome(current.id(), outcome),
                current.id(), Messages.text("ui.outcome.recorded"), outcomeForm::show, Part.OUTCOME, () -> {
                    Status now = outcome.kind().status();
                    boolean sad = now == Status.REJECTED || now == Status.GHOSTED;
                    if (sad && current.status() != now) {
                        onRejectedOrSilent.accept(current.id());
                    }
                }));
    }

    /** Runs {@code action} with the application's id when an outcome just recorded makes it rejected or no reply. */
    public void onRejectedOrSilent(LongConsumer action) {
        onRejectedOrSilent = action;
    }

    /** Makes an ended application active again. */
    public void reopen() {
        Application current = application.get();
        if (current == null) {
            return;
        }
        save(() -> journal.reopen(current.id()), current.id(), Messages.text("ui.outcome.reopened"), e -> { }, Part.OUTCOME);
    }

    private void save(java.util.concurrent.Callable<?> work, long id, String done,
            Consumer<InvalidValueException> invalid, Part saved) {
        save(work, id, done, invalid, saved, () -> { });
    }

    private void save(java.util.concurrent.Callable<?> work, long id, String done,
            Consumer<InvalidValueException> invalid, Part saved, Runnable after) {
        busy.set(true);
        notice.set("");
        runner.run(work, result -> {
            busy.set(false);
            Set<Part> refill = EnumSet.of(saved);
            if (saved == Part.STAGE) {
                stageFormOpen.set(false);
                if (!outcomeFormOpen.get()) {
                    refill.add(Part.OUTCOME);
                }
            } else if (saved == Part.OUTCOME) {
                outcomeFormOpen.set(false);
            }
            onChanged.accept(id);
            load(id, refill);
            notice.set(done);
            after.run();
        }, failure -> {
            busy.set(false);
            if (failure instanceof InvalidValueException problem) {
                invalid.accept(problem);
            } else {
                notice.set(ProblemText.of(failure));
            }
        });
    }

    private void show(ShownApplication loaded, Set<Part> refill) {
        busy.set(false);
        if (loaded.application().isEmpty()) {
            clear();
            return;
        }
        Application a = loaded.application().get();
        boolean other = application.get() == null || application.get().id() != a.id();
        application.set(a);
        kinds.setAll(loaded.kinds());
        timeline.setAll(loaded.timeline());
        heading.set(a.details().company());
        status.set(a.status());
        ended.set(a.status().hasEnded());
        summary.set(loaded.summary(dates));
        LocalDate today = LocalDate.now(clock);
        if (other || refill.contains(Part.DETAILS)) {
            form.fill(a.details());
        }
        if (other || refill.contains(Part.STAGE)) {
            stageForm.kindProperty().set(loaded.nextKind());
            stageForm.clear(today);
        }
        if (other || refill.contains(Part.OUTCOME)) {
            outcomeForm.prepare(a.outcome(), loaded.furthest(), loaded.endedAt(), a.details().applied(), today);
        }
        if (other) {
            notice.set("");
            stageFormOpen.set(false);
            outcomeFormOpen.set(false);
        }
    }

    private void fail(Exception failure) {
        busy.set(false);
        notice.set(ProblemText.of(failure));
    }

    /** The application shown, or null. */
    public ReadOnlyObjectProperty<Application> applicationProperty() {
        return application.getReadOnlyProperty();
    }

    /** The timeline, oldest first. */
    public ObservableList<TimelineEntry> timeline() {
        return timelineView;
    }

    /** Every kind of stage, in order. */
    public ObservableList<StageKind> kinds() {
        return kindsView;
    }

    /** The company, as the pane's heading. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** "Junior Developer · Applied 7 Mar 2026 · Reached Final round". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Where the application stands. */
    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether the "Add stage" form is open; it closes once the stage is saved. */
    public BooleanProperty stageFormOpenProperty() {
        return stageFormOpen;
    }

    /** Whether the "Record outcome" form is open; it closes once the outcome is saved. */
    public BooleanProperty outcomeFormOpenProperty() {
        return outcomeFormOpen;
    }

    /** Whether the application has ended (an outcome is recorded). */
    public ReadOnlyBooleanProperty endedProperty() {
        return ended.getReadOnlyProperty();
    }

    /** What just happened ("Saved.") or what went wrong. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Whether the journal is being read or written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The editable details. */
    public ApplicationFormViewModel form() {
        return form;
    }

    /** The "Add stage" form. */
    public StageFormViewModel stageForm() {
        return stageForm;
    }

    /** The "Record outcome" form. */
    public OutcomeFormViewModel outcomeForm() {
        return outcomeForm;
    }
}
