package dev.onward.testutil;

import dev.onward.SqliteJournal;
import dev.onward.persistence.Database;
import dev.onward.service.Journal;
import dev.onward.service.applications.ApplicationService;
import dev.onward.service.insight.InsightService;
import dev.onward.service.lessons.LessonService;
import dev.onward.service.reflect.ReflectionService;
import dev.onward.service.settings.SettingsService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A real journal on a real SQLite file in a test's temporary folder, opened the one way the app opens it. */
public final class TestJournal implements AutoCloseable {
    /** A fixed "now" for tests: Tuesday 24 November 2026, 10:00 UTC. */
    public static final Clock FIXED_CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    private final SqliteJournal journal;

    private TestJournal(SqliteJournal journal) {
        this.journal = journal;
    }

    /** Opens (creating when needed) the journal in {@code folder}, with {@code clock} as "now". */
    public static TestJournal open(Path folder, Clock clock) {
        return new TestJournal(SqliteJournal.open(folder, clock));
    }

    /** Opens the journal in {@code folder} with {@link #FIXED_CLOCK}. */
    public static TestJournal open(Path folder) {
        return open(folder, FIXED_CLOCK);
    }

    /** The open journal, as the window and the commands get it. */
    public Journal services() {
        return journal;
    }

    /** Applications, stages and outcomes. */
    public ApplicationService journal() {
        return journal.applications();
    }

    /** Reflections on ended applications. */
    public ReflectionService reflections() {
        return journal.reflections();
    }

    /** Lessons across applications. */
    public LessonService lessons() {
        return journal.lessons();
    }

    /** The user's settings. */
    public SettingsService settings() {
        return journal.settings();
    }

    /** The dashboard's figures. */
    public InsightService insights() {
        return journal.insights();
    }

    /**
     * The id of the kind of stage called {@code name} (a seeded one such as "Team interview" or one
     * the test added), as the journal's services list it.
     */
    public long stageKind(String name) {
        return journal.applications().stageKinds().stream().filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no kind of stage called " + name)).id();
    }

    /** The open database, for tests of the persistence layer. */
    public Database database() {
        return journal.database();
    }

    @Override
    public void close() {
        journal.close();
    }
}
