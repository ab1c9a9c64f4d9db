package dev.onward.ui.applications;

import dev.onward.domain.InvalidValueException;
import dev.onward.domain.Messages;
import dev.onward.domain.StageKind;
import dev.onward.domain.Status;
import dev.onward.service.applications.ApplicationFilter;
import dev.onward.service.applications.ApplicationService;
import dev.onward.service.applications.ApplicationSummary;
import dev.onward.service.applications.CompanyHistory;
import dev.onward.service.applications.DeletedApplication;
import dev.onward.ui.DateText;
import dev.onward.ui.ProblemText;
import dev.onward.ui.TaskRunner;
import dev.onward.ui.UndoOffer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Applications screen: the list with its filters, the new-application form, the detail
 * pane of the chosen application, and delete with undo. Reads and writes the journal only
 * through {@link ApplicationService}, on the {@link TaskRunner}.
 */
public final class ApplicationsViewModel {
    /** What the right-hand pane shows. */
    public enum Pane {
        /** Nothing chosen yet. */
        NONE,
        /** The new-application form. */
        NEW,
        /** The chosen application. */
        DETAIL
    }

    private final ApplicationService journal;
    private final TaskRunner runner;
    private final Clock clock;
    private final DateText dates;

    private final ObservableList<ApplicationSummary> all = FXCollections.observableArrayList();
    private final FilteredList<ApplicationSummary> shown = new FilteredList<>(all);
    // Kept: a fresh read-only wrapper per call would drop listeners when collected.
    private final ObservableList<ApplicationSummary> rows = FXCollections.unmodifiableObservableList(shown);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObjectProperty<Optional<Status>> statusFilter =
            new SimpleObjectProperty<>(this, "statusFilter", Optional.empty());
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private final ReadOnlyBooleanWrapper journalEmpty = new ReadOnlyBooleanWrapper(this, "journalEmpty", false);
    private final ReadOnlyObjectWrapper<Pane> pane = new ReadOnlyObjectWrapper<>(this, "pane", Pane.NONE);
    private final ReadOnlyObjectWrapper<Long> selectedId = new ReadOnlyObjectWrapper<>(this, "selectedId");
    private final UndoOffer<DeletedApplication> undo = new UndoOffer<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);
    private final ApplicationFormViewModel newForm;
    /** Whether the new-application form was last saved or cancelled, so the next one starts empty. */
    private boolean newFormDone = true;
    private final ApplicationDetailViewModel detail;
    private Optional<StageKind> firstKind = Optional.empty();

    /**
     * Creates the screen's model without company memory (the new-application form shows no
     * history); call {@link #load()} to read the journal.
     */
    public ApplicationsViewModel(ApplicationService journal, TaskRunner runner, Clock clock, DateText dates) {
        this(journal, CompanyHistory::none, runner, clock, dates);
    }

    /**
     * Creates the screen's model; the new-application form shows what {@code recall} (e.g.
     * {@code CompanyMemory::recall}) remembers of the company typed. Call {@link #load()} to read the journal.
     */
    public ApplicationsViewModel(ApplicationService journal, Function<String, CompanyHistory> recall, TaskRunner runner,
            Clock clock, DateText dates) {
        this.journal = journal;
        this.runner = runner;
        this.clock = clock;
        this.dates = dates;
        this.newForm = new ApplicationFormViewModel(dates, clock, new CompanyHistoryViewModel(recall, runner, dates));
        this.detail = new ApplicationDetailViewModel(journal, runner, clock, dates, id -> refresh());
        filterText.addListener((obs, old, now) -> applyFilter());
        statusFilter.addListener((obs, old, now) -> applyFilter());
    }

    /**
     * Reads the list of applications, and the application shown in the detail pane again: it may
     * have changed elsewhere (its news day in Reflect, say).
     */
    public void load() {
        refresh(() -> {
            Long shownId = selectedId.get();
            if (shownId != null && pane.get() == Pane.DETAIL) {
                detail.reread(shownId);
            }
        });
    }

    private void refresh() {
        refresh(() -> { });
    }

    /** Reads the list again, then runs {@code then} once the rows hold what was read. */
    private void refresh(Runnable then) {
        runner.run(() -> new Listed(journal.list(ApplicationFilter.ALL), journal.stageKinds()), listed -> {
            firstKind = listed.kinds().stream().findFirst();
            all.setAll(listed.rows());
            journalEmpty.set(listed.rows().isEmpty());
            loaded.set(true);
            then.run();
        }, this::fail);
    }

    /** The rows and the kinds of stage, read together so that "Reached" never shows one without the other. */
    private record Listed(List<ApplicationSummary> rows, List<StageKind> kinds) {
    }

    /**
     * How far {@code row} got, as the dashboard's funnel counts it: its furthest stage, or the
     * first kind of stage (Applied) while no stage is logged yet. Empty only in a journal with no
     * kinds of stage at all.
     */
    public Optional<StageKind> reached(ApplicationSummary row) {
        return row.furthestStage().or(() -> firstKind);
    }

    private void applyFilter() {
        ApplicationFilter filter = new ApplicationFilter(filterText.get(), statusFilter.get());
        shown.setPredicate(filter::accepts);
    }

    /**
     * Opens the new-application form: empty after the last one was saved or cancelled; otherwise
     * with what was typed, also when the user went to another application in between (a row, or
     * an earlier application at the same company) without saving or cancelling.
     */
    public void startNew() {
        if (pane.get() != Pane.NEW && newFormDone) {
            newForm.clear(LocalDate.now(clock));
        }
        newFormDone = false;
        pane.set(Pane.NEW);
    }

    /** Closes the new-application form without saving; shows the chosen application again. */
    public void cancelNew() {
        newFormDone = true;
        pane.set(selectedId.get() == null ? Pane.NONE : Pane.DETAIL);
    }

    /** Saves the new application when it is valid, then shows it; otherwise shows what is wrong. */
    public void saveNew() {
        if (saving.get()) {
            return;
        }
        newForm.toDetails().ifPresent(details -> {
            saving.set(true);
            runner.run(() -> journal.add(details), added -> {
                saving.set(false);
                newFormDone = true;
                problem.set("");
                // Chosen once the list holds it, so the list can choose its row too.
                refresh(() -> select(added.id()));
            }, failure -> {
                saving.set(false);
                if (failure instanceof InvalidValueException invalid) {
                    newForm.show(invalid);
                } else {
                    fail(failure);
                }
            });
        });
    }

    /** Shows application {@code id} in the detail pane. */
    public void select(long id) {
        selectedId.set(id);
        pane.set(Pane.DETAIL);
        detail.load(id);
    }

    /** Deletes the application shown, keeping it so that {@link #undoDelete()} can put it back. */
    public void deleteSelected() {
        Long id = selectedId.get();
        if (id == null) {
            return;
        }
        runner.run(() -> journal.delete(id), removed -> {
            undo.offer(removed, Messages.text("ui.undo.deleted", removed.application().details().company()));
            selectedId.set(null);
            detail.clear();
            pane.set(Pane.NONE);
            refresh();
        }, this::fail);
    }

    /** Puts back the application deleted last, and shows it. */
    public void undoDelete() {
        Optional<DeletedApplication> taken = undo.take();
        if (taken.isEmpty()) {
            return;
        }
        DeletedApplication removed = taken.get();
        runner.run(() -> {
            journal.undoDelete(removed);
            return removed.application().id();
        }, id -> refresh(() -> select(id)), this::fail);
    }

    /** Hides the undo bar; the delete stays. */
    public void dismissUndo() {
        undo.dismiss();
    }

    private void fail(Exception failure) {
        problem.set(ProblemText.of(failure));
    }

    /** The choices of the status filter: every status, after "all" (empty). */
    public List<Optional<Status>> statusChoices() {
        List<Optional<Status>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        for (Status s : Status.values()) {
            choices.add(Optional.of(s));
        }
        return List.copyOf(choices);
    }

    /** The label of a status filter choice. */
    public static String choiceLabel(Optional<Status> choice) {
        return choice.map(Status::label).orElse(Messages.text("ui.filter.allStatuses"));
    }

    /** The rows that pass the filters, newest first. */
    public ObservableList<ApplicationSummary> rows() {
        return rows;
    }

    /** The text filter. */
    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** The status filter; empty shows every status. */
    public ObjectProperty<Optional<Status>> statusFilterProperty() {
        return statusFilter;
    }

    /** Whether the list has been read at least once. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Whether the journal holds no application at all (not just none passing the filters). */
    public ReadOnlyBooleanProperty journalEmptyProperty() {
        return journalEmpty.getReadOnlyProperty();
    }

    /** What the right-hand pane shows. */
    public ReadOnlyObjectProperty<Pane> paneProperty() {
        return pane.getReadOnlyProperty();
    }

    /** The id of the application shown in the detail pane, or null. */
    public ReadOnlyObjectProperty<Long> selectedIdProperty() {
        return selectedId.getReadOnlyProperty();
    }

    /** "Deleted Acme" while the delete can be undone; empty otherwise. */
    public ReadOnlyStringProperty undoMessageProperty() {
        return undo.messageProperty();
    }

    /** What went wrong reading or writing the journal; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether a new application is being saved. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** The new-application form. */
    public ApplicationFormViewModel newForm() {
        return newForm;
    }

    /** The detail pane. */
    public ApplicationDetailViewModel detail() {
        return detail;
    }

    /** How dates read in this screen. */
    public DateText dates() {
        return dates;
    }
}
