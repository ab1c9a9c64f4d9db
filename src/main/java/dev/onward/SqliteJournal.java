package dev.onward;

import dev.onward.exchange.CsvApplicationsWriter;
import dev.onward.exchange.CsvSpreadsheetReader;
import dev.onward.exchange.IcsCalendarWriter;
import dev.onward.exchange.JsonJournalReader;
import dev.onward.exchange.JsonJournalWriter;
import dev.onward.exchange.JsonReports;
import dev.onward.exchange.MarkdownPlaybookWriter;
import dev.onward.persistence.Database;
import dev.onward.persistence.InterruptedRestore;
import dev.onward.persistence.JournalSetAside;
import dev.onward.persistence.SqliteFileVersion;
import dev.onward.persistence.applications.SqliteApplicationRepository;
import dev.onward.persistence.applications.SqliteStageKindRepository;
import dev.onward.persistence.backup.SqliteSnapshotsAndChecks;
import dev.onward.persistence.exchange.SqliteJournalContents;
import dev.onward.persistence.lessons.SqliteLessonRepository;
import dev.onward.persistence.reflect.SqliteContactRepository;
import dev.onward.persistence.reflect.SqliteReflectionRepository;
import dev.onward.persistence.search.SqliteSearchIndex;
import dev.onward.persistence.settings.SqliteSettingsRepository;
import dev.onward.service.DataFolder;
import dev.onward.service.NoJournalException;
import dev.onward.service.Journal;
import dev.onward.service.JournalChanges;
import dev.onward.service.JournalOpener;
import dev.onward.service.OtherWriters;
import dev.onward.service.RescuedJournal;
import dev.onward.service.applications.ApplicationService;
import dev.onward.service.applications.CompanyMemory;
import dev.onward.service.backup.BackupService;
import dev.onward.service.backup.SnapshotsAndChecks;
import dev.onward.service.exchange.ExchangeService;
import dev.onward.service.exchange.FileFormats;
import dev.onward.service.insight.InsightService;
import dev.onward.service.lessons.LessonService;
import dev.onward.service.reflect.ReflectionService;
import dev.onward.service.search.SearchService;
import dev.onward.service.settings.SettingsService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The journal kept in one SQLite file in a data folder, opened, with every part built once here
 * and nowhere else: the database, the repositories over it, the services, and the file formats
 * (when first asked for). The window, every command and the tests open a journal this one way.
 */
public final class SqliteJournal implements Journal {
    private final Database database;
    private final Clock clock;
    private final boolean created;
    private final List<String> notices;
    private final JournalChanges changes = new JournalChanges();
    private final ApplicationService applications;
    private final ReflectionService reflections;
    private final LessonService lessons;
    private final InsightService insights;
    private final SettingsService settings;
    private final SearchService search;
    private final SnapshotsAndChecks file;
    private final BackupService backups;
    private final ExchangeService exchange;
    private final OtherWriters otherWriters;
    private volatile FileFormats formats;

    private SqliteJournal(Database database, Clock clock, boolean created, List<String> notices) {
        this.database = database;
        this.clock = clock;
        this.created = created;
        this.notices = List.copyOf(notices);
        SqliteApplicationRepository applicationRows = new SqliteApplicationRepository(database);
        SqliteStageKindRepository kinds = new SqliteStageKindRepository(database);
        SqliteReflectionRepository reflectionRows = new SqliteReflectionRepository(database);
        SqliteLessonRepository lessonRows = new SqliteLessonRepository(database);
        SqliteContactRepository contacts = new SqliteContactRepository(database);
        this.applications = new ApplicationService(applicationRows, kinds, clock, changes);
        this.reflections = new ReflectionService(reflectionRows, applicationRows, contacts, clock, changes);
        this.lessons = new LessonService(lessonRows, clock, changes);
        this.insights = new InsightService(applicationRows, kinds, reflectionRows, lessonRows, contacts, clock);
        this.settings = new SettingsService(new SqliteSettingsRepository(database), changes);
        this.search = new SearchService(new SqliteSearchIndex(database));
        this.file = new SqliteSnapshotsAndChecks(database);
        this.backups = new BackupService(file, clock, changes);
        this.exchange = new ExchangeService(new SqliteJournalContents(database), clock, changes);
        this.otherWriters = new OtherWriters(new SqliteFileVersion(database), changes, database.file());
    }

    /**
     * Opens (creating when needed, 0700 folder and 0600 file) the journal in {@code folder}, the
     * whole file checked for damage first; {@code clock} says what "now" is. What a restore cut
     * short left beside it is finished or cleared before, and told in {@link #notices()}.
     *
     * @throws dev.onward.service.JournalFileException when the file is refused; it has not been changed
     */
    public static SqliteJournal open(Path folder, Clock clock) {
        Path journal = DataFolder.prepare(folder);
        List<String> notices = InterruptedRestore.finish(journal, clock).stream().toList();
        boolean created = !Files.exists(journal);
        return new SqliteJournal(Database.open(journal), clock, created, notices);
    }

