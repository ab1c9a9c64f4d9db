package dev.onward.ui.lessons;

import dev.onward.domain.InvalidValueException;
import dev.onward.domain.Lesson;
import dev.onward.domain.LessonDetails;
import dev.onward.domain.LessonStatus;
import dev.onward.domain.Messages;
import dev.onward.domain.StageKind;
import dev.onward.domain.Theme;
import dev.onward.service.lessons.LessonService;
import dev.onward.ui.FieldErrors;
import dev.onward.ui.ProblemText;
import dev.onward.ui.TaskRunner;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The lesson form, new or editing: text, theme, in my control, the kind of stage. A new lesson
 * close to one noted before is not added at once: the form shows the earlier one and lets the
 * user link the new one as a repeat, or add it anyway.
 */
public final class LessonFormViewModel {
    private final LessonService lessons;
    private final TaskRunner runner;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final BooleanProperty inMyControl = new SimpleBooleanProperty(this, "inMyControl", true);
    private final ObjectProperty<StageKind> stageKind = new SimpleObjectProperty<>(this, "stageKind");
    private final ObservableList<StageKind> kinds = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Lesson> earlier = new ReadOnlyObjectWrapper<>(this, "earlier");
    private final ReadOnlyStringWrapper notedBefore = new ReadOnlyStringWrapper(this, "notedBefore", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<Lesson> editing = new ReadOnlyObjectWrapper<>(this, "editing");
    private final FieldErrors errors = new FieldErrors().declare("lessonText", "theme");
    private Optional<Long> applicationId = Optional.empty();
    private Consumer<Lesson> onSaved = lesson -> { };

    /** A blank form over {@code lessons}. */
    public LessonFormViewModel(LessonService lessons, TaskRunner runner) {
        this.lessons = lessons;
        this.runner = runner;
        text.addListener((obs, old, now) -> forgetEarlier());
    }

    /** Runs {@code action} with each lesson saved (added, linked as a repeat or edited). */
    public void onSaved(Consumer<Lesson> action) {
        onSaved = action;
    }

    /** Sets the kinds of stage a lesson can apply to. */
    public void setKinds(List<StageKind> stageKinds) {
        StageKind chosen = stageKind.get();
        kinds.setAll(stageKinds);
        stageKind.set(chosen == null ? null : stageKinds.stream().filter(k -> k.id() == chosen.id()).findFirst()
                .orElse(null));
    }

    /** Empties the form for a new lesson, from application {@code from} when given. */
    public void startNew(Optional<Long> from) {
        applicationId = from;
        editing.set(null);
        errors.clear();
        problem.set("");
        text.set("");
        theme.set(null);
        inMyControl.set(true);
        stageKind.set(null);
        forgetEarlier();
    }

    /** Fills the form with {@code lesson} to edit it. */
    public void startEdit(Lesson lesson) {
        startNew(lesson.applicationId());
        editing.set(lesson);
        text.set(lesson.details().text());
        theme.set(lesson.details().theme());
        inMyControl.set(lesson.details().inMyControl());
        stageKind.set(lesson.details().stageKindId()
                .flatMap(id -> kinds.stream().filter(k -> k.id() == id).findFirst()).orElse(null));
    }

    /**
     * Saves the lesson. An edit is saved at once; a new lesson is first compared with those noted
     * before, and when one is close it is shown instead of saving.
     */
    public void save() {
        Optional<LessonDetails> details = toDetails();
        if (details.isEmpty()) {
            return;
        }
        Lesson edited = editing.get();
        if (edited != null) {
            run(() -> lessons.edit(edited.id(), details.get()));
        } else if (earlier.get() != null) {
            addAsRepeat();
        } else {
            runner.run(() -> lessons.similarTo(details.get().text()), found -> {
                if (found.isEmpty()) {
                    run(() -> lessons.add(details.get(), applicationId));
                } else {
                    earlier.set(found.get(0));
                    notedBefore.set(Messages.text("ui.lessons.notedBefore", found.get(0).details().text()));
                }
            }, this::fail);
        }
    }

    /** Adds the lesson as a repeat of the one noted before. */
    public void addAsRepeat() {
        Lesson before = earlier.get();
        Optional<LessonDetails> details = toDetails();
        if (before != null && details.isPresent()) {
            run(() -> lessons.addAsRepeat(details.get(), applicationId, before.id()));
        }
    }

    /** Adds the lesson as a new one although it is close to one noted before. */
    public void addAnyway() {
        toDetails().ifPresent(details -> run(() -> lessons.add(details, applicationId)));
    }

    private void run(java.util.concurrent.Callable<Lesson> work) {
        runner.run(work, saved -> {
            Optional<Long> from = applicationId;
            startNew(from);
            onSaved.accept(saved);
        }, this::fail);
    }

    private Optional<LessonDetails> toDetails() {
        errors.clear();
        LessonStatus status = editing.get() == null ? LessonStatus.NEW : editing.get().details().status();
        return errors.attempt(() -> new LessonDetails(text.get(), theme.get(), inMyControl.get(),
                Optional.ofNullable(stageKind.get()).map(StageKind::id), status));
    }

    private void forgetEarlier() {
        earlier.set(null);
        notedBefore.set("");
    }

    private void fail(Exception failure) {
        if (failure instanceof InvalidValueException invalid) {
            errors.show(invalid.field(), invalid.getMessage());
        } else {
            problem.set(ProblemText.of(failure));
        }
    }

    /** The lesson, as typed. */
    public StringProperty textProperty() {
        return text;
    }

    /** What it is about. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Whether it lies in the user's control. */
    public BooleanProperty inMyControlProperty() {
        return inMyControl;
    }

    /** The kind of stage it applies to; null for any. */
    public ObjectProperty<StageKind> stageKindProperty() {
        return stageKind;
    }

    /** The kinds of stage to choose from. */
    public ObservableList<StageKind> kinds() {
        return kinds;
    }

    /** The earlier lesson this one is close to, once the user tried to add it; null otherwise. */
    public ReadOnlyObjectProperty<Lesson> earlierProperty() {
        return earlier.getReadOnlyProperty();
    }

    /** "You noted this before: …" while a close earlier lesson is shown; empty otherwise. */
    public ReadOnlyStringProperty notedBeforeProperty() {
        return notedBefore.getReadOnlyProperty();
    }

    /** The lesson being edited; null for a new one. */
    public ReadOnlyObjectProperty<Lesson> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** What went wrong saving; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The message next to each field. */
    public FieldErrors errors() {
        return errors;
    }
}
