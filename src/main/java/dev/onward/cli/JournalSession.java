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

    private JournalSession(Database database, Clock clock) {
        this.database = database;
        this.file = new SqliteJournalFile(database);
        this.exchange = new ExchangeService(new SqliteJournalContents(database), clock);
        this.backups = new BackupService(file, clock);
        this.services = JournalFiles.services(database, clock);
    }

    /** Opens (creating when needed) the journal in {@code folder}. */
    static JournalSession open(Path folder, Clock clock) {
        return new JournalSession(Database.open(DataFolder.prepare(folder)), clock);
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
