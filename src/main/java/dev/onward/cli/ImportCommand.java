package dev.onward.cli;

import dev.onward.domain.Messages;
import dev.onward.service.Journal;
import dev.onward.service.exchange.ColumnField;
import dev.onward.service.exchange.ColumnMatch;
import dev.onward.service.exchange.DayOrder;
import dev.onward.service.exchange.ImportPreview;
import dev.onward.service.exchange.ImportReport;
import dev.onward.service.exchange.ImportSettings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code onward import json|csv FILE [--dry-run]}: brings a file into the journal in one transaction. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class)
final class ImportCommand extends JournalCommand {
    /** The formats, as typed on the command line. */
    enum Format { JSON, CSV }

    @Parameters(index = "0", paramLabel = "FORMAT", descriptionKey = "cli.import.format")
    Format format;

    @Parameters(index = "1", paramLabel = "FILE", descriptionKey = "cli.import.file")
    Path file;

    @Option(names = "--dry-run", descriptionKey = "cli.import.dryRun")
    boolean dryRun;

    @ArgGroup(exclusive = true)
    Order order;

    @Option(names = "--column", paramLabel = "HEADER=FIELD",
            descriptionKey = "cli.import.column")
    Map<String, String> columns = new LinkedHashMap<>();

    /** How to read dates like 03/04/2026. */
    static final class Order {
        @Option(names = "--day-first", required = true, descriptionKey = "cli.import.dayFirst")
        boolean dayFirst;

        @Option(names = "--month-first", required = true, descriptionKey = "cli.import.monthFirst")
        boolean monthFirst;
    }

    /** Whether this import wrote into the journal. */
    private boolean written;

    /**
     * Runs the import and closes the journal; a journal this very import created is removed again
     * when nothing was written into it (a dry run, or a file that was refused).
     */
    @Override
    Integer callWithJournal() {
        Journal journal = openJournal();
        try {
            return run(journal);
        } finally {
            if (written) {
                journal.close();
            } else {
                journal.closeRemovingIfUnused();
            }
        }
    }

    @Override
    int run(Journal journal) {
        if (format == Format.JSON) {
            ImportReport report = journal.exchange().importJournal(file, journal.formats().journalReader(), dryRun);
            written = report.written();
            out().println(Messages.text(dryRun ? "cli.import.json.dryRun" : "cli.import.json.done", report.added()));
            return 0;
        }
        ImportSettings settings = settings();
        ImportPreview preview = journal.exchange().previewSpreadsheet(file, journal.formats().spreadsheets(), settings);
        refuseHeadersNotInFile(settings, preview);
        new ImportPrinter(out(), err()).preview(preview);
        if (!preview.canImport()) {
            err().println(Messages.text(refusal(preview), file.getFileName()));
            return DATA_ERROR;
        }
        if (!dryRun && !journal.created()) {
            journal.backups().snapshotIfDue(); // a journal created just now holds nothing to keep
        }
        ImportReport report = journal.exchange().applySpreadsheet(preview, dryRun);
        written = report.written();
        out().println(Messages.text(dryRun ? "cli.import.csv.dryRun" : "cli.import.csv.done", report.added(),
                report.duplicates()));
        return 0;
    }

    /** A --column naming a header the file does not have is a usage error: nothing would read it. */
    private void refuseHeadersNotInFile(ImportSettings settings, ImportPreview preview) {
        if (preview.columns().isEmpty()) {
            return; // no header row at all: the preview says so
        }
        List<String> headers = preview.columns().stream().map(ColumnMatch::header).toList();
        List<String> missing = settings.headersNotIn(headers);
        if (!missing.isEmpty()) {
            throw new UsageErrorPrinter.Worded(spec.commandLine(), Messages.text("cli.import.csv.noSuchColumn", missing.size(),
                    quoted(missing), file.getFileName(), quoted(headers)));
        }
    }

    private static String quoted(List<String> words) {
        return words.stream().map(w -> "\u201c" + w + "\u201d").collect(Collectors.joining(", "));
    }

    private static String refusal(ImportPreview preview) {
        if (preview.dayOrderUnclear()) {
            return "cli.import.csv.askDayOrder";
        }
        boolean columnMissing = preview.problems().stream().anyMatch(p -> p.blocking() && p.line() == 0);
        return columnMissing ? "cli.import.csv.refusedColumns" : "cli.import.csv.refused";
    }

    private ImportSettings settings() {
        Map<String, ColumnField> chosen = new LinkedHashMap<>();
        columns.forEach((header, key) -> chosen.put(header, ColumnField.fromKey(key).orElseThrow(() ->
                new UsageErrorPrinter.Worded(spec.commandLine(), Messages.text("cli.import.csv.badField", key)))));
        Optional<DayOrder> dayOrder = order == null ? Optional.empty()
                : Optional.of(order.dayFirst ? DayOrder.DAY_FIRST : DayOrder.MONTH_FIRST);
        return new ImportSettings(chosen, dayOrder);
    }
}
