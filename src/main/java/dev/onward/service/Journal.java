package dev.onward.service;

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
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One open journal, as the window, the commands and the tests use it: its use cases, its files
 * and formats, and the news of what changed. Opened only through a {@link JournalOpener}, which
 * builds every part once; closing it closes the file.
 */
public interface Journal extends AutoCloseable {

    /** Applications, their stages and outcomes. */
    ApplicationService applications();

    /** Reflections on ended applications, and the contacts kept from them. */
    ReflectionService reflections();

    /** Lessons across applications. */
    LessonService lessons();

    /** The dashboard's figures. */
    InsightService insights();

    /** The user's settings. */
    SettingsService settings();

    /** Search over everything in the journal. */
    SearchService search();

    /** What happened at a company before. */
    CompanyMemory companyMemory();

    /** Imports and exports. */
    ExchangeService exchange();

    /** Snapshots of the journal and restoring one. */
    BackupService backups();

    /** The journal as a file: its path, snapshots, restore and SQLite's checks. */
    SnapshotsAndChecks file();

    /** The file formats, made the first time they are asked for (they load the JSON and CSV libraries). */
    FileFormats formats();

    /** Where every service announces what it wrote, and the screens hear it. */
    JournalChanges changes();

    /**
     * What other writers (a command in another process) commit to the file, announced on
     * {@link #changes()} once it is watching; only the window watches. Closing the journal stops it.
     */
    OtherWriters otherWriters();

    /** The journal file's path. */
    default Path path() {
        return file().path();
    }

    /** Whether opening it created the journal file: the folder had no journal before. */
    boolean created();

    /**
     * What Onward found and put right just before it opened the journal, one sentence each for the
     * user: e.g. a restore that had been cut short, finished. Empty on most starts.
     */
    List<String> notices();

    /**
     * The verdict of the check for damage: done already when the journal was opened checked, else
     * completed when the check in the background ends, or failed with the
     * {@link JournalFileException} that refuses the file. Nothing is written before it passes.
     */
    CompletableFuture<Void> checked();

    /** Starts the check for damage in the background, once; does nothing when it has run or started. */
    void startCheck();

    /**
     * Closes the journal and, when opening it created the file and it still holds nothing a user
     * wrote, removes the file again (with SQLite's files beside it): a command that wrote nothing
     * leaves a folder that had no journal without one.
     */
    void closeRemovingIfUnused();

    /** Closes the file; what was written is in it. */
    @Override
    void close();
}
