package dev.onward.ui.reflect;

import dev.onward.domain.Application;
import dev.onward.domain.Messages;
import dev.onward.domain.NamedFeeling;
import dev.onward.domain.Reflection;
import dev.onward.domain.ReflectionStep;
import dev.onward.domain.Status;
import dev.onward.service.lessons.LessonService;
import dev.onward.service.reflect.ReflectionService;
import dev.onward.ui.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The reflection as the application's detail pane shows it: how far it is, the feelings named,
 * how many reasons lie outside the user's control, how many lessons came of it, and the button to
 * start or go on reflecting.
 */
public final class ReflectionSummaryViewModel {
    private final ReflectionService reflections;
    private final LessonService lessons;
    private final TaskRunner runner;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper action = new ReadOnlyStringWrapper(this, "action", "");
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown", false);
    private long applicationId;
    private Application last;

    /** Creates the summary over the services. */
    public ReflectionSummaryViewModel(ReflectionService reflections, LessonService lessons, TaskRunner runner) {
        this.reflections = reflections;
        this.lessons = lessons;
        this.runner = runner;
    }

    /** Shows the reflection on {@code application}; nothing for an active application or an offer. */
    public void load(Application application) {
        if (application == null || !application.status().hasEnded() || application.status() == Status.OFFER) {
            shown.set(false);
            summary.set("");
            return;
        }
        long id = application.id();
        applicationId = id;
        last = application;
        runner.run(() -> new Read(reflections.find(id), lessons.from(id).size()), read -> {
                    if (applicationId == id) {
                        show(read);
                    }
                }, failure -> shown.set(false));
    }

    private void show(Read read) {
        shown.set(true);
        if (read.reflection().isEmpty()) {
            summary.set(Messages.text("ui.reflect.summary.none"));
            action.set(Messages.text("ui.reflect.start"));
            return;
        }
        Reflection r = read.reflection().get();
        List<String> lines = new ArrayList<>();
        // Counted as the flow's step list shows them, so a step with feelings in it reads "started" in both.
        Map<ReflectionStep, StepMark> marks = StepMarks.of(r, read.lessons(), Set.of());
        long settled = marks.values().stream().filter(StepMark::settled).count();
        lines.add(r.isFinished() ? Messages.text("ui.reflect.summary.finished")
                : Messages.text("ui.reflect.summary.inProgress", settled, ReflectionStep.values().length,
                        StepMarks.count(marks, StepMark.STARTED)));
        if (!r.feelings().isEmpty()) {
            lines.add(Messages.text("ui.reflect.summary.feelings", r.feelings().stream()
                    .map(f -> Messages.text("ui.reflect.summary.feeling", f.label(), f.intensity().value())).collect(Collectors.joining(", "))));
        }
        lines.add(Messages.text("ui.reflect.summary.reasons", r.reasons().size(), r.reasonsOutsideMyControl()));
        lines.add(Messages.text("ui.reflect.summary.lessons", read.lessons()));
        summary.set(String.join("\n", lines));
        action.set(Messages.text(r.isFinished() ? "ui.reflect.open" : "ui.reflect.continue"));
    }

    /** Reads the reflection on the application shown again (after the Reflect flow was left). */
    public void reload() {
        load(last);
    }

    /** The id of the application summarised last. */
    public long applicationId() {
        return applicationId;
    }

    /** The summary, one fact a line. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The button's words: "Reflect", "Continue reflecting" or "Open reflection". */
    public ReadOnlyStringProperty actionProperty() {
        return action.getReadOnlyProperty();
    }

    /** Whether the application ended in a way worth reflecting on, so the summary shows. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    private record Read(Optional<Reflection> reflection, long lessons) {
    }
}
