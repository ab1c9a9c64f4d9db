package dev.onward.cli;

import dev.onward.domain.Messages;
import dev.onward.service.Snapshot;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code onward restore FILE}: replaces the journal with a snapshot, keeping the current one first. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replaces the journal with a snapshot or another journal file.",
            "The current journal is snapshotted into backups/ first."})
final class RestoreCommand extends JournalCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The snapshot to restore.")
    Path file;

    @Override
    int run(JournalSession session) {
        Snapshot before = session.backups().restore(file);
        out().println(Messages.text("cli.restore.done", file.toAbsolutePath(), before.file()));
        return 0;
    }
}
