package dev.onward.ui.data;

import dev.onward.exchange.CsvApplicationsWriter;
import dev.onward.exchange.CsvSpreadsheetReader;
import dev.onward.exchange.IcsCalendarWriter;
import dev.onward.exchange.JsonJournalWriter;
import dev.onward.exchange.MarkdownPlaybookWriter;
import dev.onward.persistence.SqliteJournalContents;
import dev.onward.persistence.SqliteJournalFile;
import dev.onward.service.BackupService;
import dev.onward.service.DataFiles;
import dev.onward.service.ExchangeService;
import dev.onward.testutil.TestJournal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** The "Your data" tools over a test journal, wired as App wires them, and the CSV fixtures. */
final class DataFixture {
    private DataFixture() {
    }

    /** The file tools of {@code journal}, with {@code clock} as "now". */
    static DataFiles files(TestJournal journal, Clock clock) {
        return new DataFiles(new ExchangeService(new SqliteJournalContents(journal.database()), clock),
                new BackupService(new SqliteJournalFile(journal.database()), clock), new CsvSpreadsheetReader(),
                new JsonJournalWriter(), new CsvApplicationsWriter(), new IcsCalendarWriter(),
                new MarkdownPlaybookWriter());
    }

    /** The fixture {@code name} from src/test/resources/dev/onward/exchange, copied into {@code folder}. */
    static Path csv(Path folder, String name) throws IOException {
        try (InputStream in = DataFixture.class.getResourceAsStream("/dev/onward/exchange/" + name)) {
            Path file = folder.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }
}
