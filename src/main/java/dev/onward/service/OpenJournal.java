package dev.onward.service;

import dev.onward.service.insight.InsightService;
import java.util.Objects;

/**
 * Every use case of one open journal, built once by the composition root and handed to the window
 * or a command.
 *
 * @param journal applications, stages and outcomes
 * @param reflections reflections on ended applications and their contacts
 * @param lessons lessons across applications
 * @param insights the dashboard's figures
 * @param settings the user's settings
 * @param search search over everything in the journal
 */
public record OpenJournal(JournalService journal, ReflectionService reflections, LessonService lessons,
        InsightService insights, SettingsService settings, SearchService search) {
    /** Every service is required. */
    public OpenJournal {
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(reflections, "reflections");
        Objects.requireNonNull(lessons, "lessons");
        Objects.requireNonNull(insights, "insights");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(search, "search");
    }

    /** What happened at a company before, recalled through these services. */
    public CompanyMemory companyMemory() {
        return new CompanyMemory(journal, reflections, lessons);
    }
}
