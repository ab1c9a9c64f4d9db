package dev.onward;

import dev.onward.exchange.CsvApplicationsWriter;
import dev.onward.exchange.CsvSpreadsheetReader;
import dev.onward.exchange.IcsCalendarWriter;
import dev.onward.exchange.JsonJournalWriter;
import dev.onward.exchange.MarkdownPlaybookWriter;
import dev.onward.persistence.Database;
import dev.onward.persistence.SqliteJournalContents;
import dev.onward.persistence.SqliteJournalFile;
import dev.onward.service.BackupService;
import dev.onward.service.DataFiles;
import dev.onward.service.ExchangeService;
import java.time.Clock;

/** Wires the file tools of an open journal for the window: spreadsheet import, the four exports, snapshots. */
final class JournalDataFiles {
    private JournalDataFiles() {
    }

    /** The file tools over {@code open}; {@code clock} says what today is. */
    static DataFiles of(Database open, Clock clock) {
        return new DataFiles(new ExchangeService(new SqliteJournalContents(open), clock),
                new BackupService(new SqliteJournalFile(open), clock), new CsvSpreadsheetReader(),
                new JsonJournalWriter(), new CsvApplicationsWriter(), new IcsCalendarWriter(),
                new MarkdownPlaybookWriter());
    }
}
