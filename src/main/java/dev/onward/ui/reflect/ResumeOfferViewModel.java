package dev.onward.ui.reflect;

import dev.onward.domain.Messages;
import dev.onward.domain.Reflection;
import dev.onward.service.JournalService;
import dev.onward.service.ReflectionService;
import dev.onward.ui.TaskRunner;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** At start, finds a reflection left half done and words the offer to resume it. */
public final class ResumeOfferViewModel {
    private final ReflectionService reflections;
    private final JournalService journal;
    private final TaskRunner runner;

    /** Creates the offer over the services. */
    public ResumeOfferViewModel(ReflectionService reflections, JournalService journal, TaskRunner runner) {
        this.reflections = reflections;
        this.journal = journal;
        this.runner = runner;
    }

    /** Looks for unfinished reflections and hands the offer, when there is one, to {@code show}. */
    public void check(Consumer<Offer> show) {
        runner.run(this::find, found -> found.ifPresent(show), failure -> { });
    }

    private Optional<Offer> find() {
        List<Reflection> unfinished = reflections.unfinished().stream()
                .filter(r -> journal.find(r.applicationId()).isPresent()).toList();
        if (unfinished.isEmpty()) {
            return Optional.empty();
        }
        long id = unfinished.get(0).applicationId();
        String company = journal.find(id).orElseThrow().details().company();
        String text = unfinished.size() == 1 ? Messages.text("ui.reflect.resume", company)
                : Messages.text("ui.reflect.resume.more", company, unfinished.size() - 1);
        return Optional.of(new Offer(id, text));
    }

    /**
     * The offer to resume a reflection.
     *
     * @param applicationId the application reflected on (the most recently touched)
     * @param text "You have a reflection on Acme Rockets in progress."
     */
    public record Offer(long applicationId, String text) {
    }
}
