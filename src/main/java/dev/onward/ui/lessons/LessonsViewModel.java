package dev.onward.ui.lessons;

import dev.onward.domain.Lesson;
import dev.onward.domain.LessonStatus;
import dev.onward.domain.Messages;
import dev.onward.domain.StageKind;
import dev.onward.domain.Theme;
import dev.onward.service.applications.ApplicationService;
import dev.onward.service.lessons.DeletedLesson;
import dev.onward.service.lessons.FocusArea;
import dev.onward.service.lessons.LessonFilter;
import dev.onward.service.lessons.LessonService;
import dev.onward.ui.ProblemText;
import dev.onward.ui.TaskRunner;
import dev.onward.ui.UndoOffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Lessons screen: every lesson grouped by theme, with filters, focus areas and repeats marked,
 * status changes, edit, and delete with undo. Calls {@link LessonService} on the {@link TaskRunner}.
 */
public final class LessonsViewModel {
    private final LessonService lessons;
    private final ApplicationService journal;
    private final TaskRunner runner;
    private final ObjectProperty<Optional<Boolean>> controlFilter =
            new SimpleObjectProperty<>(this, "controlFilter", Optional.empty());
    private final ObjectProperty<Optional<LessonStatus>> statusFilter =
            new SimpleObjectProperty<>(this, "statusFilter", Optional.empty());
    private final ObjectProperty<Optional<StageKind>> stageFilter =
            new SimpleObjectProperty<>(this, "stageFilter", Optional.empty());
    private final ObservableList<LessonGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<StageKind> kinds = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper journalEmpty = new ReadOnlyBooleanWrapper(this, "journalEmpty", false);
    private final UndoOffer<DeletedLesson> undo = new UndoOffer<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final BooleanProperty formOpen = new SimpleBooleanProperty(this, "formOpen", false);
    private final ReadOnlyObjectWrapper<Long> revealed = new ReadOnlyObjectWrapper<>(this, "revealed", null);
    /** While {@link #reveal} clears the filters: one read follows, not one per filter. */
    private boolean revealing;
    private final LessonFormViewModel form;

    /** Creates the screen's model; call {@link #load()} to read the lessons. */
    public LessonsViewModel(LessonService lessons, ApplicationService journal, TaskRunner runner) {
        this.lessons = lessons;
        this.journal = journal;
        this.runner = runner;
        this.form = new LessonFormViewModel(lessons, runner);
        form.onSaved(saved -> {
            formOpen.set(false);
            load();
        });
        controlFilter.addListener((obs, old, now) -> filtered());
        statusFilter.addListener((obs, old, now) -> filtered());
        stageFilter.addListener((obs, old, now) -> filtered());
    }

    private void filtered() {
        if (!revealing) {
            load();
        }
    }

    /**
     * Shows every lesson again (the filters cleared, one read) and marks lesson {@code id}, e.g.
     * one chosen from the search, so the view can bring it into sight. The mark lasts until the
     * list is read again for another reason (a save, a status changed, a filter chosen).
     */
    public void reveal(long id) {
        revealing = true;
        try {
            controlFilter.set(Optional.empty());
            statusFilter.set(Optional.empty());
            stageFilter.set(Optional.empty());
        } finally {
            revealing = false;
        }
        revealed.set(id);
        readLessons();
    }

    /** The lesson to bring into sight and mark in the list being shown, or null. */
    public ReadOnlyObjectProperty<Long> revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    /** Reads the lessons that pass the filters; a lesson marked by {@link #reveal} is marked no more. */
    public void load() {
        revealed.set(null);
        readLessons();
    }

    private void readLessons() {
        LessonFilter filter = new LessonFilter(controlFilter.get(), statusFilter.get(),
                stageFilter.get().map(StageKind::id));
        runner.run(() -> read(filter), this::show, this::fail);
    }

    private Read read(LessonFilter filter) {
        return new Read(lessons.byTheme(filter), lessons.focusAreas(), lessons.timesNoted(), journal.stageKinds(),
                lessons.all().stream().collect(Collectors.groupingBy(l -> l.details().theme(), Collectors.counting())));
    }

