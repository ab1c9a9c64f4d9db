package dev.onward.testutil;

import dev.onward.persistence.DataFolder;
import dev.onward.persistence.Database;
import dev.onward.persistence.SqliteApplicationRepository;
import dev.onward.persistence.SqliteContactRepository;
import dev.onward.persistence.SqliteLessonRepository;
import dev.onward.persistence.SqliteReflectionRepository;
import dev.onward.persistence.SqliteSettingsRepository;
import dev.onward.persistence.SqliteStageKindRepository;
import dev.onward.service.JournalService;
import dev.onward.service.LessonService;
import dev.onward.service.ReflectionService;
import dev.onward.service.SettingsService;
import dev.onward.service.insight.InsightService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A real journal on a real SQLite file in a test's temporary folder, wired like the app wires it. */
public final class TestJournal implements AutoCloseable {
    /** A fixed "now" for tests: Tuesday 24 November 2026, 10:00 UTC. */
    public static final Clock FIXED_CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    private final Database database;
    private final JournalService journal;
    private final ReflectionService reflections;
    private final LessonService lessons;
    private final SettingsService settings;
    private final InsightService insights;

    private TestJournal(Database database, Clock clock) {
        this.database = database;
        SqliteApplicationRepository applications = new SqliteApplicationRepository(database);
        this.journal = new JournalService(applications, new SqliteStageKindRepository(database), clock);
        this.reflections = new ReflectionService(new SqliteReflectionRepository(database), applications,
                new SqliteContactRepository(database), clock);
        this.lessons = new LessonService(new SqliteLessonRepository(database), clock);
        this.settings = new SettingsService(new SqliteSettingsRepository(database));
        this.insights = new InsightService(applications, new SqliteStageKindRepository(database),
                new SqliteReflectionRepository(database), new SqliteLessonRepository(database),
                new SqliteContactRepository(database), clock);
    }

    /** Opens (creating when needed) the journal in {@code folder}, with {@code clock} as "now". */
    public static TestJournal open(Path folder, Clock clock) {
        return new TestJournal(Database.open(DataFolder.prepare(folder)), clock);
    }

    /** Opens the journal in {@code folder} with {@link #FIXED_CLOCK}. */
    public static TestJournal open(Path folder) {
        return open(folder, FIXED_CLOCK);
    }

    /** The journal's use cases. */
    public JournalService journal() {
        return journal;
    }

    /** Reflections on ended applications. */
    public ReflectionService reflections() {
        return reflections;
    }

    /** Lessons across applications. */
    public LessonService lessons() {
        return lessons;
    }

    /** The user's settings. */
    public SettingsService settings() {
        return settings;
    }

    /** The dashboard's figures. */
    public InsightService insights() {
        return insights;
    }

    /** The open database, for tests of the persistence layer. */
    public Database database() {
        return database;
    }

    @Override
    public void close() {
        database.close();
    }
}
