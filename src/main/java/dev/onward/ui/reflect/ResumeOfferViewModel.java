package dev.onward.ui.reflect;

import dev.onward.domain.Messages;
import dev.onward.domain.Reflection;
import dev.onward.service.applications.ApplicationService;
import dev.onward.service.reflect.ReflectionService;
import dev.onward.ui.TaskRunner;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** At start, finds a reflection left half done and words the offer to resume it. */
public final class ResumeOfferViewModel {
    private final ReflectionService reflections;
    private final ApplicationService journal;
    private final TaskRunner runner;

    /** Creates the offer over the services. */
    public ResumeOfferViewModel(ReflectionService reflections, ApplicationService journal, TaskRunner runner) {
        this.reflections = reflections;
        this.journal = journal;
        this.runner = runner;
    }

    /** Looks for unfinished reflections and hands the offer, when there is one, to {@code show}. */
    public void check(Consumer<Offer> show) {
        runner.run(this::find, found -> found.ifPresent(show), failure -> { });
    }

    /**
     * The most recently touched unfinished reflection, with how many others wait. Only that one's
     * application is read: a journal of thousands may hold hundreds of unfinished reflections,
     * and this runs at start-up, right after the first screen's reading. (A reflection's application always
     * exists, the schema sees to it; one that vanished meanwhile is passed over.)
     */
    private Optional<Offer> find() {
        List<Reflection> unfinished = reflections.unfinished();
        for (Reflection reflection : unfinished) {
            Optional<String> company = journal.find(reflection.applicationId()).map(a -> a.details().company());
            if (company.isPresent()) {
                String text = unfinished.size() == 1 ? Messages.text("ui.reflect.resume", company.get())
                        : Messages.text("ui.reflect.resume.more", company.get(), unfinished.size() - 1);
                return Optional.of(new Offer(reflection.applicationId(), text));
            }
        }
        return Optional.empty();
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
