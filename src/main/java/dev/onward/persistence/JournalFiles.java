package dev.onward.persistence;

import dev.onward.service.JournalService;
import dev.onward.service.LessonService;
import dev.onward.service.OpenJournal;
import dev.onward.service.ReflectionService;
import dev.onward.service.SearchService;
import dev.onward.service.SettingsService;
import dev.onward.service.insight.InsightService;
import java.time.Clock;

/**
 * Wires the services of one journal file over its SQLite repositories: the one place that does,
 * shared by the window, the command line and the tests.
 */
public final class JournalFiles {
    private JournalFiles() {
    }

    /** The services of the open journal {@code database}, with {@code clock} as "now". */
    public static OpenJournal services(Database database, Clock clock) {
        SqliteApplicationRepository applications = new SqliteApplicationRepository(database);
        SqliteStageKindRepository kinds = new SqliteStageKindRepository(database);
        SqliteReflectionRepository reflections = new SqliteReflectionRepository(database);
        SqliteLessonRepository lessons = new SqliteLessonRepository(database);
        SqliteContactRepository contacts = new SqliteContactRepository(database);
        return new OpenJournal(
                new JournalService(applications, kinds, clock),
                new ReflectionService(reflections, applications, contacts, clock),
                new LessonService(lessons, clock),
                new InsightService(applications, kinds, reflections, lessons, contacts, clock),
                new SettingsService(new SqliteSettingsRepository(database)),
                new SearchService(new SqliteSearchIndex(database)));
    }
}
