package dev.onward.bench;

import dev.onward.SqliteJournal;
import dev.onward.exchange.CsvSpreadsheetReader;
import dev.onward.persistence.Database;
import dev.onward.persistence.exchange.SqliteJournalContents;
import dev.onward.service.DataFolder;
import dev.onward.service.Journal;
import dev.onward.service.exchange.ExchangeService;
import dev.onward.service.exchange.ImportPreview;
import dev.onward.service.exchange.ImportReport;
import dev.onward.service.exchange.ImportSettings;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Random;

/**
 * Times a CSV import of 10,000 rows (read, match, preview, then one transaction) into an empty
 * journal file, five times on fresh journals. Prints figures; never fails on time. Target: 2 s.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.onward.bench.CsvImportBenchmark}
 */
public final class CsvImportBenchmark {
    private static final String[] STATUSES = {"Applied", "Interviewing", "Rejected", "No Response", "Offer", "Withdrawn",
        "Final round", ""};

    private CsvImportBenchmark() {
    }

    /** Runs the benchmark; the first argument, when given, is the number of rows. */
    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path folder = Files.createTempDirectory("onward-csv-bench");
        Path csv = write(folder.resolve("applications.csv"), rows);
        for (int run = 1; run <= 5; run++) {
            try (Journal journal = SqliteJournal.open(folder.resolve("journal-" + run), Clock.systemDefaultZone())) {
                ExchangeService exchange = journal.exchange();
                long start = System.nanoTime();
                ImportPreview preview = exchange.previewSpreadsheet(csv, journal.formats().spreadsheets(),
                        ImportSettings.detect());
                long read = System.nanoTime();
                ImportReport report = exchange.applySpreadsheet(preview, false);
                long done = System.nanoTime();
                System.out.printf("run %d: %,d rows added in %d ms (read and preview %d ms, write %d ms)%n", run,
                        report.added(), (done - start) / 1_000_000, (read - start) / 1_000_000, (done - read) / 1_000_000);
            }
        }
    }

    private static Path write(Path file, int rows) throws Exception {
        Random random = new Random(42);
        LocalDate first = LocalDate.of(2022, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Company,Position,Date Applied,Status,Link,Location,Notes,Salary\r\n");
            for (int i = 0; i < rows; i++) {
                out.write(String.format("Company %d,\"Role %d, team %d\",%s,%s,https://jobs.example/%d,Lyon,"
                        + "\"Notes with \"\"quotes\"\"\nand a second line\",%dk\r\n", i, i % 50, random.nextInt(9),
                        first.plusDays(random.nextInt(1400)), STATUSES[random.nextInt(STATUSES.length)], i, 30 + i % 40));
            }
        }
        return file;
    }
}