    private void show(Read read) {
        kinds.setAll(read.kinds());
        form.setKinds(read.kinds());
        Map<Long, String> names = read.kinds().stream().collect(Collectors.toMap(StageKind::id, StageKind::name));
        List<LessonGroup> shown = new ArrayList<>();
        read.byTheme().forEach((theme, list) -> shown.add(new LessonGroup(theme,
                read.focus().stream().anyMatch(f -> f.theme() == theme),
                read.themeCounts().getOrDefault(theme, 0L).intValue(),
                list.stream().map(l -> new LessonRow(l, read.timesNoted().getOrDefault(l.id(), 1),
                        l.details().stageKindId().map(names::get))).toList())));
        groups.setAll(shown);
        journalEmpty.set(read.themeCounts().isEmpty());
    }

    /** Opens the form for a new lesson, from application {@code from} when given. */
    public void startNew(Optional<Long> from) {
        if (!formOpen.get() || form.editingProperty().get() != null) {
            form.startNew(from);
        }
        formOpen.set(true);
    }

    /** Opens the form on {@code lesson} to edit it. */
    public void startEdit(Lesson lesson) {
        form.startEdit(lesson);
        formOpen.set(true);
    }

    /** Closes the form without saving. */
    public void cancelForm() {
        formOpen.set(false);
    }

    /** Moves lesson {@code id} to {@code status}. */
    public void changeStatus(long id, LessonStatus status) {
        runner.run(() -> lessons.changeStatus(id, status), changed -> load(), this::fail);
    }

    /** Deletes lesson {@code id}; the undo bar offers to put it back. */
    public void delete(long id) {
        runner.run(() -> lessons.delete(id), removed -> {
            undo.offer(removed, Messages.text("ui.lessons.deleted", removed.lesson().details().text()));
            load();
        }, this::fail);
    }

    /** Puts back the lesson deleted last. */
    public void undoDelete() {
        Optional<DeletedLesson> taken = undo.take();
        if (taken.isEmpty()) {
            return;
        }
        DeletedLesson removed = taken.get();
        runner.run(() -> {
            lessons.undoDelete(removed);
            return removed;
        }, back -> load(), this::fail);
    }

    /** Hides the undo bar; the delete stays. */
    public void dismissUndo() {
        undo.dismiss();
    }

    private void fail(Exception failure) {
        problem.set(ProblemText.of(failure));
    }

    /** The lessons shown, by theme in the themes' order. */
    public ObservableList<LessonGroup> groups() {
        return groups;
    }

    /** The kinds of stage, for the stage filter. */
    public ObservableList<StageKind> kinds() {
        return kinds;
    }

    /** In or out of the user's control; empty shows both. */
    public ObjectProperty<Optional<Boolean>> controlFilterProperty() {
        return controlFilter;
    }

    /** One status only; empty shows every status. */
    public ObjectProperty<Optional<LessonStatus>> statusFilterProperty() {
        return statusFilter;
    }

    /** One kind of stage only; empty shows every lesson. */
    public ObjectProperty<Optional<StageKind>> stageFilterProperty() {
        return stageFilter;
    }

    /** Whether the journal holds no lesson at all. */
    public ReadOnlyBooleanProperty journalEmptyProperty() {
        return journalEmpty.getReadOnlyProperty();
    }

    /** "Deleted the lesson …" while the delete can be undone; empty otherwise. */
    public ReadOnlyStringProperty undoMessageProperty() {
        return undo.messageProperty();
    }

    /** What went wrong; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether the lesson form is open. */
    public BooleanProperty formOpenProperty() {
        return formOpen;
    }

    /** The lesson form. */
    public LessonFormViewModel form() {
        return form;
    }

    private record Read(Map<Theme, List<Lesson>> byTheme, List<FocusArea> focus, Map<Long, Integer> timesNoted,
            List<StageKind> kinds, Map<Theme, Long> themeCounts) {
    }
}
