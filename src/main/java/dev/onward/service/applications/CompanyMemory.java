package dev.onward.service.applications;

import dev.onward.domain.Application;
import dev.onward.domain.Contact;
import dev.onward.domain.Outcome;
import dev.onward.domain.Reflection;
import dev.onward.service.lessons.LessonService;
import dev.onward.service.reflect.ReflectionService;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Company memory: what happened at a company before, asked when the user starts another
 * application there. Companies match as typed, ignoring case, accents and spaces around them, so
 * "munchen labs " recalls "München Labs".
 */
public final class CompanyMemory {
    private final ApplicationService journal;
    private final ReflectionService reflections;
    private final LessonService lessons;

    /** Recalls through the journal's own services. */
    public CompanyMemory(ApplicationService journal, ReflectionService reflections, LessonService lessons) {
        this.journal = journal;
        this.reflections = reflections;
        this.lessons = lessons;
    }

    /**
     * The history at {@code company}: every application there, newest first, with how it ended,
     * the reasons and lessons from it, and the contacts kept there. The list's one summary query
     * finds the matches; only those are read in full, so it stays quick at thousands of applications.
     */
    public CompanyHistory recall(String company) {
        String key = key(company);
        if (key.isEmpty()) {
            return CompanyHistory.none("");
        }
        List<ApplicationSummary> matches = journal.list(ApplicationFilter.ALL).stream()
                .filter(s -> key(s.company()).equals(key))
                .toList();
        if (matches.isEmpty()) {
            return CompanyHistory.none(company.strip());
        }
        Map<Long, Contact> contacts = new LinkedHashMap<>();
        List<PastApplication> past = matches.stream().map(s -> past(s, contacts)).toList();
        reflections.contacts().stream()
                .filter(c -> c.details().company().filter(name -> key(name).equals(key)).isPresent())
                .forEach(c -> contacts.putIfAbsent(c.id(), c));
        List<Contact> byName = contacts.values().stream()
                .sorted(Comparator.comparing((Contact c) -> c.details().name(), String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new CompanyHistory(matches.get(0).company(), past, byName);
    }

    private PastApplication past(ApplicationSummary summary, Map<Long, Contact> contacts) {
        Optional<LocalDate> ended = journal.find(summary.id()).flatMap(Application::outcome).map(Outcome::date);
        Optional<Reflection> reflection = reflections.find(summary.id());
        reflection.flatMap(Reflection::contactId).flatMap(reflections::contact)
                .ifPresent(c -> contacts.putIfAbsent(c.id(), c));
        return new PastApplication(summary.id(), summary.role(), summary.applied(), summary.status(),
                summary.furthestStage(), ended,
                reflection.map(Reflection::reasons).orElse(List.of()), lessons.from(summary.id()));
    }

    /** Trimmed, without case or accents, inner spaces single: the company as it is matched. */
    static String key(String company) {
        return company == null ? "" : ApplicationFilter.fold(company.strip().replaceAll("\\s+", " "));
    }
}