    /**
     * Opens the journal in {@code folder} like {@link #open}, but only when there is one; creates nothing.
     *
     * @throws NoJournalException when {@code folder} holds no journal file
     */
    public static SqliteJournal openIfThere(Path folder, Clock clock) {
        Path journal = folder.resolve(DataFolder.JOURNAL_FILE);
        // a rescue cut short is the user's journal on its way back: finish it before looking
        List<String> notices = Files.isDirectory(folder) ? InterruptedRestore.finish(journal, clock).stream().toList()
                : List.of();
        if (!Files.isRegularFile(journal)) {
            throw new NoJournalException(folder);
        }
        return new SqliteJournal(Database.openExisting(journal), clock, false, notices);
    }

    /**
     * Opens the journal in {@code folder} like {@link #open}, but leaves the check for damage of a
     * journal that opening would not change for later ({@link #startCheck()}, or the first write):
     * for the window, whose first screen may read meanwhile.
     */
    public static SqliteJournal openCheckingLater(Path folder, Clock clock) {
        Path journal = DataFolder.prepare(folder);
        List<String> notices = InterruptedRestore.finish(journal, clock).stream().toList();
        boolean created = !Files.exists(journal);
        return new SqliteJournal(Database.openCheckingInBackground(journal), clock, created, notices);
    }

    /** The way out of a refused journal file: see {@link JournalOpener#restoreInstead}. */
    public static RescuedJournal restoreInstead(Path folder, Path snapshot, Clock clock) {
        Path aside = JournalSetAside.replaceWith(DataFolder.prepare(folder), snapshot, clock);
        return new RescuedJournal(open(folder, clock), aside);
    }

    /** This one way of opening a journal, for the command line. */
    public static JournalOpener opener() {
        return new JournalOpener() {
            @Override
            public Journal open(Path folder, Clock clock) {
                return SqliteJournal.open(folder, clock);
            }

            @Override
            public Journal openIfThere(Path folder, Clock clock) {
                return SqliteJournal.openIfThere(folder, clock);
            }

            @Override
            public RescuedJournal restoreInstead(Path folder, Path snapshot, Clock clock) {
                return SqliteJournal.restoreInstead(folder, snapshot, clock);
            }
        };
    }

    /** The open database, for the layers below the services and their tests; the window and the commands never need it. */
    public Database database() {
        return database;
    }

    @Override
    public ApplicationService applications() {
        return applications;
    }

    @Override
    public ReflectionService reflections() {
        return reflections;
    }

    @Override
    public LessonService lessons() {
        return lessons;
    }

    @Override
    public InsightService insights() {
        return insights;
    }

    @Override
    public SettingsService settings() {
        return settings;
    }

    @Override
    public SearchService search() {
        return search;
    }

    @Override
    public CompanyMemory companyMemory() {
        return new CompanyMemory(applications, reflections, lessons);
    }

    @Override
    public ExchangeService exchange() {
        return exchange;
    }

    @Override
    public BackupService backups() {
        return backups;
    }

    @Override
    public SnapshotsAndChecks file() {
        return file;
    }

    @Override
    public FileFormats formats() {
        FileFormats made = formats;
        if (made == null) {
            // Built on first use: the JSON and CSV libraries cost start-up time no first screen needs.
            made = new FileFormats(new CsvSpreadsheetReader(), new JsonJournalReader(clock), new JsonJournalWriter(),
                    new CsvApplicationsWriter(), new IcsCalendarWriter(), new MarkdownPlaybookWriter(), new JsonReports());
            formats = made;
        }
        return made;
    }

    @Override
    public JournalChanges changes() {
        return changes;
    }

    @Override
    public OtherWriters otherWriters() {
        return otherWriters;
    }

    @Override
    public boolean created() {
        return created;
    }

    @Override
    public List<String> notices() {
        return notices;
    }

    @Override
    public CompletableFuture<Void> checked() {
        return database.checked();
    }

    @Override
    public void startCheck() {
        database.startCheck();
    }

    @Override
    public void closeRemovingIfUnused() {
        boolean unused = created && holdsNothing();
        close();
        if (unused) {
            for (Path side : DataFolder.withSideFiles(database.file())) {
                deleteQuietly(side);
            }
        }
    }

    /** Whether the journal holds no application, contact or lesson; false when that cannot be read. */
    private boolean holdsNothing() {
        try {
            return exchange.journalIsEmpty();
        } catch (RuntimeException e) {
            return false; // keep a file that cannot be read: the command's own error is the one to show
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // an empty journal left behind is harmless: the next command opens it as a new one
        }
    }

    @Override
    public void close() {
        otherWriters.close(); // first: no look may come after the file has closed
        database.close();
    }
}
