package dev.onward.cli;

import dev.onward.domain.Messages;
import dev.onward.service.Journal;
import dev.onward.service.exchange.ExportFormat;
import dev.onward.service.exchange.FileFormats;
import java.nio.file.Path;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code onward export json|csv|ics|md --out FILE}: writes the journal to a file. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class)
final class ExportCommand extends JournalCommand {
    /** The formats, as typed on the command line. */
    enum Format {
        JSON(FileFormats::json), CSV(FileFormats::csv), ICS(FileFormats::calendar), MD(FileFormats::playbook);

        private final Function<FileFormats, ExportFormat> writer;

        Format(Function<FileFormats, ExportFormat> writer) {
            this.writer = writer;
        }
    }

    @Parameters(index = "0", paramLabel = "FORMAT", descriptionKey = "cli.export.format")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.export.out")
    Path out;

    @Override
    boolean onlyReads() {
        return true;
    }

    @Override
    int run(Journal journal) {
        journal.exchange().export(format.writer.apply(journal.formats()), out);
        out().println(Messages.text("cli.export.done", out.toAbsolutePath()));
        return 0;
    }
}
