package dev.onward.ui.lessons;

import dev.onward.domain.StageKind;
import dev.onward.service.applications.ApplicationService;
import dev.onward.service.lessons.LessonService;
import dev.onward.service.lessons.PrepareChecklist;
import dev.onward.ui.TaskRunner;
import java.util.function.Consumer;

/** Prepare's checklist before a stage, read on the {@link TaskRunner}: the lessons and the name of the kind of stage. */
public final class PrepareViewModel {
    private final LessonService lessons;
    private final ApplicationService journal;
    private final TaskRunner runner;

    /** Reads lessons from {@code lessons} and kinds of stage from {@code journal}, on {@code runner}. */
    public PrepareViewModel(LessonService lessons, ApplicationService journal, TaskRunner runner) {
        this.lessons = lessons;
        this.journal = journal;
        this.runner = runner;
    }

    /**
     * What to go over before {@code what} ("Final round — Acme Rockets"), a stage of kind
     * {@code stageKindId}: given to {@code show}, or why not to {@code fail}, on the JavaFX thread.
     */
    public void read(long stageKindId, String what, Consumer<Checklist> show, Consumer<Exception> fail) {
        runner.run(() -> new Checklist(what, journal.stageKinds().stream().filter(k -> k.id() == stageKindId)
                .map(StageKind::name).findFirst().orElse(""), lessons.prepareFor(stageKindId)), show, fail);
    }

    /**
     * Prepare's checklist as shown.
     *
     * @param what the stage and the company, e.g. "Final round — Acme Rockets"
     * @param stage the kind of stage, e.g. "Final round"
     * @param lessons the lessons to go over
     */
    public record Checklist(String what, String stage, PrepareChecklist lessons) {
    }
}
