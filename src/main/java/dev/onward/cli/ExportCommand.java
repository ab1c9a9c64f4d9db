package dev.onward.cli;

import dev.onward.domain.Messages;
import dev.onward.exchange.CsvApplicationsWriter;
import dev.onward.exchange.IcsCalendarWriter;
import dev.onward.exchange.JsonJournalWriter;
import dev.onward.exchange.MarkdownPlaybookWriter;
import dev.onward.service.ExportFormat;
import java.nio.file.Path;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code onward export json|csv|ics|md --out FILE}: writes the journal to a file. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = {"Writes the journal to a file.",
            "  json  everything, to keep or to move to another computer",
            "  csv   one row per application, for spreadsheets",
            "  ics   upcoming interviews and keep-in-touch days, for a calendar",
            "  md    your playbook: the lessons, by theme"})
final class ExportCommand extends JournalCommand {
    /** The formats, as typed on the command line. */
    enum Format {
        JSON(JsonJournalWriter::new), CSV(CsvApplicationsWriter::new), ICS(IcsCalendarWriter::new),
        MD(MarkdownPlaybookWriter::new);

        private final Supplier<ExportFormat> writer;

        Format(Supplier<ExportFormat> writer) {
            this.writer = writer;
        }
    }

    @Parameters(index = "0", paramLabel = "FORMAT", description = "json, csv, ics or md")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced if it exists).")
    Path out;

    @Override
    int run(JournalSession session) {
        session.exchange().export(format.writer.get(), out);
        out().println(Messages.text("cli.export.done", out.toAbsolutePath()));
        return 0;
    }
}
