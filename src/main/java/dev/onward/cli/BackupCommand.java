package dev.onward.cli;

import dev.onward.domain.Messages;
import dev.onward.service.Journal;
import dev.onward.service.backup.Snapshot;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code onward backup [--out FILE]}: an online snapshot of the journal. */
@Command(name = "backup", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class)
final class BackupCommand extends JournalCommand {
    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "cli.backup.out")
    Path out;

    @Override
    int run(Journal journal) {
        if (out != null) {
            journal.backups().snapshotTo(out);
            out().println(Messages.text("cli.backup.done", out.toAbsolutePath()));
            return 0;
        }
        // Now, as asked, even when today's snapshot is there already: that one may be from before
        // the change the user wants to keep.
        Snapshot taken = journal.backups().snapshotNow();
        out().println(Messages.text("cli.backup.done", taken.file()));
        return 0;
    }
}
