package dev.onward.ui.reflect;

import dev.onward.domain.Application;
import dev.onward.domain.Messages;
import dev.onward.domain.Outcome;
import dev.onward.domain.Reflection;
import dev.onward.service.applications.ApplicationService;
import dev.onward.service.reflect.ReflectionService;
import dev.onward.ui.ProblemText;
import dev.onward.ui.TaskRunner;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The saving of the Reflect flow as the user types: drafts timed by {@link Autosave} and written
 * on the {@link TaskRunner}, "Saving…" and "Saved." as they go, and what went wrong with the journal.
 */
final class ReflectionSavingViewModel {
    private final ReflectionService reflections;
    private final ApplicationService journal;
    private final TaskRunner runner;
    private final Autosave autosave;
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper(this, "saveState", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /** Saves through the services; {@code saveNow}, timed by {@code scheduler}, sends the draft. */
    ReflectionSavingViewModel(ReflectionService reflections, ApplicationService journal, TaskRunner runner,
            Scheduler scheduler, Runnable saveNow) {
        this.reflections = reflections;
        this.journal = journal;
        this.runner = runner;
        this.autosave = new Autosave(scheduler, saveNow);
    }

    /** Notes a change the user made: it is saved shortly. */
    void changed() {
        saveState.set(Messages.text("ui.reflect.saving"));
        autosave.changed();
    }

    /** Saves at once what is waiting to be saved. */
    void flush() {
        autosave.flush();
    }

    /** Shows neither a save state nor a problem, as for a reflection just opened. */
    void clear() {
        saveState.set("");
        problem.set("");
    }

    /**
     * Saves {@code draft} of application {@code id} and records {@code outcome} when there is one;
     * {@code recorded} is told the application as it is after its outcome was recorded.
     */
    void save(Reflection draft, Optional<Outcome> outcome, long id, Consumer<Application> recorded) {
        runner.run(() -> {
            // A contact kept since the draft was taken is already in the journal: keep its link.
            Reflection toSave = draft.contactId().isPresent() ? draft : reflections.find(id)
                    .flatMap(Reflection::contactId).map(draft::withContact).orElse(draft);
            Reflection saved = reflections.save(toSave);
            return new Saved(saved, outcome.map(o -> journal.recordOutcome(id, o)));
        }, result -> {
            result.application().ifPresent(recorded);
            if (!autosave.pending()) {
                saveState.set(Messages.text("ui.reflect.saved"));
            }
        }, this::fail);
    }

    /** Shows what went wrong reading or writing the journal. */
    void fail(Exception failure) {
        problem.set(ProblemText.of(failure));
    }

    private record Saved(Reflection reflection, Optional<Application> application) {
    }

    /** "Saving…" while a change waits, "Saved." once it is in the journal. */
    ReadOnlyStringProperty saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /** What went wrong reading or writing the journal; empty when all is well. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
