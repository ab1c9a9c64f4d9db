package dev.onward.testutil;

import dev.onward.persistence.DataFolder;
import dev.onward.persistence.Database;
import dev.onward.persistence.JournalFiles;
import dev.onward.service.JournalService;
import dev.onward.service.LessonService;
import dev.onward.service.OpenJournal;
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
    private final OpenJournal services;

    private TestJournal(Database database, Clock clock) {
        this.database = database;
        this.services = JournalFiles.services(database, clock);
    }

    /** Opens (creating when needed) the journal in {@code folder}, with {@code clock} as "now". */
    public static TestJournal open(Path folder, Clock clock) {
        return new TestJournal(Database.open(DataFolder.prepare(folder)), clock);
    }

    /** Opens the journal in {@code folder} with {@link #FIXED_CLOCK}. */
    public static TestJournal open(Path folder) {
        return open(folder, FIXED_CLOCK);
    }

    /** Every service, as the window gets them. */
    public OpenJournal services() {
        return services;
    }

    /** The journal's use cases. */
    public JournalService journal() {
        return services.journal();
    }

    /** Reflections on ended applications. */
    public ReflectionService reflections() {
        return services.reflections();
    }

    /** Lessons across applications. */
    public LessonService lessons() {
        return services.lessons();
    }

    /** The user's settings. */
    public SettingsService settings() {
        return services.settings();
    }

    /** The dashboard's figures. */
    public InsightService insights() {
        return services.insights();
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
