package dev.onward.cli;

import dev.onward.persistence.DataFolder;
import dev.onward.persistence.Database;
import dev.onward.persistence.JournalFiles;
import dev.onward.persistence.SqliteJournalContents;
import dev.onward.persistence.SqliteJournalFile;
import dev.onward.service.BackupService;
import dev.onward.service.ExchangeService;
import dev.onward.service.JournalFile;
import dev.onward.service.OpenJournal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The journal opened for one headless command: the database and the services the commands use,
 * wired by hand here and nowhere else in the command line. Never loads JavaFX.
 */
final class JournalSession implements AutoCloseable {
    private final Database database;
    private final ExchangeService exchange;
    private final BackupService backups;
    private final JournalFile file;
    private final OpenJournal services;
    private final boolean created;

    private JournalSession(Database database, Clock clock, boolean created) {
        this.database = database;
        this.created = created;
        this.file = new SqliteJournalFile(database);
        this.exchange = new ExchangeService(new SqliteJournalContents(database), clock);
        this.backups = new BackupService(file, clock);
        this.services = JournalFiles.services(database, clock);
    }

    /** Opens (creating when needed) the journal in {@code folder}. */
    static JournalSession open(Path folder, Clock clock) {
        Path journal = DataFolder.prepare(folder);
        boolean created = !Files.exists(journal);
        return new JournalSession(Database.open(journal), clock, created);
    }

    /** Whether opening this session created the journal file: the folder had no journal before. */
    boolean created() {
        return created;
    }

    /**
     * Closes the journal and, when this session created it and it still holds nothing a user
     * wrote, removes the file again (with SQLite's files beside it), so a command that wrote
     * nothing leaves a folder that had no journal without one.
     */
    void closeRemovingIfUnused() {
        boolean unused = created && holdsNothing();
        close();
        if (unused) {
            Path journal = database.file();
            for (String suffix : new String[] {"-wal", "-shm", "-journal", ""}) {
                deleteQuietly(journal.resolveSibling(journal.getFileName() + suffix));
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

    ExchangeService exchange() {
        return exchange;
    }

    OpenJournal services() {
        return services;
    }

    BackupService backups() {
        return backups;
    }

    JournalFile file() {
        return file;
    }

    @Override
    public void close() {
        database.close();
    }
}
